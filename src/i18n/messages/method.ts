import type { Locale } from '../locale.ts';

/**
 * Citations (how a source is shown wherever a fact is) and the Method and sources view: the
 * counting rules (their text comes from data/METHOD.md), the comparison with published counts,
 * the data's version, how to cite it and where to download it.
 */
const en = {
  /** The note after a citation whose text was read in a copy, not on the publisher's page. */
  readVia: (copy: string) => ` (read via a copy: ${copy})`,
  title: 'Method and sources',
  version: (version: string, checked: string) => `Data version ${version}, last checked ${checked}.`,
  loading: 'Loading the method…',
  loadFailed: 'The method could not be loaded. Reload the page to try again.',
  compare: {
    heading: 'Our count and the counts others publish',
    intro:
      'Allies counted on the day each publisher counts on (31 December of the year where they do not say). Where the numbers differ, the last column says why.',
    caption: 'Published counts of Taiwan’s formal diplomatic allies, compared with this atlas',
    publisher: 'Publisher',
    year: 'Year',
    theirs: 'Their count',
    ours: 'Ours',
    countedOn: 'Counted on',
    why: 'Why they differ',
    same: 'Same',
    yearEnd: (year: number) => `31 Dec ${year}`,
  },
  cite: {
    heading: 'Cite this data',
    apa: 'APA',
    chicago: 'Chicago',
    bibtex: 'BibTeX',
    permalink: 'Permalink to this version',
  },
  download: {
    heading: 'Download the data',
    intro: 'Every file behind the map, as CSV with a Frictionless Data Package describing each column, under the licence below.',
    package: 'datapackage.json (every file and its columns)',
    licence: (licence: string) => `Licence: ${licence}.`,
  },
};

const zhTW: typeof en = {
  readVia: (copy) => `（實際閱讀的是副本：${copy}）`,
  title: '方法與資料來源',
  version: (version, checked) => `資料版本 ${version}，最近查核於${checked}。`,
  loading: '正在載入方法說明…',
  loadFailed: '無法載入方法說明，請重新載入頁面再試一次。',
  compare: {
    heading: '本圖集的計數與其他來源公布的數字',
    intro: '以各來源計算的日期計數（未說明日期者以該年12月31日計）。數字不同時，最後一欄說明原因。',
    caption: '各來源公布的中華民國（臺灣）邦交國數目，與本圖集比較',
    publisher: '來源',
    year: '年份',
    theirs: '其公布數',
    ours: '本圖集',
    countedOn: '計數日期',
    why: '差異原因',
    same: '相同',
    yearEnd: (year) => `${year}年12月31日`,
  },
  cite: {
    heading: '引用本資料',
    apa: 'APA 格式',
    chicago: '芝加哥格式',
    bibtex: 'BibTeX 格式',
    permalink: '此版本的永久連結',
  },
  download: {
    heading: '下載資料',
    intro: '地圖背後的每個檔案（CSV），以及描述每一欄位的 Frictionless 資料包，依下列授權條款提供。',
    package: 'datapackage.json（所有檔案及其欄位）',
    licence: (licence) => `授權條款：${licence}。`,
  },
};

export const methodMessages: Record<Locale, typeof en> = { en, 'zh-TW': zhTW };
