import type { Locale } from '../locale.ts';

/**
 * The share dialog's export sections (an image, a replay as video or GIF, the data as CSV) with
 * their progress and status lines, the credit line drawn on exported frames, and the words the
 * CSV writes in its cells. Sizes in pixels ("1920 × 1080") and file names are not translated.
 */
const en = {
  image: 'Image',
  size: 'Size',
  /** Image sizes; `size` is written in pixels, e.g. "1920 × 1080". */
  sizeView: 'This view, as on screen',
  sizeSlides: (size: string) => `${size} (slides, 16:9)`,
  sizeSquare: (size: string) => `${size} (square)`,
  sizeUltraHd: (size: string) => `${size} (4K slides, 16:9)`,
  sizeA4Landscape: (size: string) => `A4 landscape, 300 dpi (${size})`,
  sizeA4Portrait: (size: string) => `A4 portrait, 300 dpi (${size})`,
  downloadPng: 'Download PNG',
  copyImage: 'Copy image',
  imageNote: 'The map with its title, year, legend and a source line with a link to this view, ready for a slide or for print.',
  drawingImage: 'Drawing the image…',
  copyingImage: 'Copying the image…',
  imageCopied: 'Image copied: paste it into a slide or document.',
  imageCopyRefused: 'The browser did not allow copying an image; use Download PNG.',
  downloadSvg: 'Download SVG',
  svgNote: 'SVG: the same map drawn as vectors, to print at any size, edit, or upload to Wikimedia Commons.',
  drawingSvg: 'Drawing the SVG…',
  /** The SVG file's rights statement (its metadata). */
  svgRights: 'Data: Taiwan Ties, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Country shapes: Natural Earth, public domain.',

  replay: 'Replay as video or GIF',
  fromYear: 'From year',
  toYear: 'to year',
  format: 'Format',
  webm: 'WebM video',
  webmUnavailable: 'WebM video (not in this browser)',
  mp4: 'MP4 video (H.264)',
  gif: 'Animated GIF',
  pace: 'Pace',
  paceOption: (speed: string, seconds: string) => `${speed} (${seconds} s a year)`,
  chooseYears: (from: number, to: number) => `Choose years from ${from} to ${to}.`,
  lastAfterFirst: 'The last year must come after the first.',
  /** MediaRecorder's real-time recording, where the browser cannot encode frame by frame (WebCodecs). */
  recording: 'Recording: in this browser a video takes as long to record as it lasts.',
  encoding: 'Encoding the video…',
  drawingFrames: 'Drawing the frames…',
  cancel: 'Cancel',
  exportVideo: 'Export video',
  exportGif: 'Export GIF',
  progress: 'Export progress',
  progressOf: (done: number, total: number) => `${done} of ${total}`,
  yearsDone: (done: number, total: number) => `${done} of ${total} years`,

  data: 'Data',
  downloadCsv: 'Download CSV',
  csvNote: 'One row per country coloured in this view, with its relations, visa regime and sources.',

  /** What an export made: the file's name, then its facts (size, frames, bytes, time taken). */
  saved: (fileName: string, facts: readonly string[]) => `Saved ${fileName}: ${facts.join(', ')}.`,
  savedCsv: (fileName: string, size: string) => `Saved ${fileName} (${size}).`,
  frames: (count: number) => `${count} frames`,
  /** A video's own length, in seconds. */
  lasting: (seconds: string) => `${seconds} s long`,
  madeIn: (seconds: string) => `made in ${seconds} s`,
  cancelled: 'Cancelled.',
  failed: (reason: string) => `The export failed: ${reason}.`,
  /** Why an export failed, for the failures known in advance, by ExportFailureCode (src/export/export-failure.ts). */
  failure: {
    'no-webm': 'this browser cannot record WebM video; try the GIF export',
    'no-mp4': 'this browser cannot encode MP4 video; try WebM or the GIF export',
    'map-not-ready': 'the map is not ready yet',
    'not-encoded': 'the image could not be encoded',
    'map-stalled': 'the map stopped drawing (its WebGL context may have been lost)',
  },

  /** The source and attribution line along the bottom of an exported frame. */
  credit: (asOf: string, address: string, version: string) =>
    `Taiwan Ties data ${version} (CC BY 4.0) · formal relations as of ${asOf}; sources for every country at ${address} · Shapes: Natural Earth`,
  /** The credit line with the permalink of the view exported (its year, layers and language, or a replay's range). */
  creditView: (asOf: string, link: string, version: string) =>
    `Taiwan Ties data ${version} (CC BY 4.0) · formal relations as of ${asOf} · this view and its sources: ${link} · Shapes: Natural Earth`,
  /** The CSV's words: the end of a period still running. */
  present: 'present',
  /** The CSV's words: the start of a period running in 1949 from a day no source gives. */
  unknownStart: 'before 1949',
};

/** The export sections' texts in one language. */
export type ExportsMessages = typeof en;

export const exportsMessages: Record<Locale, ExportsMessages> = {
  en,
  'zh-TW': {
    image: '圖片',
    size: '尺寸',
    sizeView: '此畫面（與螢幕所見相同）',
    sizeSlides: (size) => `${size}（簡報，16:9）`,
    sizeSquare: (size) => `${size}（正方形）`,
    sizeUltraHd: (size) => `${size}（4K 簡報，16:9）`,
    sizeA4Landscape: (size) => `A4 橫向，300 dpi（${size}）`,
    sizeA4Portrait: (size) => `A4 直向，300 dpi（${size}）`,
    downloadPng: '下載 PNG',
    copyImage: '複製圖片',
    imageNote: '含標題、年份、圖例與資料來源（附此畫面連結）的地圖，可直接放進簡報或列印。',
    drawingImage: '正在繪製圖片…',
    copyingImage: '正在複製圖片…',
    imageCopied: '已複製圖片：可貼到簡報或文件中。',
    imageCopyRefused: '瀏覽器不允許複製圖片，請改用「下載 PNG」。',
    downloadSvg: '下載 SVG',
    svgNote: 'SVG：以向量繪製的同一張地圖，可任意放大列印、編輯，或上傳至維基共享資源。',
    drawingSvg: '正在繪製 SVG…',
    svgRights: '資料：Taiwan Ties 臺灣邦誼地圖，CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）。國家形狀：Natural Earth，公有領域。',

    replay: '將重播匯出為影片或 GIF',
    fromYear: '起始年份',
    toYear: '結束年份',
    format: '格式',
    webm: 'WebM 影片',
    webmUnavailable: 'WebM 影片（此瀏覽器不支援）',
    mp4: 'MP4 影片（H.264）',
    gif: 'GIF 動畫',
    pace: '速度',
    paceOption: (speed, seconds) => `${speed}（每年 ${seconds} 秒）`,
    chooseYears: (from, to) => `請選擇 ${from} 到 ${to} 之間的年份。`,
    lastAfterFirst: '結束年份必須晚於起始年份。',
    recording: '錄製中：在此瀏覽器中，影片長度多長，錄製就需要多久。',
    encoding: '正在編碼影片…',
    drawingFrames: '正在繪製影格…',
    cancel: '取消',
    exportVideo: '匯出影片',
    exportGif: '匯出 GIF',
    progress: '匯出進度',
    progressOf: (done, total) => `${done} / ${total}`,
    yearsDone: (done, total) => `已完成 ${done} / ${total} 年`,

    data: '資料',
    downloadCsv: '下載 CSV',
    csvNote: '此畫面中每個上色的國家一列，包含其外交關係、簽證待遇與資料來源。',

    saved: (fileName, facts) => `已儲存 ${fileName}：${facts.join('，')}。`,
    savedCsv: (fileName, size) => `已儲存 ${fileName}（${size}）。`,
    frames: (count) => `${count} 個影格`,
    lasting: (seconds) => `長 ${seconds} 秒`,
    madeIn: (seconds) => `費時 ${seconds} 秒`,
    cancelled: '已取消。',
    failed: (reason) => `匯出失敗：${reason}。`,
    failure: {
      'no-webm': '此瀏覽器無法錄製 WebM 影片，請改用 GIF 匯出',
      'no-mp4': '此瀏覽器無法編碼 MP4 影片，請改用 WebM 或 GIF 匯出',
      'map-not-ready': '地圖尚未準備好',
      'not-encoded': '無法將圖片編碼',
      'map-stalled': '地圖停止繪製（WebGL 繪圖環境可能已遺失）',
    },

    credit: (asOf, address, version) =>
      `Taiwan Ties 臺灣邦誼地圖 資料版本 ${version}（CC BY 4.0）· 正式邦交資料截至${asOf}；各國資料來源見 ${address} · 地圖形狀：Natural Earth`,
    creditView: (asOf, link, version) =>
      `Taiwan Ties 臺灣邦誼地圖 資料版本 ${version}（CC BY 4.0）· 正式邦交資料截至${asOf} · 本畫面及資料來源：${link} · 地圖形狀：Natural Earth`,
    present: '至今',
    unknownStart: '1949年以前',
  },
};
