import type { Locale } from '../locale.ts';

/**
 * The share dialog: the link to the view, the code to embed it (with the iframe's title, which
 * screen readers announce on the host page) and the copy fields' button and status.
 */
const en = {
  /** The dialog's title, and the header button that opens it. */
  title: 'Share and export',
  link: 'Link',
  linkLabel: 'A link to this view (year, layers, country and map position)',
  embed: 'Embed',
  showTimeline: 'Show the timeline',
  fitHeight: 'Fit the height to the map (adds a small script)',
  codeLabel: 'Code to paste into a web page',
  /** The embedded iframe's title: a replay by its range (the year shown changes with every step). */
  frameTitleReplay: (from: number, to: number) => `Taiwan Ties: Taiwan’s international ties, replay ${from}–${to}`,
  frameTitleYear: (year: number) => `Taiwan Ties: a map of Taiwan’s international ties in ${year}`,
  copy: 'Copy',
  copied: 'Copied.',
  copyRefused: 'The browser did not allow copying: the text is selected, press Ctrl+C (⌘C) to copy it.',
};

/** The share dialog's texts in one language. */
export type ShareMessages = typeof en;

export const shareMessages: Record<Locale, ShareMessages> = {
  en,
  'zh-TW': {
    title: '分享與匯出',
    link: '連結',
    linkLabel: '此畫面的連結（含年份、圖層、國家與地圖位置）',
    embed: '嵌入',
    showTimeline: '顯示時間軸',
    fitHeight: '依地圖自動調整高度（會加入一小段程式碼）',
    codeLabel: '貼到網頁中的程式碼',
    frameTitleReplay: (from, to) => `Taiwan Ties 臺灣邦誼地圖：臺灣的國際關係，${from}–${to}年重播`,
    frameTitleYear: (year) => `Taiwan Ties 臺灣邦誼地圖：${year}年臺灣國際關係地圖`,
    copy: '複製',
    copied: '已複製。',
    copyRefused: '瀏覽器不允許複製：文字已選取，請按 Ctrl+C（⌘C）複製。',
  },
};
