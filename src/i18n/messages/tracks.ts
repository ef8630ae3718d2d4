import type { Locale } from '../locale.ts';

const quote = (text: string) => `“${text.length > 30 ? `${text.slice(0, 30)}…` : text}”`;
const quoteZh = (text: string) => `「${text.length > 30 ? `${text.slice(0, 30)}…` : text}」`;

/** Talk tracks: the bar a presenter steps through, and why a track was refused. */
const en = {
  /** The track bar's region name. */
  bar: (title: string) => `Talk track: ${title}`,
  counter: (at: number, count: number) => `Step ${at} of ${count}`,
  previous: 'Previous step',
  next: 'Next step',
  close: 'Close the track',
  sources: 'Sources',
  /** The year, always on screen while a track runs on its own. */
  year: (year: number) => `${year}`,
  openFile: 'Open a track file…',
  /** The share dialog's section. */
  section: 'Talk tracks',
  /** The track editor (a dialog). */
  editor: {
    open: 'Make a track',
    title: 'Make a talk track',
    intro: 'Each step is a view of the map with a caption. Set up the map, then add it as a step. The draft is kept in this browser.',
    trackTitle: 'Track title',
    addView: 'Add this view as a step',
    step: (n: number, year: number | undefined) => (year === undefined ? `Step ${n}` : `Step ${n} · ${year}`),
    captionTitle: 'Title',
    captionText: 'Text (about 40 words)',
    english: 'English',
    chinese: 'Chinese (Traditional)',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    preview: 'Preview',
    empty: 'No steps yet.',
    notReady: (reason: string) => `Not ready to share: ${reason}.`,
    link: 'Link',
    embed: 'Embed code',
    tooLongForLink: 'This track is too long for a link: download its JSON and open it with “Open a track file…”.',
    download: 'Download JSON',
    frameTitle: (title: string) => `Taiwan Ties: ${title}`,
    setAside: (key: string) => `Your saved track draft could not be read; it was kept in this browser’s storage as “${key}” and a new draft started.`,
    notSaved: 'This browser does not let the draft be saved: download its JSON before leaving the page.',
  },
  /** A notice: the track was not opened, and why. */
  refused: (origin: string, reason: string) => `The ${origin} was not opened: ${reason}.`,
  origin: { link: 'track in the link', file: 'track file', story: 'story' },
  unknownStory: (id: string, known: readonly string[]) => `There is no story ${quote(id)} (the stories: ${known.join(', ')}).`,
  storiesFailed: 'The stories could not be loaded; check the connection and reload the page.',
  /** Why a track was refused (state/tracks/open-track.ts picks the words for each problem). */
  problem: {
    notJson: 'it is not a track (not JSON, or a link cut short)',
    tooLarge: (max: number) => `it is larger than the ${max} characters a track may hold`,
    tooManySteps: (max: number) => `it has more than ${max} steps`,
    noSteps: 'it has no steps',
    wrongVersion: 'it is not a version 1 track',
    badField: (path: string) => `${path} is missing or of the wrong type`,
    unknownCountry: (path: string, value: string) => `${path}: ${quote(value)} is not a country on this map`,
    unknownLayer: (path: string, value: string) => `${path}: ${quote(value)} is not a layer`,
    markup: (path: string) => `${path} looks like markup or a script; captions are plain text`,
    tooLong: (path: string) => `${path} is too long (a title of 100 characters, a text of about 40 words)`,
  },
};

export type TracksMessages = typeof en;

export const tracksMessages: Record<Locale, TracksMessages> = {
  en,
  'zh-TW': {
    bar: (title) => `導覽：${title}`,
    counter: (at, count) => `第 ${at} 步，共 ${count} 步`,
    previous: '上一步',
    next: '下一步',
    close: '關閉導覽',
    sources: '資料來源',
    year: (year) => `${year}年`,
    openFile: '開啟導覽檔案…',
    section: '導覽',
    editor: {
      open: '製作導覽',
      title: '製作導覽',
      intro: '每一步是一個地圖畫面加上說明。先調整地圖，再加入為一步。草稿會保存在此瀏覽器中。',
      trackTitle: '導覽標題',
      addView: '將目前畫面加入為一步',
      step: (n, year) => (year === undefined ? `第 ${n} 步` : `第 ${n} 步 · ${year}年`),
      captionTitle: '標題',
      captionText: '說明（約 40 個英文字）',
      english: '英文',
      chinese: '繁體中文',
      moveUp: '上移',
      moveDown: '下移',
      remove: '移除',
      preview: '預覽',
      empty: '尚無步驟。',
      notReady: (reason) => `尚無法分享：${reason}。`,
      link: '連結',
      embed: '嵌入碼',
      tooLongForLink: '此導覽太長，無法放進連結：請下載 JSON，再以「開啟導覽檔案…」開啟。',
      download: '下載 JSON',
      frameTitle: (title) => `Taiwan Ties 臺灣邦誼地圖：${title}`,
      setAside: (key) => `無法讀取已保存的導覽草稿；它已保留在此瀏覽器的儲存空間「${key}」中，並開始新的草稿。`,
      notSaved: '此瀏覽器不允許保存草稿：離開頁面前請先下載 JSON。',
    },
    refused: (origin, reason) => `未開啟${origin}：${reason}。`,
    origin: { link: '連結中的導覽', file: '導覽檔案', story: '故事' },
    unknownStory: (id, known) => `沒有故事${quoteZh(id)}（現有故事：${known.join('、')}）。`,
    storiesFailed: '無法載入故事；請檢查網路連線後重新載入頁面。',
    problem: {
      notJson: '這不是導覽（不是 JSON，或連結被截斷）',
      tooLarge: (max) => `超過導覽可容納的 ${max} 個字元`,
      tooManySteps: (max) => `超過 ${max} 個步驟`,
      noSteps: '沒有任何步驟',
      wrongVersion: '不是第 1 版的導覽',
      badField: (path) => `${path} 缺少或型別錯誤`,
      unknownCountry: (path, value) => `${path}：${quoteZh(value)}不是這張地圖上的國家`,
      unknownLayer: (path, value) => `${path}：${quoteZh(value)}不是圖層`,
      markup: (path) => `${path} 看似標記語言或程式碼；說明只能是純文字`,
      tooLong: (path) => `${path} 太長（標題 100 字元，說明約 40 個英文字）`,
    },
  },
};
