import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { Highlights } from './highlights.ts';
import { MARKER_FADE_END_ZOOM, STYLE_LAYER_IDS } from './style-builders.ts';

/** What the pointer is over: the country and where to put its tooltip (container pixels). */
export interface HoverInfo {
  iso3: string;
  name: string;
  x: number;
  y: number;
}

/** Pixels around the pointer in which a small-country marker wins over the shape under it. */
const MARKER_HIT_RADIUS_PX = 10;

/** The country at a point of the map: the nearest small-country marker within reach, else the shape under it. */
export function featureAt(map: MapLibreMap, point: { x: number; y: number }): MapGeoJSONFeature | undefined {
  const box: [PointLike, PointLike] = [
    [point.x - MARKER_HIT_RADIUS_PX, point.y - MARKER_HIT_RADIUS_PX],
    [point.x + MARKER_HIT_RADIUS_PX, point.y + MARKER_HIT_RADIUS_PX],
  ];
  const markers = map.getZoom() < MARKER_FADE_END_ZOOM ? map.queryRenderedFeatures(box, { layers: [STYLE_LAYER_IDS.markers] }) : [];
  const nearest = markers
    .map((feature) => {
      const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates;
      const projected = map.project([lng, lat]);
      return { feature, distance: Math.hypot(projected.x - point.x, projected.y - point.y) };
    })
    .sort((a, b) => a.distance - b.distance)[0]?.feature;
  const hit = nearest ?? map.queryRenderedFeatures([point.x, point.y], { layers: [STYLE_LAYER_IDS.fill] })[0];
  return hit?.properties.iso3 ? hit : undefined;
}

/**
 * Follows the pointer over the map: the hovered country's highlight and cursor, its tooltip
 * (`onHover`), and a click's country (`onClick`, null for the sea).
 */
export function followPointer(
  map: MapLibreMap,
  highlights: Highlights,
  on: { onHover: (hover: HoverInfo | null) => void; onClick: (iso3: string | null) => void },
) {
  map.on('mousemove', (event) => {
    const feature = featureAt(map, event.point);
    map.getCanvas().style.cursor = feature ? 'pointer' : '';
    highlights.hover(feature ? { id: Number(feature.id), iso3: feature.properties.iso3 } : null);
    on.onHover(feature ? { iso3: feature.properties.iso3, name: feature.properties.name, x: event.point.x, y: event.point.y } : null);
  });
  map.on('mouseout', () => {
    highlights.hover(null);
    on.onHover(null);
  });
  map.on('click', (event) => on.onClick(featureAt(map, event.point)?.properties.iso3 ?? null));
}
