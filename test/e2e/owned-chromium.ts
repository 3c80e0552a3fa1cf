/**
 * A Chromium whose process this code owns, for the crash tests: spawned here (not by Playwright) on a
 * persistent profile directory, reached over the DevTools protocol, and killable with SIGKILL like a
 * crash or a power cut would end it. Used by test/e2e/crash.test.ts and bench/crash.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
// The one place these two come from (they may move to a top-level config module).
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

export interface OwnedChromium {
  browser: Browser;
  /** The profile's default (persistent) context: its IndexedDB lives in the user-data-dir. */
  context: BrowserContext;
  pid: number;
  /** SIGKILL to the browser's whole process group (browser, renderers, utilities), then waits for the exit. */
  kill(): Promise<void>;
  /** A normal shutdown (Browser.close), falling back to kill after 5 s. */
  close(): Promise<void>;
}

/** Launches headless Chromium on `userDataDir` with the project's flags and a DevTools port chosen by the OS. */
export async function launchOwnedChromium(userDataDir: string, opts: { timeoutMs?: number } = {}): Promise<OwnedChromium> {
  const args = [
    ...CHROMIUM_ARGS,
    '--headless',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    '--window-size=1280,900',
    // After a kill the profile is marked as crashed; no restore bubble or session restore on relaunch.
    '--disable-session-crashed-bubble',
    '--hide-crash-restore-bubble',
    '--no-default-browser-check',
    'about:blank',
  ];
  // detached: its own process group, so one kill(-pid) ends every Chromium process at once.
  const proc = spawn(CHROMIUM_PATH, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const ws = await devtoolsEndpoint(proc, opts.timeoutMs ?? 20_000).catch(async (e: Error) => {
    killGroup(proc);
    await exited;
    throw e;
  });
  // Chromium's own stderr chatter is not ours to print; keep draining it so the pipe never fills.
  proc.stderr?.resume();
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  const kill = async () => {
    killGroup(proc);
    await exited;
  };
  return {
    browser,
    context,
    pid: proc.pid!,
    kill,
    close: async () => {
      const timer = setTimeout(() => killGroup(proc), 5_000);
      await browser.close().catch(() => {});
      // connectOverCDP's close only disconnects: ask the browser itself to quit.
      killGroup(proc, 'SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}

function killGroup(proc: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
  try {
    process.kill(-proc.pid, signal);
  } catch {
    // already gone
  }
}

/** Reads "DevTools listening on ws://…" from Chromium's stderr. */
function devtoolsEndpoint(proc: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools endpoint within ${timeoutMs} ms: ${seen.slice(-500)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        proc.stderr?.off('data', onData);
        resolve(m[1]);
      }
    };
    proc.stderr?.on('data', onData);
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before its DevTools endpoint: ${seen.slice(-500)}`));
    });
  });
}
