import type { Locale } from '../locale.ts';

/** The keyboard shortcuts dialog (opened with `?`): what each listed key does, and when keys work. */
const en = {
  /** The dialog's title, and the header button that opens it. */
  title: 'Keyboard shortcuts',
  /** What each line of the list does, by the shortcut it starts with (its keys: state/shortcuts.ts). */
  description: {
    'toggle-play': 'Play or pause the replay',
    'previous-year': 'Previous or next year',
    'previous-event': 'Previous or next year with a change in relations or a milestone',
    'first-year': 'First or last year',
    fullscreen: 'Full screen on or off',
    help: 'Show these shortcuts',
  },
  /** The space bar's name on a key cap; the other keys are shown as printed on the keyboard. */
  space: 'Space',
  focusNote: 'Shortcuts work when no text field has focus. On the map itself the arrow keys pan.',
};

/** The shortcuts dialog's texts in one language. */
export type ShortcutsMessages = typeof en;

export const shortcutsMessages: Record<Locale, ShortcutsMessages> = {
  en,
  'zh-TW': {
    title: '鍵盤快速鍵',
    description: {
      'toggle-play': '播放或暫停重播',
      'previous-year': '上一年或下一年',
      'previous-event': '上一個或下一個有邦交變動或大事的年份',
      'first-year': '第一年或最後一年',
      fullscreen: '開啟或關閉全螢幕',
      help: '顯示這些快速鍵',
    },
    space: '空白鍵',
    focusNote: '文字欄位沒有取得焦點時才能使用快速鍵。焦點在地圖上時，方向鍵用於平移地圖。',
  },
};
