import type { Locale } from '../locale.ts';

/** The map's own labels, and why it could not be drawn. */
const en = {
  region: 'World map of Taiwan’s relationships',
  canvas: 'Map. Choose a country with the search box or the table view.',
  toggleAttribution: 'Toggle attribution',
  /** The note over the embed view's map when a wheel or one finger scrolls the page past it instead. */
  gestures: { windows: 'Use Ctrl + scroll to zoom the map', mac: 'Use ⌘ + scroll to zoom the map', mobile: 'Use two fingers to move the map' },
  noWebGL: 'This browser or device does not provide WebGL, which the map needs.',
  failed: (error: string) => `The map could not start: ${error}.`,
  shapesUnavailable: (status: number) => `the map shapes could not be loaded (HTTP ${status})`,
  /** Names on the map: Taiwan's, and the line under a country gained or lost in the year. */
  labels: { home: 'Taiwan', gained: '(new ties)', lost: '(ties ended)' },
  /** The switch between the flat map and the globe, over the map's bottom left corner. */
  projection: { label: 'Map projection', mercator: 'Flat', globe: 'Globe' },
};

/** The map's labels in one language. */
export type MapMessages = typeof en;

export const mapMessages: Record<Locale, MapMessages> = {
  en,
  'zh-TW': {
    region: '臺灣對外關係世界地圖',
    canvas: '地圖。可用搜尋框或表格檢視選擇國家。',
    toggleAttribution: '顯示或隱藏資料出處',
    gestures: { windows: '按住 Ctrl 並捲動滾輪以縮放地圖', mac: '按住 ⌘ 並捲動以縮放地圖', mobile: '請用兩指移動地圖' },
    noWebGL: '此瀏覽器或裝置不支援繪製地圖所需的 WebGL。',
    failed: (error) => `地圖無法啟動：${error}。`,
    shapesUnavailable: (status) => `無法載入地圖形狀（HTTP ${status}）`,
    labels: { home: '臺灣', gained: '（新邦交）', lost: '（邦交終止）' },
    projection: { label: '地圖投影', mercator: '平面', globe: '地球儀' },
  },
};
