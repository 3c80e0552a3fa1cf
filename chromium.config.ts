/**
 * Debian's Chromium, never a downloaded browser: the one definition used by the Vitest browser project
 * (vite.config.ts), the end-to-end tests and the screenshot script (test/e2e/) and the bench. Plain data
 * on purpose: the build configuration imports it, so it must not load Playwright or any test code.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
