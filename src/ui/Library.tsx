import { VersionLine } from './version-line';
import { createEffect, createMemo, createSignal, For, from, on, Show, type Accessor, type JSX } from 'solid-js';
import { lazyView } from './stale-chunks';
import { createAssessment, MAX_TEXT, MAX_YEAR, MIN_YEAR, workspaceDoc, type AssessmentDoc } from '../engine/assessment';
import { DEMO_CITIES, demoCityInput, type DemoCity } from '../engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import {
  addAssessment,
  deleteAssessment,
  duplicate,
  getAssessment,
  MissingError,
  QuotaError,
  renameAssessment,
  restoreAssessment,
  saveAssessment,
  storageProblem,
  type DamagedRow,
} from '../storage/db';
import type { AppContext } from './context';
import { backupFileName, downloadBlob } from './interchange/files';
import { interchangeWords } from './strings/interchange';
import { fmtDateTime, shellWords } from './strings';
import { savingWords } from './strings/saving';
import { demoWords } from './strings/workshop';
import { backupText } from './backup-file';
import { DamagedList, damagedLabel } from './DamagedList';
import { listSummaries, readAllDocs, readListing, type LibraryEntry } from '../storage/library-summaries';
import { createRowWindow } from './virtual-rows';
import { LibraryDownloadAll } from './interchange/LibraryDownloadAll';
import './screen.css';

// The import panel (its previews, the update of a stored assessment) loads beside the library, not
// before the grid of an assessment opened straight from its address (bench/bundle.ts).
const ImportPanel = lazyView(() => import('./interchange/ImportPanel').then((m) => ({ default: m.ImportPanel })));
// The framework editor (#30) is for programme staff now and then: it loads with the library, after it.
const FrameworkEditor = lazyView(() => import('./frameworks/FrameworkEditor').then((m) => ({ default: m.FrameworkEditor })));

export const isFictional = (doc: Pick<AssessmentDoc, 'city' | 'notes'>): boolean => /fictional/i.test(`${doc.city} ${doc.notes}`);

/** The shipped demo city a stored assessment is (by name and year), if it is one. */
export const demoCityOf = (doc: Pick<AssessmentDoc, 'city' | 'notes' | 'year'>): DemoCity | undefined =>
  isFictional(doc) ? DEMO_CITIES.find((c) => c.city === doc.city && c.year === doc.year) : undefined;

/** One of the shipped demo cities, told apart from other fictional assessments by name and year. */
export const isDemo = (doc: Pick<AssessmentDoc, 'city' | 'notes' | 'year'>): boolean => demoCityOf(doc) !== undefined;

/** The stored copy of a demo city to open instead of making a second one: the most recently edited. */
export const findDemo = <T extends Pick<AssessmentDoc, 'city' | 'notes' | 'year' | 'updatedAt'>>(
  docs: readonly T[],
  city: DemoCity = DEMO_CITIES[0],
): T | undefined => [...docs].sort((a, b) => b.updatedAt - a.updatedAt).find((d) => demoCityOf(d) === city);

/** The stored demo with its shipped values again, under the same id (so links and other tabs follow). */
export function resetDemoDoc(stored: AssessmentDoc): AssessmentDoc {
  return { ...demoAssessment(demoCityOf(stored)), id: stored.id, createdAt: stored.createdAt, updatedAt: stored.updatedAt, revision: stored.revision };
}

/** A fictional demo assessment (Demoville 2025 unless told): invented values, labelled as such in its name and notes. */
export function demoAssessment(city: DemoCity = DEMO_CITIES[0]): AssessmentDoc {
  const doc = createAssessment({ city: city.city, country: city.country, year: city.year, notes: city.notes }, u4ssc, referenceTargets.data.id);
  return { ...doc, ...demoCityInput(u4ssc, city) };
}

const errorText = (e: unknown) => (e instanceof QuotaError ? shellWords.quotaError : savingWords.problem(storageProblem(e)));

export function Library(props: { ctx: AppContext; onOpen: (id: string) => void }): JSX.Element {
  const { db, toast } = props.ctx;
  // The library's summaries, not its rows (a library of 10 000 is 180 MB of rows, 2 MB of summaries);
  // a write re-reads only the rows it changed (storage/library-summaries.ts).
  const library = from(listSummaries(db));
  const list = () => library()?.entries;
  /** The list as stored, for a click that comes before the live list has loaded. */
  const firstList = async () => (await readListing(db)).entries;
  const [city, setCity] = createSignal('');
  const [country, setCountry] = createSignal('');
  const [year, setYear] = createSignal(String(new Date().getFullYear()));
  const [formError, setFormError] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [confirmingReset, setConfirmingReset] = createSignal<string | null>(null);
  const [confirmingResetAll, setConfirmingResetAll] = createSignal(false);
  let demoBusy = false;
  const [renaming, setRenaming] = createSignal<string | null>(null);

  const name = (d: Pick<AssessmentDoc, 'city' | 'year'>) => shellWords.assessmentLabel(d.city, d.year);
  const validYear = (text: string) => {
    const y = Number(text.trim());
    return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
  };

  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    const y = validYear(year());
    if (!city().trim()) return setFormError(shellWords.cityRequired);
    if (y === null) return setFormError(shellWords.yearInvalid);
    // The limit every reader applies: refused with a message, never cut (a pasted text included).
    const tooLong = (
      [
        [shellWords.city, city()],
        [shellWords.country, country()],
      ] as const
    ).find(([, v]) => v.trim().length > MAX_TEXT);
    if (tooLong) return setFormError(savingWords.tooLong(tooLong[0], MAX_TEXT));
    setFormError(null);
    try {
      const doc = await addAssessment(db, createAssessment({ city: city().trim(), country: country().trim(), year: y }, u4ssc, referenceTargets.data.id));
      toast({ message: shellWords.created(name(doc)) });
      props.onOpen(doc.id);
    } catch (err) {
      setFormError(errorText(err));
    }
  };

  /**
   * Every assessment in one workspace file, damaged ones as they are (import reads each on its own and
   * keeps the good ones), and says which were damaged or could not be written at all (issue #33).
   */
  const backUp = async () => {
    // The rows in full, read only now: the list holds summaries.
    const docs = await readAllDocs(db);
    const { text, damaged, leftOut } = backupText(workspaceDoc(docs), library()?.damaged ?? []);
    downloadBlob(new Blob([text], { type: 'application/json' }), backupFileName());
    const say = (rows: DamagedRow[]) => rows.map((r) => savingWords.damagedRow(damagedLabel(r), r.reason));
    toast({
      message: [
        shellWords.backedUp(docs.length),
        damaged.length > 0 ? savingWords.backupWithDamaged(say(damaged)) : '',
        leftOut.length > 0 ? savingWords.backupLeftOut(say(leftOut)) : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  };

  /**
   * Adds the demo cities not yet in the list (a second click makes no duplicate) and opens Demoville;
   * the user's own assessments are never touched.
   */
  const createDemo = async () => {
    if (demoBusy) return;
    demoBusy = true;
    try {
      const stored = list() ?? (await firstList());
      let added = 0;
      let opened: Pick<AssessmentDoc, 'id' | 'city' | 'year'> | undefined = findDemo(stored);
      for (const city of DEMO_CITIES) {
        if (findDemo(stored, city)) continue;
        const doc = await addAssessment(db, demoAssessment(city));
        added++;
        if (city === DEMO_CITIES[0]) opened = doc;
      }
      toast({ message: added > 0 ? demoWords.demoCitiesAdded({ n: added }) : shellWords.demoOpened(name(opened!)) });
      props.onOpen(opened!.id);
    } catch (err) {
      toast({ message: errorText(err) });
    } finally {
      demoBusy = false;
    }
  };

  /** Puts the shipped values back into every stored demo city; Undo puts the edited ones back. */
  const resetAllDemos = async () => {
    setConfirmingResetAll(false);
    const saved = (next: AssessmentDoc) => props.ctx.notifier.post({ type: 'saved', id: next.id, revision: next.revision, from: props.ctx.tabId });
    const done: [AssessmentDoc, AssessmentDoc][] = [];
    try {
      const docs = (await readAllDocs(db)).filter(isDemo);
      for (const doc of docs) {
        const next = await saveAssessment(db, resetDemoDoc(doc), doc.revision);
        saved(next);
        done.push([doc, next]);
      }
      toast({
        message: demoWords.allDemosReset({ n: done.length }),
        action: {
          label: shellWords.undo,
          run: () =>
            void (async () => {
              for (const [before, after] of done) saved(await saveAssessment(db, { ...before, revision: after.revision }, after.revision));
              toast({ message: shellWords.restored(done.map(([d]) => name(d)).join(', ')) });
            })().catch((err) => toast({ message: errorText(err) })),
        },
      });
    } catch (err) {
      toast({ message: errorText(err) });
    }
  };

  /** Puts the shipped demo values back; Undo puts the edited ones back. */
  const resetDemo = async (entry: LibraryEntry) => {
    setConfirmingReset(null);
    const saved = (next: AssessmentDoc) => props.ctx.notifier.post({ type: 'saved', id: next.id, revision: next.revision, from: props.ctx.tabId });
    try {
      const doc = await getAssessment(db, entry.id);
      if (!doc) throw new MissingError(entry.id);
      const next = await saveAssessment(db, resetDemoDoc(doc), doc.revision);
      saved(next);
      toast({
        message: shellWords.demoReset(name(next)),
        action: {
          label: shellWords.undo,
          run: () =>
            void saveAssessment(db, { ...doc, revision: next.revision }, next.revision).then(
              (back) => {
                saved(back);
                toast({ message: shellWords.restored(name(back)) });
              },
              (err) => toast({ message: errorText(err) }),
            ),
        },
      });
    } catch (err) {
      toast({ message: errorText(err) });
    }
  };

  const remove = async (doc: LibraryEntry) => {
    setConfirming(null);
    const removed = await deleteAssessment(db, doc.id);
    props.ctx.notifier.post({ type: 'deleted', id: doc.id, from: props.ctx.tabId });
    if (!removed) return;
    toast({
      message: shellWords.deleted(name(removed)),
      action: {
        label: shellWords.undo,
        run: () =>
          void restoreAssessment(db, removed).then(
            () => toast({ message: shellWords.restored(name(removed)) }),
            (err) => toast({ message: errorText(err) }),
          ),
      },
    });
  };

  const dup = async (doc: LibraryEntry) => {
    try {
      const copy = await duplicate(db, doc.id, undefined, u4ssc);
      toast({ message: shellWords.duplicated(name(copy)) });
    } catch (err) {
      toast({ message: errorText(err) });
    }
  };

  return (
    <section class="library" aria-labelledby="library-title">
      <div class="library-head">
        <h2 id="library-title">{shellWords.libraryTitle}</h2>
        <Show when={(list()?.length ?? 0) > 0}>
          <button type="button" onClick={() => void backUp().catch((err) => toast({ message: errorText(err) }))} aria-describedby="backup-hint">
            {shellWords.backUpAll}
          </button>
          <span id="backup-hint" class="hint">
            {shellWords.backUpHint}
          </span>
          <LibraryDownloadAll docs={() => readAllDocs(db)} />
        </Show>
      </div>
      <div class="library-actions">
        <form class="create-form" onSubmit={create} aria-labelledby="create-title">
          <h3 id="create-title">{shellWords.newAssessment}</h3>
          <div class="field">
            <label for="new-city">{shellWords.city}</label>
            <input id="new-city" name="city" value={city()} onInput={(e) => setCity(e.currentTarget.value)} required autocomplete="off" />
          </div>
          <div class="field">
            <label for="new-country">{shellWords.country}</label>
            <input id="new-country" name="country" value={country()} onInput={(e) => setCountry(e.currentTarget.value)} autocomplete="off" />
          </div>
          <div class="field field-year">
            <label for="new-year">{shellWords.year}</label>
            <input id="new-year" name="year" inputmode="numeric" value={year()} onInput={(e) => setYear(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary">
            {shellWords.create}
          </button>
          <Show when={formError()}>
            <p class="form-error" role="alert">
              {formError()}
            </p>
          </Show>
        </form>
        <div class="demo-box">
          <button type="button" onClick={createDemo} aria-describedby="demo-hint" data-testid="demo-city">
            {shellWords.demoCity}
          </button>
          <p id="demo-hint" class="hint">
            {demoWords.demoCitiesHint}
          </p>
          <Show when={(list() ?? []).some(isDemo)}>
            <Show
              when={confirmingResetAll()}
              fallback={
                <button type="button" onClick={() => setConfirmingResetAll(true)} data-testid="reset-demos">
                  {demoWords.resetAllDemos}
                </button>
              }
            >
              <span role="alert" class="confirm">
                {demoWords.confirmResetAllDemos({ n: (list() ?? []).filter(isDemo).length })}
              </span>{' '}
              <button type="button" class="danger" onClick={() => void resetAllDemos()}>
                {demoWords.resetAllDemos}
              </button>
              <button type="button" onClick={() => setConfirmingResetAll(false)}>
                {shellWords.cancel}
              </button>
            </Show>
          </Show>
        </div>
      </div>
      <ImportPanel
        db={db}
        library={list}
        notifier={props.ctx.notifier}
        onImported={(ids) => {
          toast({ message: shellWords.imported(ids.length) });
          if (ids.length === 1) props.onOpen(ids[0]);
        }}
        onUpdated={(doc, undo, changes) => {
          // Undo puts back what the update changed, as edits: another tab's edits since then are kept.
          toast({
            message: interchangeWords.updated(name(doc), changes),
            action: {
              label: shellWords.undo,
              run: () =>
                void import('../session/import-update')
                  .then(({ applyToStored }) => applyToStored(db, doc.id, undo, { notifier: props.ctx.notifier }))
                  .then((r) =>
                    toast({
                      message: r.ok
                        ? interchangeWords.undone(name(doc))
                        : r.problem.kind === 'frozen'
                          ? interchangeWords.updateFrozen
                          : savingWords.problem(r.problem),
                    }),
                  ),
            },
          });
          props.onOpen(doc.id);
        }}
      />
      <FrameworkEditor db={db} />

      <DamagedList db={db} damaged={library()?.damaged ?? []} toast={toast} />
      <Show when={list()} fallback={<p>{shellWords.libraryLoading}</p>}>
        {(rows) => (
          <Show when={rows().length > 0} fallback={<p class="empty">{shellWords.libraryEmpty}</p>}>
            <LibraryTable
              entries={rows}
              row={(doc) => (
                <LibraryRow
                  doc={doc}
                  renaming={renaming() === doc().id}
                  confirming={confirming() === doc().id}
                  confirmingReset={confirmingReset() === doc().id}
                  actions={{
                    open: () => props.onOpen(doc().id),
                    rename: () => setRenaming(doc().id),
                    renamed: async (fields) => {
                      setRenaming(null);
                      if (!fields) return;
                      try {
                        const next = await renameAssessment(db, doc().id, fields);
                        props.ctx.notifier.post({ type: 'saved', id: next.id, revision: next.revision, from: props.ctx.tabId });
                        toast({ message: shellWords.renamed(name(next)) });
                      } catch (err) {
                        toast({ message: errorText(err) });
                      }
                    },
                    duplicate: () => void dup(doc()),
                    askReset: (ask) => setConfirmingReset(ask ? doc().id : null),
                    reset: () => void resetDemo(doc()),
                    askDelete: (ask) => setConfirming(ask ? doc().id : null),
                    remove: () => void remove(doc()),
                  }}
                />
              )}
            />
          </Show>
        )}
      </Show>
    </section>
  );
}

/** Lower-case, without accents: what the search compares ("sao" finds São Paulo). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
const searchKeys = new WeakMap<LibraryEntry, string>();
const searchKey = (e: LibraryEntry) => {
  let key = searchKeys.get(e);
  if (key === undefined) searchKeys.set(e, (key = fold(`${e.city} ${e.country} ${e.year}`)));
  return key;
};

/** The entries whose city, country and year hold every word of the search (any order). */
export function filterLibrary(entries: readonly LibraryEntry[], query: string): readonly LibraryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((e) => {
    const key = searchKey(e);
    return words.every((w) => key.includes(w));
  });
}

/**
 * The library's table with its search box. Only the rows in view are rendered (virtual-rows.ts) once
 * the library is long; the table still tells assistive technology every row's place in the whole list
 * (aria-rowcount, aria-rowindex), and ArrowUp / ArrowDown move between rows' buttons.
 */
function LibraryTable(props: { entries: Accessor<LibraryEntry[]>; row: (doc: Accessor<LibraryEntry>) => JSX.Element }): JSX.Element {
  const [query, setQuery] = createSignal('');
  const shown = createMemo(() => filterLibrary(props.entries(), query()));
  const byId = createMemo(() => new Map(props.entries().map((e) => [e.id, e])));
  let top: HTMLTableRowElement | undefined;
  let body: HTMLTableSectionElement | undefined;
  const rendered = () => (body ? [...body.querySelectorAll<HTMLElement>('tr[data-entry]')] : []);
  const rows = createRowWindow(
    () => shown().length,
    () => top,
    rendered,
  );
  // Rows are keyed by id, so a write elsewhere in the library updates a row in place (focus stays).
  const ids = createMemo(() => {
    const w = rows.window();
    return shown()
      .slice(w.start, Math.min(w.end, shown().length))
      .map((e) => e.id);
  });
  const indexOf = createMemo(() => new Map(shown().map((e, i) => [e.id, i])));
  createEffect(
    on(
      () => shown().length,
      () => queueMicrotask(rows.update),
    ),
  );
  createEffect(on(ids, () => requestAnimationFrame(() => rows.update()), { defer: true }));

  /** ArrowUp / ArrowDown from a row's button to the same button of the next or previous row. */
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const target = e.target as HTMLElement;
    const tr = target.closest<HTMLElement>('tr[data-entry]');
    if (!tr || target.tagName !== 'BUTTON') return;
    const next = (e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling) as HTMLElement | null;
    if (!next?.hasAttribute('data-entry')) return;
    e.preventDefault();
    const column = [...tr.querySelectorAll('button')].indexOf(target as HTMLButtonElement);
    const buttons = next.querySelectorAll('button');
    (buttons[Math.min(column, buttons.length - 1)] ?? buttons[0])?.focus();
  };

  return (
    <>
      <div class="library-search field">
        <label for="library-search">{shellWords.librarySearch}</label>
        <input id="library-search" type="search" autocomplete="off" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
        <Show when={query().trim()}>
          <span class="hint" role="status" data-testid="library-shown">
            {shown().length > 0 ? shellWords.libraryShown(shown().length, props.entries().length) : shellWords.libraryNoMatch}
          </span>
        </Show>
      </div>
      <table class="library-table" aria-rowcount={shown().length + 1} onKeyDown={onKey}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{shellWords.city}</th>
            <th scope="col">{shellWords.country}</th>
            <th scope="col">{shellWords.year}</th>
            <th scope="col">{shellWords.lastEdited}</th>
            <th scope="col">{shellWords.completion}</th>
            <th scope="col">
              <span class="visually-hidden">{shellWords.toolbar}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          <Show when={rows.virtual()}>
            <tr class="library-spacer" aria-hidden="true" ref={top} style={{ height: `${rows.window().before}px` }} />
          </Show>
          <For each={ids()}>
            {(id) => {
              // The last entry seen under this id: the row may outlive it by one update while the list changes.
              const doc = createMemo<LibraryEntry>((prev) => byId().get(id) ?? prev, byId().get(id)!);
              return (
                <tr data-entry={id} aria-rowindex={(indexOf().get(id) ?? 0) + 2}>
                  {props.row(doc)}
                </tr>
              );
            }}
          </For>
          <Show when={rows.virtual()}>
            <tr class="library-spacer" aria-hidden="true" style={{ height: `${rows.window().after}px` }} />
          </Show>
        </tbody>
      </table>
    </>
  );
}

/** What a row's buttons do (the library owns the state: one confirmation open at a time). */
interface RowActions {
  open: () => void;
  rename: () => void;
  renamed: (fields: { city: string; country: string; year: number } | null) => void | Promise<void>;
  duplicate: () => void;
  askReset: (ask: boolean) => void;
  reset: () => void;
  askDelete: (ask: boolean) => void;
  remove: () => void;
}

/** One assessment's cells in the library (one small component: what a row shows is added here). */
function LibraryRow(props: {
  doc: Accessor<LibraryEntry>;
  renaming: boolean;
  confirming: boolean;
  confirmingReset: boolean;
  actions: RowActions;
}): JSX.Element {
  const doc = () => props.doc();
  const name = () => shellWords.assessmentLabel(doc().city, doc().year);
  const a = props.actions;
  return (
    <>
      <Show
        when={props.renaming}
        fallback={
          <>
            <th scope="row">
              {doc().city}
              <Show when={isFictional(doc())}>
                {' '}
                <span class="badge">{shellWords.fictionalBadge}</span>
              </Show>
              <br />
              <VersionLine doc={doc().version} />
            </th>
            <td data-label={shellWords.country}>{doc().country}</td>
            <td data-label={shellWords.year}>{doc().year}</td>
          </>
        }
      >
        <RenameCells doc={doc()} onDone={(fields) => void a.renamed(fields)} />
      </Show>
      <td data-label={shellWords.lastEdited}>{fmtDateTime(doc().updatedAt)}</td>
      <td data-label={shellWords.completion}>{shellWords.completionValue(doc().reported, doc().expected)}</td>
      <td class="row-actions">
        <Show when={props.confirmingReset}>
          <span role="alert" class="confirm">
            {shellWords.confirmDemoReset(name())}
          </span>{' '}
          <button type="button" class="danger" onClick={a.reset}>
            {shellWords.resetDemo}
          </button>
          <button type="button" onClick={() => a.askReset(false)}>
            {shellWords.cancel}
          </button>
        </Show>
        <Show
          when={props.confirming}
          fallback={
            <Show when={!props.confirmingReset}>
              <button type="button" class="primary" onClick={a.open} aria-label={`${shellWords.open} ${name()}`}>
                {shellWords.open}
              </button>
              <button type="button" onClick={a.rename} aria-label={`${shellWords.rename} ${name()}`}>
                {shellWords.rename}
              </button>
              <button type="button" onClick={a.duplicate} aria-label={`${shellWords.duplicateNextYear}: ${name()}`}>
                {shellWords.duplicateNextYear}
              </button>
              <Show when={isDemo(doc())}>
                <button type="button" onClick={() => a.askReset(true)} aria-label={`${shellWords.resetDemo}: ${name()}`}>
                  {shellWords.resetDemo}
                </button>
              </Show>
              <button type="button" class="danger" onClick={() => a.askDelete(true)} aria-label={`${shellWords.delete} ${name()}`}>
                {shellWords.delete}
              </button>
            </Show>
          }
        >
          <span role="alert" class="confirm">
            {shellWords.confirmDelete(name())}
          </span>{' '}
          <button type="button" class="danger" onClick={a.remove}>
            {shellWords.delete}
          </button>
          <button type="button" onClick={() => a.askDelete(false)}>
            {shellWords.cancel}
          </button>
        </Show>
      </td>
    </>
  );
}

function RenameCells(props: {
  doc: Pick<LibraryEntry, 'id' | 'city' | 'country' | 'year'>;
  onDone: (fields: { city: string; country: string; year: number } | null) => void;
}): JSX.Element {
  const [city, setCity] = createSignal(props.doc.city);
  const [country, setCountry] = createSignal(props.doc.country);
  const [year, setYear] = createSignal(String(props.doc.year));
  const [error, setError] = createSignal<string | null>(null);
  const submit = () => {
    const y = Number(year().trim());
    if (!city().trim()) return setError(shellWords.cityRequired);
    if (!(Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR)) return setError(shellWords.yearInvalid);
    props.onDone({ city: city().trim(), country: country().trim(), year: y });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') submit();
    if (e.key === 'Escape') props.onDone(null);
  };
  return (
    <>
      <th scope="row">
        <label class="visually-hidden" for={`rename-city-${props.doc.id}`}>
          {shellWords.city}
        </label>
        <input
          id={`rename-city-${props.doc.id}`}
          value={city()}
          onInput={(e) => setCity(e.currentTarget.value)}
          onKeyDown={onKey}
          ref={(el) => queueMicrotask(() => el.focus())}
        />
        <Show when={error()}>
          <span class="form-error" role="alert">
            {error()}
          </span>
        </Show>
      </th>
      <td>
        <label class="visually-hidden" for={`rename-country-${props.doc.id}`}>
          {shellWords.country}
        </label>
        <input id={`rename-country-${props.doc.id}`} value={country()} onInput={(e) => setCountry(e.currentTarget.value)} onKeyDown={onKey} />
      </td>
      <td>
        <label class="visually-hidden" for={`rename-year-${props.doc.id}`}>
          {shellWords.year}
        </label>
        <input id={`rename-year-${props.doc.id}`} class="year-input" value={year()} onInput={(e) => setYear(e.currentTarget.value)} onKeyDown={onKey} />
        <button type="button" class="primary" onClick={submit}>
          {shellWords.save}
        </button>
        <button type="button" onClick={() => props.onDone(null)}>
          {shellWords.cancel}
        </button>
      </td>
    </>
  );
}
