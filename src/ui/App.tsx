import { createResource, createSignal, onCleanup, Show, Suspense, type JSX } from 'solid-js';
import { lazyView } from './stale-chunks';
import { ViewLoadFailed } from './view-failed';
import { createEngineClient, type EngineClient } from '../worker/client';
import { createNotifier, newTabId, openWorkbenchDb, requestPersistence, storageProblem, WorkbenchDb, type MemoryReason } from '../storage/db';
import { recoverAllJournals } from '../session';
import type { AppContext, Toast } from './context';
import { savingWords } from './strings/saving';
import type { KpiGrid } from './grid';
import { openLinkFromLocation } from './interchange/link';
import { Library } from './Library';
import { shellWords } from './strings';
import { LanguageSwitcher } from './LanguageSwitcher';

export interface AppProps {
  /** IndexedDB database name (tests use one per test). */
  dbName?: string;
  /** Engine factory (default: the module worker). */
  engine?: () => EngineClient;
  /** Keep the open assessment in location.hash (the real app; tests mount several apps at once). */
  useHash?: boolean;
  /** Test hook: the grid of the open assessment. */
  onGrid?: (grid: KpiGrid | null) => void;
}

export type { AppContext, Toast } from './context';

/** The preview of a shared link loads only when the page was opened with one. */
const LinkPreview = lazyView(() => import('./interchange/LinkPreview').then((m) => ({ default: m.LinkPreview })));

/**
 * The workbench, and with it Handsontable, the grid, its styles and the side panels (about 200 kB gzip),
 * loads when an assessment is opened: the app opens on the library, which has no grid (issue #32, a
 * first visit of at most 300 kB). It is fetched at once when the address names an assessment, and
 * otherwise once the library is idle, so opening one rarely waits; when it does, "Loading…" holds the
 * workbench's place. Once loaded, `lazy` renders it at once, with no fallback in between.
 */
const Workbench = lazyView(() => import('./Workbench').then((m) => ({ default: m.Workbench })));

/** Fetches the workbench when the page is idle (or after a short while where there is no idle callback). */
function preloadWorkbench(): void {
  const load = () => fetchWorkbenchAhead();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

/**
 * A fetch ahead of time that fails (offline before the chunk was cached) is not an error to report: the
 * open that needs the workbench fetches it again, and says so if that fails too (view-failed.test.tsx).
 */
function fetchWorkbenchAhead(): void {
  void Promise.resolve(Workbench.preload()).catch(() => undefined);
}

const HASH = /^#\/a\/(.+)$/;

export function App(props: AppProps): JSX.Element {
  const [database] = createResource(() => openWorkbenchDb(props.dbName));
  const [storage, setStorage] = createSignal<'persisted' | 'best-effort' | 'unsupported' | 'memory' | null>(null);
  const [replaced, setReplaced] = createSignal(false);
  const [memoryReason, setMemoryReason] = createSignal<MemoryReason | null>(null);
  // A share link in the address (#k1. / #w1.) is read once, before anything rewrites the hash.
  const [shared, setShared] = createSignal(props.useHash ? openLinkFromLocation() : null);
  const notifier = createNotifier();
  const tabId = newTabId();
  const initial = props.useHash ? decodeURIComponent(HASH.exec(location.hash)?.[1] ?? '') || null : null;
  const [openId, setOpenId] = createSignal<string | null>(initial);
  // Opened on an assessment: its grid is wanted now, in parallel with opening the database.
  if (initial) fetchWorkbenchAhead();
  else preloadWorkbench();
  const [toast, setToast] = createSignal<Toast | null>(null);
  /** An exercise or answers link in the address (issue #25): opened in the Workshop once the library is ready. */
  let exerciseLink = props.useHash && location.hash.startsWith('#x.') ? location.hash : null;
  const [start, setStart] = createSignal<{ id: string; exerciseLink: string; student: boolean } | null>(null);
  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  const showToast = (t: Toast | null) => {
    setToast(t);
    clearTimeout(toastTimer);
    if (t) toastTimer = setTimeout(() => setToast(null), t.action ? 10_000 : 6_000);
  };
  const open = (id: string | null) => {
    setOpenId(id);
    if (props.useHash) history.replaceState(null, '', id ? `#/a/${encodeURIComponent(id)}` : '#/');
  };
  if (props.useHash) {
    const onHash = () => setOpenId(decodeURIComponent(HASH.exec(location.hash)?.[1] ?? '') || null);
    window.addEventListener('hashchange', onHash);
    onCleanup(() => window.removeEventListener('hashchange', onHash));
  }
  onCleanup(() => {
    clearTimeout(toastTimer);
    notifier.close();
    database()?.close();
  });

  const context = (db: WorkbenchDb): AppContext => {
    if (!db.persistent) {
      setStorage('memory');
      setMemoryReason(db.memoryReason);
    } else void requestPersistence().then(setStorage);
    // Edits journalled before a crash or a closed tab are folded in, so the library lists them.
    void recoverAllJournals(db).catch(() => {});
    if (exerciseLink) {
      const link = exerciseLink;
      exerciseLink = null;
      void import('./workshop/exercise-link')
        .then((m) => m.prepareExerciseLink(db, link))
        .then((r) => {
          if (!r.ok) return showToast({ message: r.message });
          setStart({ id: r.id, exerciseLink: r.link, student: r.student });
          open(r.id);
        });
    }
    const stop = db.onVersionChange(() => setReplaced(true));
    onCleanup(stop);
    return { db, notifier, tabId, toast: showToast };
  };

  return (
    <div class="app">
      <header class="app-header">
        <h1 class="app-title">{shellWords.appName}</h1>
        {/* A toast takes the tagline's place in the header, in the page's flow: it never covers a control
            (issue #25: floating at the bottom, it hid grid cells). */}
        <Show when={!toast()}>
          <p class="app-tagline">{shellWords.appTagline}</p>
        </Show>
        <div class="toast-region" role="status" aria-live="polite">
          <Show when={toast()}>
            {(t) => (
              <div class="toast">
                <span class="toast-message">{t().message}</span>
                <Show when={t().action}>
                  {(a) => (
                    <button
                      type="button"
                      onClick={() => {
                        a().run();
                        showToast(null);
                      }}
                    >
                      {a().label}
                    </button>
                  )}
                </Show>
              </div>
            )}
          </Show>
        </div>
        <LanguageSwitcher />
      </header>
      <Show when={storage() === 'memory'}>
        <p class="notice notice-warning" role="alert" data-testid="memory-mode">
          {memoryReason() === 'timeout' ? `${savingWords.memoryReason('timeout')} ` : ''}
          {shellWords.memoryMode}
        </p>
      </Show>
      <Show when={replaced()}>
        <p class="notice notice-warning" role="alert">
          {shellWords.newerAppOpened}
        </p>
      </Show>
      <main class="app-main">
        <Show
          when={!database.error}
          fallback={
            <p class="notice" role="alert">
              {shellWords.storageFailed(savingWords.problem(storageProblem(database.error)))}
            </p>
          }
        >
          <Show when={database()} keyed fallback={<p>{shellWords.libraryLoading}</p>}>
            {(db) => {
              const ctx = context(db);
              return (
                <>
                  <Show when={shared()} keyed>
                    {(link) => (
                      <LinkPreview
                        link={link}
                        db={db}
                        onOpened={(d) => {
                          setShared(null);
                          open(d.id);
                        }}
                        onClose={() => setShared(null)}
                      />
                    )}
                  </Show>
                  <Show when={openId()} keyed fallback={<Library ctx={ctx} onOpen={open} />}>
                    {(id) => (
                      <ViewLoadFailed onBack={() => open(null)}>
                        <Suspense
                          fallback={
                            <p class="workbench-loading" role="status" data-testid="workbench-loading">
                              {shellWords.loadingView}
                            </p>
                          }
                        >
                          <Workbench
                            ctx={ctx}
                            id={id}
                            onClose={() => open(null)}
                            onOpenOther={open}
                            engine={props.engine ?? createEngineClient}
                            onGrid={props.onGrid}
                            start={start()?.id === id ? start()! : undefined}
                          />
                        </Suspense>
                      </ViewLoadFailed>
                    )}
                  </Show>
                </>
              );
            }}
          </Show>
        </Show>
      </main>
      <footer class="app-footer">
        <p data-testid="privacy">
          {shellWords.privacyStatement} <span data-testid="storage-state">{shellWords.storageState(storage())}</span>
        </p>
      </footer>
    </div>
  );
}
