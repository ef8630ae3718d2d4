import type { FirstMover } from '../../data/dataset.ts';
import type { Locale } from '../locale.ts';

/**
 * A switch's dossier, as a card in the year's events and in the details panel: both sides' dates
 * and the days between, then what the sources say, field by field. Dates and amounts arrive
 * written for the language.
 */
const en = {
  /** The disclosure under a year's event. */
  open: 'The switch in detail',
  /** The panel's section of every switch of a country. */
  heading: 'Each switch in detail',
  switches: 'Switches of recognition',
  taipei: {
    to_taipei: (date: string) => `Relations with Taipei began ${date}.`,
    from_taipei: (date: string) => `Relations with Taipei ended ${date}.`,
  },
  /** Beijing's side: its date and the days from Taipei's, or that nothing changed with Beijing then. */
  beijing: {
    to_taipei: (date: string | null, gap: string) => (date ? `Relations with Beijing ended ${date}${gap}.` : 'No relations with Beijing ended then.'),
    from_taipei: (date: string | null, gap: string) => (date ? `Relations with Beijing began ${date}${gap}.` : 'No relations with Beijing began then.'),
  },
  gap: (days: number | null) =>
    days === null
      ? ''
      : days === 0
        ? ' (the same day)'
        : days > 0
          ? ` (${days} ${days === 1 ? 'day' : 'days'} later)`
          : ` (${-days} ${days === -1 ? 'day' : 'days'} earlier)`,
  field: {
    first_mover: 'Who acted first',
    decided_by: 'Decided by',
    stated_reason: 'Stated reason',
    taipei_view: 'Taipei’s view',
    followed: 'What followed',
    other_dates: 'Dates as the sources give them',
    figures: 'Reported figures',
  },
  firstMover: {
    country_recognised_beijing: 'The country recognised Beijing; Taipei’s ties ended with it',
    taipei_severed_first: 'Taipei broke off ties first, before the country recognised Beijing',
    country_severed_taipei: 'The country broke off ties with Taipei first',
    country_revoked_recognition: 'A new government revoked the recognition of Taipei',
    beijing_severed_first: 'Beijing broke off relations first',
    country_recognised_taipei: 'The country recognised Taipei',
    other: 'Otherwise (see the sources)',
  } satisfies Record<FirstMover, string>,
  /** A field no source read speaks to. */
  missing: 'Not found in the sources read.',
  noFigures: 'None found in the sources read.',
  /** The source's own hedging words, quoted. */
  hedge: (words: string) => ` (the source: “${words}”)`,
  currencyUnknown: ' (currency not stated)',
  /** The year a figure refers to. */
  figureYear: (year: string) => ` in ${year}`,
};

type DossierMessages = typeof en;

export const dossierMessages: Record<Locale, DossierMessages> = {
  en,
  'zh-TW': {
    open: '這次轉變的細節',
    heading: '歷次轉變的細節',
    switches: '承認的轉變',
    taipei: {
      to_taipei: (date) => `與臺北建交：${date}。`,
      from_taipei: (date) => `與臺北斷交：${date}。`,
    },
    beijing: {
      to_taipei: (date, gap) => (date ? `與北京斷交：${date}${gap}。` : '當時與北京的關係沒有中止。'),
      from_taipei: (date, gap) => (date ? `與北京建交：${date}${gap}。` : '當時未與北京建交。'),
    },
    gap: (days) => (days === null ? '' : days === 0 ? '（同日）' : days > 0 ? `（${days}天後）` : `（${-days}天前）`),
    field: {
      first_mover: '誰先行動',
      decided_by: '決定者',
      stated_reason: '公開理由',
      taipei_view: '臺北的看法',
      followed: '後續',
      other_dates: '來源所載日期',
      figures: '報導的金額',
    },
    firstMover: {
      country_recognised_beijing: '該國先承認北京，與臺北的邦交隨之終止',
      taipei_severed_first: '臺北先宣布斷交，早於該國承認北京',
      country_severed_taipei: '該國先宣布與臺北斷交',
      country_revoked_recognition: '新政府撤銷對臺北的承認',
      beijing_severed_first: '北京先斷交',
      country_recognised_taipei: '該國承認臺北',
      other: '其他情形（見來源）',
    },
    missing: '所讀來源中未見。',
    noFigures: '所讀來源中未見。',
    hedge: (words) => `（來源措辭：「${words}」）`,
    currencyUnknown: '（未註明幣別）',
    figureYear: (year) => `（${year}）`,
  },
};
