import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE_IDS, STYLE_LAYER_IDS, highlightFilter } from './style-builders.ts';

/** A country the pointer is over or that is selected: its feature id and code. */
export interface PointedShape {
  id: number;
  iso3: string;
}

/**
 * The selected and the hovered country, shown as feature-state on the markers (their stroke) and
 * as each shape's outline on the highlight layers (style-builders.ts, highlightFilter). The
 * hovered country is not outlined as such while it is the selection.
 */
export class Highlights {
  private selected: PointedShape | null = null;
  private hovered: PointedShape | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** The style was (re)loaded with nothing highlighted. */
  reset() {
    this.selected = null;
    this.hovered = null;
  }

  select(next: PointedShape | null) {
    this.mark('selected', this.selected, next);
    this.selected = next;
    this.outline(STYLE_LAYER_IDS.selection, next?.iso3 ?? null);
    this.outlineHover();
  }

  hover(next: PointedShape | null) {
    if (next?.id === this.hovered?.id) return;
    this.mark('hover', this.hovered, next);
    this.hovered = next;
    this.outlineHover();
  }

  private mark(role: 'selected' | 'hover', previous: PointedShape | null, next: PointedShape | null) {
    if (previous) this.map.setFeatureState({ source: SOURCE_IDS.markers, id: previous.id }, { [role]: false });
    if (next) this.map.setFeatureState({ source: SOURCE_IDS.markers, id: next.id }, { [role]: true });
  }

  private outlineHover() {
    const hovered = this.hovered && this.hovered.iso3 !== this.selected?.iso3 ? this.hovered.iso3 : null;
    this.outline(STYLE_LAYER_IDS.hover, hovered);
  }

  /**
   * Outlines one country on a highlight layer, or none. MapLibre re-parses the highlight tiles only
   * for a filter unlike the current one (each call still asks for a frame); a layer with nothing
   * to outline is hidden, and while both are, the highlight source loads no tiles.
   */
  private outline(layer: string, iso3: string | null) {
    // Hiding keeps the last filter: a new one would re-parse the highlight tiles for nothing.
    if (iso3) this.map.setFilter(layer, highlightFilter(iso3));
    this.map.setLayoutProperty(layer, 'visibility', iso3 ? 'visible' : 'none');
  }
}
