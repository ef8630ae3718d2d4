import type { ShortcutsMessages } from '../i18n/messages/shortcuts.ts';

/**
 * Presenter keyboard shortcuts as plain logic: which key does what, and when a key belongs to the
 * control that has focus instead (a text field, a button's Space, the slider's own arrows, the
 * map's panning arrows).
 */
export type ShortcutAction =
  'toggle-play' | 'previous-year' | 'next-year' | 'previous-event' | 'next-event' | 'first-year' | 'last-year' | 'fullscreen' | 'help';

/**
 * What has focus when a key is pressed: a text field (every key is typing), a button (Space
 * presses it), a control with arrow keys of its own (slider, select, radio, a toolbar), the map (arrows pan),
 * a scroll region (the table view: arrows, Space, Home and End scroll it).
 */
export type FocusKind = 'text' | 'button' | 'control' | 'map' | 'scroller' | 'other';

/** The shortcuts the help lists, each by its first action (a line may cover a pair of keys). */
export type ListedShortcut = keyof ShortcutsMessages['description'] & ShortcutAction;

/**
 * The shortcuts, in the order the help lists them; their descriptions are in the shortcuts
 * catalogue (src/i18n/messages/shortcuts.ts). Keys are shown as printed on the keyboard, except
 * `Space`, whose name the catalogue gives.
 */
export const SHORTCUTS: readonly { keys: string[]; action: ListedShortcut }[] = [
  { keys: ['Space'], action: 'toggle-play' },
  { keys: ['←', '→'], action: 'previous-year' },
  { keys: ['[', ']'], action: 'previous-event' },
  { keys: ['Home', 'End'], action: 'first-year' },
  { keys: ['F'], action: 'fullscreen' },
  { keys: ['?'], action: 'help' },
];

const KEY_ACTIONS: Record<string, ShortcutAction> = {
  ' ': 'toggle-play',
  ArrowLeft: 'previous-year',
  ArrowRight: 'next-year',
  '[': 'previous-event',
  ']': 'next-event',
  Home: 'first-year',
  End: 'last-year',
  f: 'fullscreen',
  F: 'fullscreen',
  '?': 'help',
};

/** A talk track's keys: presentation clickers send PageDown and PageUp (some send the arrows). */
export type TrackShortcut = 'next-step' | 'previous-step';
const TRACK_KEYS: Record<string, TrackShortcut> = {
  PageDown: 'next-step',
  ArrowRight: 'next-step',
  ' ': 'next-step',
  PageUp: 'previous-step',
  ArrowLeft: 'previous-step',
};

/** The keys each kind of focused element handles itself. */
const OWN_KEYS: Record<Exclude<FocusKind, 'text'>, ReadonlySet<string>> = {
  button: new Set([' ']),
  control: new Set([' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End']),
  map: new Set(['ArrowLeft', 'ArrowRight']),
  scroller: new Set([' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End']),
  other: new Set(),
};

/** The shortcut a key press means, or null when it is not one or belongs to the focused control. */
export function shortcutFor(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, focus: FocusKind): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = KEY_ACTIONS[event.key];
  if (!action || focus === 'text' || OWN_KEYS[focus].has(event.key)) return null;
  return action;
}

/** Classifies the focused element for `shortcutFor`. */
export function focusKindOf(element: Element | null): FocusKind {
  if (!element) return 'other';
  const tag = element.tagName;
  // The map's canvas pans with the arrows; its controls (attribution) are buttons like any other.
  if (element.closest('.maplibregl-canvas-container')) return 'map';
  // A toolbar's buttons move between themselves with the arrows, Home and End (the chart's marks).
  if (element.closest('[role="toolbar"]')) return 'control';
  // A focusable scroll region (the table view) scrolls with the arrows, Home, End and Space.
  if (element.getAttribute('role') === 'region' && element.hasAttribute('tabindex')) return 'scroller';
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (tag === 'TEXTAREA' || (element as HTMLElement).isContentEditable) return 'text';
  if (tag === 'INPUT' && ['checkbox', 'button', 'submit', 'reset'].includes(type)) return 'button';
  if (tag === 'INPUT') return ['radio', 'range'].includes(type) ? 'control' : 'text';
  if (tag === 'SELECT' || element.getAttribute('role') === 'slider') return 'control';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'button';
  return 'other';
}

/**
 * The talk track's step a key press asks for while a track is open, or null: then the key keeps
 * its usual shortcut. The focused control keeps its own keys, as for the other shortcuts; PageUp
 * and PageDown belong to the track everywhere but in a text field or a scroll region.
 */
export function trackShortcutFor(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, focus: FocusKind): TrackShortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = TRACK_KEYS[event.key];
  if (!action || focus === 'text' || OWN_KEYS[focus].has(event.key)) return null;
  if (focus === 'scroller' && event.key.startsWith('Page')) return null;
  return action;
}
