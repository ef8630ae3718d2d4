import { describe, expect, it, vi } from 'vitest';
import { browserPlan, DEBIAN_CHROMIUM, type MachineProbes } from '../../../scripts/ensure-browser.ts';

/** A Debian machine with Chromium, a Chinese font and rsvg-convert, run by a user without sudo; each test changes one thing. */
function machine(overrides: Partial<MachineProbes> = {}): MachineProbes {
  return {
    chromiumPath: undefined,
    exists: (path) => path === DEBIAN_CHROMIUM,
    hasChineseFont: () => true,
    hasRsvg: () => true,
    isDebian: () => true,
    isRoot: () => false,
    canSudo: () => false,
    ...overrides,
  };
}

const NO_CHROMIUM = { exists: () => false };
const NO_FONT = { hasChineseFont: () => false };
const NO_RSVG = { hasRsvg: () => false };

describe('browserPlan(probes)', () => {
  it('does nothing, and asks nothing about installing, when Chromium, a Chinese font and rsvg-convert are there', () => {
    const isRoot = vi.fn(() => true);
    expect(browserPlan(machine({ isRoot }))).toEqual({ kind: 'ready' });
    expect(isRoot).not.toHaveBeenCalled();
  });

  it('uses the Chromium CHROMIUM_PATH names instead of Debian’s', () => {
    expect(browserPlan(machine({ chromiumPath: '/opt/chrome', exists: (path) => path === '/opt/chrome' }))).toEqual({ kind: 'ready' });
  });

  it('installs only what is missing, as root', () => {
    expect(browserPlan(machine({ ...NO_CHROMIUM, isRoot: () => true }))).toEqual({ kind: 'install', packages: ['chromium'], sudo: false });
    expect(browserPlan(machine({ ...NO_FONT, isRoot: () => true }))).toEqual({ kind: 'install', packages: ['fonts-noto-cjk', 'fontconfig'], sudo: false });
    expect(browserPlan(machine({ ...NO_RSVG, isRoot: () => true }))).toEqual({ kind: 'install', packages: ['librsvg2-bin'], sudo: false });
  });

  it('installs with sudo when sudo needs no password', () => {
    expect(browserPlan(machine({ ...NO_CHROMIUM, ...NO_FONT, ...NO_RSVG, canSudo: () => true }))).toEqual({
      kind: 'install',
      packages: ['chromium', 'fonts-noto-cjk', 'fontconfig', 'librsvg2-bin'],
      sudo: true,
    });
  });

  it('stops with the command to run when it may not install', () => {
    const plan = browserPlan(machine({ ...NO_CHROMIUM, ...NO_FONT }));
    expect(plan).toEqual({
      kind: 'stop',
      message:
        'The browser tests need Chromium and a font with Traditional Chinese. Run this, then npm test again:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk fontconfig',
    });
    expect(browserPlan(machine({ ...NO_RSVG }))).toEqual({
      kind: 'stop',
      message: 'The browser tests need rsvg-convert. Run this, then npm test again:\n  sudo apt-get update && sudo apt-get install -y librsvg2-bin',
    });
  });

  it('stops off Debian, even as root, naming CHROMIUM_PATH as the other way', () => {
    const plan = browserPlan(machine({ ...NO_CHROMIUM, isDebian: () => false, isRoot: () => true }));
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toMatch(/^The browser tests need Chromium\. .*set CHROMIUM_PATH/);
  });

  it('stops on a CHROMIUM_PATH that does not exist, rather than installing Debian’s Chromium beside it', () => {
    const plan = browserPlan(machine({ chromiumPath: '/nonexistent', isRoot: () => true }));
    expect(plan.kind === 'stop' && plan.message).toMatch(/^CHROMIUM_PATH is "\/nonexistent", which does not exist/);
  });
});
