import type { Locale } from '../locale.ts';

/** The country search box (a combobox): its label, hint and what it says about its results. */
const en = {
  label: 'Find a country',
  /** Says what the box accepts; read after the label. */
  hint: 'A name in English or Chinese, or an ISO code (e.g. TUV or TV).',
  /** Read when the result list changes. */
  results: (count: number, listed: number) =>
    `${count} ${count === 1 ? 'country' : 'countries'} found${listed < count ? `, the first ${listed} listed` : ''}; arrow keys to choose, Enter to open.`,
  noResults: 'No country matches.',
  /** After an option whose match was a name the relations record uses (South Vietnam, Soviet Union). */
  historicalName: (name: string) => `(historically ${name})`,
};

/** The search box's texts in one language. */
export type SearchMessages = typeof en;

export const searchMessages: Record<Locale, SearchMessages> = {
  en,
  'zh-TW': {
    label: '搜尋國家',
    hint: '可輸入中文或英文國名，或 ISO 代碼（例如 TUV 或 TV）。',
    results: (count, listed) => `找到${count}個國家${listed < count ? `，列出前${listed}個` : ''}；用上下方向鍵選擇，按 Enter 開啟。`,
    noResults: '找不到符合的國家。',
    historicalName: (name) => `（昔稱${name}）`,
  },
};
