/** The map's share of an embed's preferred height: 16:9, never shorter than a small phone's usable map. */
const MAP_ASPECT = 9 / 16;
const MIN_MAP_HEIGHT_PX = 220;

/** The height an embed would like: a 16:9 map for its width, plus its controls. */
export function preferredEmbedHeight(width: number, controlsHeight: number): number {
  return Math.round(Math.max(MIN_MAP_HEIGHT_PX, width * MAP_ASPECT) + controlsHeight);
}
