// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locale.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { focusKindOf, SHORTCUTS, shortcutFor, trackShortcutFor, type FocusKind } from '../../../src/state/shortcuts.ts';

const press = (key: string, focus: FocusKind = 'other', modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers }, focus);

describe('shortcutFor(key, focus)', () => {
  it('maps the presenter keys to actions', () => {
    expect(press(' ')).toBe('toggle-play');
    expect(press('ArrowLeft')).toBe('previous-year');
    expect(press('ArrowRight')).toBe('next-year');
    expect(press('[')).toBe('previous-event');
    expect(press(']')).toBe('next-event');
    expect(press('Home')).toBe('first-year');
    expect(press('End')).toBe('last-year');
    expect(press('f')).toBe('fullscreen');
    expect(press('F')).toBe('fullscreen');
    expect(press('?')).toBe('help');
    expect(press('x')).toBeNull();
  });

  it('leaves every key to a text field, and keys with modifiers to the browser', () => {
    for (const key of [' ', 'ArrowLeft', 'f', '?', '[', ']']) expect(press(key, 'text')).toBeNull();
    expect(press('f', 'other', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', 'other', { altKey: true })).toBeNull();
  });

  it('leaves Space to a focused button but still steps years with the arrows', () => {
    expect(press(' ', 'button')).toBeNull();
    expect(press('ArrowRight', 'button')).toBe('next-year');
    expect(press(']', 'button')).toBe('next-event');
  });

  it('leaves arrows, Home and End to a slider or select, and arrows to the map (panning)', () => {
    for (const key of [' ', 'ArrowLeft', 'Home']) expect(press(key, 'control')).toBeNull();
    // [ and ] belong to no control: they move between events from a slider or select too.
    expect(press('[', 'control')).toBe('previous-event');
    expect(press('ArrowLeft', 'map')).toBeNull();
    expect(press(' ', 'map')).toBe('toggle-play');
  });

  it('leaves arrows, Space, Home and End to a scroll region (the table view), which scrolls with them', () => {
    for (const key of [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End']) expect(press(key, 'scroller')).toBeNull();
    expect(press('?', 'scroller')).toBe('help');
  });
});

describe('focusKindOf(element)', () => {
  it('tells text fields, buttons, controls and the map apart', () => {
    document.body.innerHTML = `
      <input id="text"><input id="box" type="checkbox"><input id="range" type="range"><textarea id="area"></textarea>
      <button id="button"></button><select id="select"></select><div id="slider" role="slider"></div>
      <div class="maplibregl-map"><div class="maplibregl-canvas-container"><canvas id="canvas" tabindex="0"></canvas></div>
      <details><summary id="attribution">i</summary></details></div><p id="plain"></p>
      <div id="table" role="region" tabindex="0"></div><div id="landmark" role="region"></div>
      <div role="toolbar"><button id="mark"></button></div>`;
    const kind = (id: string) => focusKindOf(document.getElementById(id));
    expect([kind('text'), kind('area')]).toEqual(['text', 'text']);
    expect([kind('box'), kind('button')]).toEqual(['button', 'button']);
    expect([kind('range'), kind('select'), kind('slider')]).toEqual(['control', 'control', 'control']);
    expect([kind('canvas'), kind('attribution'), kind('plain'), focusKindOf(null)]).toEqual(['map', 'button', 'other', 'other']);
    expect([kind('table'), kind('landmark')]).toEqual(['scroller', 'other']);
    // A toolbar's buttons take the arrows, Home and End to move between themselves (the chart's marks).
    expect(kind('mark')).toBe('control');
  });
});

describe('SHORTCUTS', () => {
  it('lists each line once, with a description in every language', () => {
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.action)).size).toBe(SHORTCUTS.length);
    for (const locale of LOCALES) {
      const { description } = messagesFor(locale).shortcuts;
      expect(Object.keys(description).sort()).toEqual(SHORTCUTS.map((shortcut) => shortcut.action).sort());
    }
    expect(messagesFor('en').shortcuts.description['toggle-play']).toBe('Play or pause the replay');
    expect(messagesFor('zh-TW').shortcuts.description['toggle-play']).toBe('播放或暫停重播');
  });

  it('lists keys that do what the line says', () => {
    const KEY_OF: Record<string, string> = { Space: ' ', '←': 'ArrowLeft', '→': 'ArrowRight', '[': '[', Home: 'Home', End: 'End', F: 'F', '?': '?' };
    for (const { keys, action } of SHORTCUTS) expect(press(KEY_OF[keys[0]]), keys[0]).toBe(action);
  });
});

describe('trackShortcutFor(key, focus)', () => {
  const press = (key: string, focus: FocusKind = 'other', mods = {}) =>
    trackShortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods }, focus);

  it('steps forward with PageDown, → and Space, back with PageUp and ← (a presentation clicker’s keys)', () => {
    expect(['PageDown', 'ArrowRight', ' '].map((key) => press(key))).toEqual(['next-step', 'next-step', 'next-step']);
    expect(['PageUp', 'ArrowLeft'].map((key) => press(key))).toEqual(['previous-step', 'previous-step']);
    expect(press('Home')).toBeNull();
  });

  it('leaves a focused control its own keys, and PageDown to a text field or a scroll region', () => {
    expect(press(' ', 'button')).toBeNull();
    expect(press('ArrowRight', 'control')).toBeNull();
    expect(press('PageDown', 'control')).toBe('next-step');
    expect(press('PageDown', 'text')).toBeNull();
    expect(press('PageDown', 'scroller')).toBeNull();
    expect(press('PageDown', 'other', { ctrlKey: true })).toBeNull();
  });
});
