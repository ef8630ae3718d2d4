import type { Locale } from '../locale.ts';

/** What a part of the page shows in its place when it fails to render (components/ErrorBoundary.tsx). */
const en = {
  /** The part's name comes from `parts`, in the same language. */
  failed: (part: string) => `Something went wrong while showing ${part}. The rest of the page still works.`,
  tryAgain: 'Try again',
  close: 'Close',
  parts: {
    details: 'the country details',
    search: 'the country search',
    filters: 'the layers and legend',
    map: 'the map',
    table: 'the table',
    timeline: 'the timeline',
    events: 'the year’s changes',
    notices: 'the notices',
    dialog: 'this dialog',
    caption: 'the caption and legend',
    actions: 'these buttons',
    method: 'the method and sources',
    compare: 'the comparison’s controls',
    track: 'the talk track',
  },
};

/** The failure texts in one language. */
export type FaultsMessages = typeof en;

/** The name of a part of the page, as the failure message says it. */
export type FaultPart = keyof FaultsMessages['parts'];

export const faultsMessages: Record<Locale, FaultsMessages> = {
  en,
  'zh-TW': {
    failed: (part) => `顯示${part}時發生錯誤。頁面的其他部分仍可使用。`,
    tryAgain: '重試',
    close: '關閉',
    parts: {
      details: '國家詳細資料',
      search: '國家搜尋',
      filters: '圖層與圖例',
      map: '地圖',
      table: '表格',
      timeline: '時間軸',
      events: '當年的變動',
      notices: '通知',
      dialog: '此對話框',
      caption: '標題與圖例',
      actions: '這些按鈕',
      method: '方法與資料來源',
      compare: '比較的控制項',
      track: '導覽',
    },
  },
};
