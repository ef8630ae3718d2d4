// Run by `npm run test:e2e` before the build: makes sure the browser tests have Chromium, a font
// with Traditional Chinese so that the zh-TW pages (and their screenshots and exports) show text,
// not boxes, and librsvg's rsvg-convert, the standalone SVG renderer the SVG export is checked
// with (as Wikimedia Commons renders SVG). On Debian, as root or with password-less sudo, it
// installs what is missing; elsewhere it stops with the command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium: where the browser tests look unless CHROMIUM_PATH names another (tests/e2e/chromium.ts). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** What the machine has; each is asked only when the answer matters. */
export interface MachineProbes {
  /** $CHROMIUM_PATH, if set. */
  chromiumPath: string | undefined;
  exists: (path: string) => boolean;
  hasChineseFont: () => boolean;
  /** rsvg-convert (librsvg) is on the PATH. */
  hasRsvg: () => boolean;
  /** Debian (or a derivative) with apt-get, whose package names the install uses. */
  isDebian: () => boolean;
  isRoot: () => boolean;
  /** sudo works without a password. */
  canSudo: () => boolean;
}

/** Nothing to do, packages to install (with sudo or as root), or a message saying what to run. */
export type BrowserPlan = { kind: 'ready' } | { kind: 'install'; packages: string[]; sudo: boolean } | { kind: 'stop'; message: string };

export function browserPlan(probes: MachineProbes): BrowserPlan {
  const { chromiumPath } = probes;
  // Installing Debian's package would not fix a wrong path the person chose.
  if (chromiumPath !== undefined && !probes.exists(chromiumPath)) {
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH is ${JSON.stringify(chromiumPath)}, which does not exist: point it at a Chromium or Chrome executable, or unset it to use Debian's Chromium.`,
    };
  }
  const missing = [
    ...(chromiumPath === undefined && !probes.exists(DEBIAN_CHROMIUM) ? [{ what: 'Chromium', packages: ['chromium'] }] : []),
    ...(probes.hasChineseFont() ? [] : [{ what: 'a font with Traditional Chinese', packages: ['fonts-noto-cjk', 'fontconfig'] }]),
    ...(probes.hasRsvg() ? [] : [{ what: 'rsvg-convert', packages: ['librsvg2-bin'] }]),
  ];
  if (missing.length === 0) return { kind: 'ready' };
  const packages = missing.flatMap((item) => item.packages);
  const debian = probes.isDebian();
  if (debian && probes.isRoot()) return { kind: 'install', packages, sudo: false };
  if (debian && probes.canSudo()) return { kind: 'install', packages, sudo: true };
  const command = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  const need = `The browser tests need ${missing.map((item) => item.what).join(' and ')}.`;
  return {
    kind: 'stop',
    message: debian
      ? `${need} Run this, then npm test again:\n  ${command}`
      : `${need} Install them with your system's packages (on Debian: ${command}), or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
  };
}

const machine: MachineProbes = {
  chromiumPath: process.env.CHROMIUM_PATH,
  exists: existsSync,
  // fontconfig is Linux's; macOS and Windows ship Traditional Chinese fonts (PingFang TC, Microsoft JhengHei).
  hasChineseFont: () => process.platform !== 'linux' || /\S/.test(spawnSync('fc-list', [':lang=zh-tw'], { encoding: 'utf8' }).stdout ?? ''),
  hasRsvg: () => spawnSync('rsvg-convert', ['--version'], { stdio: 'ignore' }).status === 0,
  isDebian: () => existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get'),
  isRoot: () => process.getuid?.() === 0,
  canSudo: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
};

function run(command: string[], sudo: boolean) {
  // sudo clears the environment, so the variable goes through `env`.
  const line = [...(sudo ? ['sudo', '-n'] : []), 'env', 'DEBIAN_FRONTEND=noninteractive', ...command];
  const result = spawnSync(line[0], line.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${line.join(' ')} failed (exit status ${result.status})`);
}

if (process.argv[1]?.endsWith('ensure-browser.ts')) {
  const plan = browserPlan(machine);
  if (plan.kind === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  if (plan.kind === 'install') {
    console.log(`Installing ${plan.packages.join(', ')} for the browser tests (apt-get${plan.sudo ? ' with sudo' : ''})…`);
    run(['apt-get', 'update', '-qq'], plan.sudo);
    run(['apt-get', 'install', '-y', '-qq', ...plan.packages], plan.sudo);
    if (plan.packages.includes('fontconfig')) run(['fc-cache', '-f'], plan.sudo);
  }
}
