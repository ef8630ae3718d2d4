import type { Feature, FeatureCollection, Point } from 'geojson';
import type { VisaLayerId } from './layers.ts';
import type { PartnerKind } from './partners.ts';

/** The home shape: Taiwan is drawn as itself, not as a category. */
export const HOME_ISO3 = 'TWN';

/**
 * What the map needs per feature, flat so MapLibre expressions can read it. Static for a data
 * load; ally status is not here because it changes with the year (it is feature-state).
 */
export interface MapFeatureProperties {
  iso3: string;
  name: string;
  /** Today's partner kind: 'like-minded', 'other' or '' (not a substantive partner); a year's differences are feature-state. */
  partner: PartnerKind;
  /** The visa level toggle this place falls under, or ''. */
  visa: '' | VisaLayerId;
  /** 1 for New Southbound Policy countries. */
  nsp: 0 | 1;
  home: 0 | 1;
  /** 1 for shapes with formal relations at some time (historical states' on their successors'). */
  relations: 0 | 1;
}

/** A small country's point marker; shares its country's id. */
export type MarkerFeature = Feature<Point, MapFeatureProperties> & { id: number };

/**
 * What the page needs of the world at run time. The shapes themselves are in the map's vector
 * tiles (map/country-tiles.ts), cut when the app is built from the world's features
 * (scripts/geometry/world-features.ts); the page keeps only the markers, the ids the tiles use
 * and where each country is.
 */
export interface WorldIndex {
  markers: FeatureCollection<Point, MapFeatureProperties> & { features: MarkerFeature[] };
  /** Feature id for each code. */
  idByIso3: Map<string, number>;
  /** [longitude, latitude] the map moves to in order to show a country. */
  centerByIso3: Map<string, [number, number]>;
  /** The content hash of the tiles these ids belong to (map/country-tiles.ts, countryTilesUrl). */
  tilesVersion: string;
}

/** A WorldIndex as JSON, as the build hands it to the page (scripts/vite-plugin-map-tiles.ts). */
export interface WorldIndexJson {
  markers: WorldIndex['markers'];
  ids: [string, number][];
  centers: [string, [number, number]][];
  tilesVersion: string;
}

export function worldIndexFromJson({ markers, ids, centers, tilesVersion }: WorldIndexJson): WorldIndex {
  return { markers, idByIso3: new Map(ids), centerByIso3: new Map(centers), tilesVersion };
}
