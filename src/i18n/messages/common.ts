import type { Locale } from '../locale.ts';

/** A value from the URL, shortened, in the language's quotation marks. */
const shorten = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
const quote = (raw: string) => `"${shorten(raw)}"`;
const quoteZh = (raw: string) => `「${shorten(raw)}」`;

/** The page shell, the language switch and notices, including those about ignored URL parts. */
const en = {
  appName: 'Taiwan Ties',
  tagline: 'Taiwan’s formal allies since 1949, substantive partners, visa access and New Southbound countries',
  documentTitle: 'Taiwan Ties: an atlas of Taiwan’s international relationships',
  languageSwitch: 'Language',
  skipToContent: 'Skip to the map and timeline',
  /** The button that shows the header's controls on narrow screens. */
  menu: 'Menu',
  /** A dialog's close button (it shows ×). */
  close: 'Close',
  reducedMotionNotice: 'The replay waits for Play because your system asks for reduced motion.',
  dismissNotice: 'Dismiss notice',
  fullscreenRefused: 'Full screen is not allowed here (the page embedding the map does not permit it).',
  notices: 'Notices',
  detailsLoading: 'Loading the sources…',
  detailsFailed: 'The sources could not be loaded.',
  retry: 'Try again',
  /** The map's graphics (its WebGL context) were lost and did not come back; a reload keeps the view. */
  mapLost: 'The map stopped drawing: the browser lost its graphics and has not given them back. Reload to go on from here.',
  reload: 'Reload',
  url: {
    ignored: (what: string) => `Ignored ${what}`,
    param: (key: string, raw: string, reason: string) => `${key} ${quote(raw)} ${reason}.`,
    mapPosition: (raw: string, reason: string) => `map position ${quote(raw)} ${reason}.`,
    unknownLayers: (tokens: readonly string[]) => `show: unknown layer${tokens.length > 1 ? 's' : ''} ${tokens.map(quote).join(', ')}.`,
    unknownParams: (keys: readonly string[]) => `unknown parameter${keys.length > 1 ? 's' : ''} ${keys.map(quote).join(', ')}.`,
    notCountryCode: 'is not a three-letter country code',
    notOnMap: 'is not a country on this map',
    tooLong: 'is too long',
    emptyShow: 'is empty (use show=none to hide every layer)',
    noKnownLayer: (known: readonly string[]) => `has no known layer (known: ${known.join(', ')})`,
    notYear: (from: number, to: number) => `is not a year from ${from} to ${to}`,
    notFlag: 'is not 1 or 0',
    notOneOf: (values: readonly string[]) => `is not one of ${values.join(', ')}`,
    notSeconds: (max: number) => `is not a number of seconds from 0 to ${max}`,
    mustFollowFrom: (from: number) => `must come after from=${from}`,
    mustFollowFirstYear: (year: number) => `must come after the first year, ${year}`,
    mustPrecedeLastYear: (year: number) => `must come before the last year, ${year}`,
    notCamera: 'is not zoom/latitude/longitude',
    zoomOutOfRange: (min: number, max: number) => `has a zoom outside ${min} to ${max}`,
    positionOutOfRange: 'has a latitude or longitude out of range',
    notStoryId: 'is not a story id (see the README for the built-in stories)',
    notTrackLink: 'is not a track link (it may have been cut short when copied)',
    trackTooLong: (max: number) => `is longer than the ${max} characters a track link may hold; load the track from its JSON file instead`,
    notStepNumber: (max: number) => `is not a step number from 1 to ${max}`,
    notStepSeconds: (min: number, max: number) => `is not a whole number of seconds from ${min} to ${max}`,
  },
};

/** The shell's texts in one language. */
export type CommonMessages = typeof en;

export const commonMessages: Record<Locale, CommonMessages> = {
  en,
  'zh-TW': {
    appName: 'Taiwan Ties 臺灣邦誼地圖',
    tagline: '1949年以來的正式邦交國、實質夥伴、護照免簽待遇與新南向國家',
    documentTitle: 'Taiwan Ties 臺灣邦誼地圖：臺灣的國際關係',
    languageSwitch: '語言',
    skipToContent: '跳至地圖與時間軸',
    menu: '選單',
    close: '關閉',
    reducedMotionNotice: '您的系統要求減少動態效果，因此重播會等您按下「播放」才開始。',
    dismissNotice: '關閉通知',
    fullscreenRefused: '此處不允許全螢幕（嵌入地圖的網頁未開放此權限）。',
    notices: '通知',
    detailsLoading: '正在載入來源…',
    detailsFailed: '無法載入來源。',
    retry: '重試',
    mapLost: '地圖已停止繪製：瀏覽器失去了繪圖資源，且尚未恢復。重新載入即可從目前的畫面繼續。',
    reload: '重新載入',
    url: {
      ignored: (what) => `已忽略：${what}`,
      param: (key, raw, reason) => `${key}${quoteZh(raw)}${reason}。`,
      mapPosition: (raw, reason) => `地圖位置${quoteZh(raw)}${reason}。`,
      unknownLayers: (tokens) => `show：未知的圖層${tokens.map(quoteZh).join('、')}。`,
      unknownParams: (keys) => `未知的參數${keys.map(quoteZh).join('、')}。`,
      notCountryCode: '不是三個字母的國家代碼',
      notOnMap: '不是這張地圖上的國家',
      tooLong: '太長',
      emptyShow: '是空的（要隱藏所有圖層請用 show=none）',
      noKnownLayer: (known) => `沒有已知的圖層（已知：${known.join('、')}）`,
      notYear: (from, to) => `不是 ${from} 到 ${to} 之間的年份`,
      notFlag: '不是 1 或 0',
      notOneOf: (values) => `不是 ${values.join('、')} 之一`,
      notSeconds: (max) => `不是 0 到 ${max} 之間的秒數`,
      mustFollowFrom: (from) => `必須晚於 from=${from}`,
      mustFollowFirstYear: (year) => `必須晚於第一年 ${year}`,
      mustPrecedeLastYear: (year) => `必須早於最後一年 ${year}`,
      notCamera: '不是「縮放/緯度/經度」格式',
      zoomOutOfRange: (min, max) => `的縮放層級不在 ${min} 至 ${max} 之間`,
      positionOutOfRange: '的緯度或經度超出範圍',
      notStoryId: '不是故事代碼（內建故事見 README）',
      notTrackLink: '不是導覽連結（可能在複製時被截斷）',
      trackTooLong: (max) => `超過導覽連結可容納的 ${max} 個字元；請改由 JSON 檔載入導覽`,
      notStepNumber: (max) => `不是 1 到 ${max} 之間的步驟編號`,
      notStepSeconds: (min, max) => `不是 ${min} 到 ${max} 之間的整數秒數`,
    },
  },
};
