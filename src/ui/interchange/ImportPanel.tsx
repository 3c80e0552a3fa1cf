import { createEffect, createMemo, createSignal, createUniqueId, For, Match, onCleanup, Show, Switch, type JSX } from 'solid-js';
import { lazyView } from '../stale-chunks';
import { MAX_YEAR, MIN_YEAR, type AssessmentDoc, type RefusedAssessment } from '../../engine/assessment';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { AssessmentInput } from '../../engine/types';
import type { FrozenMark } from '../../engine/review';
import { getSetting, type Notifier, type StorageProblem, type WorkbenchDb } from '../../storage/db';
import type { Edit } from '../../session';
import { applyUpdate, previewUpdate, type UpdateSource } from '../../session/import-update';
import { savingWords } from '../strings/saving';
import { FilePicker } from './FilePicker';
import type { ImportProblem, ReadChoices } from './import-file';
import type { DecimalChoice, SheetChoice } from '../../engine/csv';
import type { DecimalStyle } from '../../engine/parse';
import { assessmentName, docFromTable, likelyMatch, percentText } from './model';
import { storedIds, storeFile, type FileStored } from '../../storage/import';
import { previewLines, type PreviewLine } from '../../interchange/import-docs';
import { listSummaries, readListing, watchDoc, type LibraryEntry } from '../../storage/library-summaries';
import { AssessmentPicker } from './AssessmentPicker';
import { ProblemList, ReadReport } from './ProblemList';
import { interchangeWords } from '../strings/interchange';
import { acceptFor } from '../../interchange/formats';
import type { ReadProgress } from '../../worker/read-client';
import { ReadingProgress } from './ReadingProgress';
import { errorName } from '../errors';
import './interchange.css';

// What is shown only once a file was read, and the readers, load then: not with the page, which shows
// the library with this panel at once (bench/bundle.ts counts what loads before the grid).
const FingerprintMark = lazyView(() => import('../review/ReportParts').then((m) => ({ default: m.FingerprintMark })));
const ScorePreview = lazyView(() => import('./ImportPreview').then((m) => ({ default: m.ScorePreview })));
const UpdateChanges = lazyView(() => import('./ImportPreview').then((m) => ({ default: m.UpdateChanges })));

/** Every registered format that holds assessments or values (src/interchange/formats.ts). */
export const IMPORT_ACCEPT = acceptFor(['assessments', 'values']);

export interface ImportPanelProps {
  /**
   * The panel STORES what it imports (one transaction, all or nothing) and then reports it: it needs
   * the database to detect ids that are already stored.
   */
  db: WorkbenchDb;
  /** Called after the documents were stored, with the ids they were stored under (new ones where needed). */
  onImported: (ids: string[]) => void;
  /** The library as the caller lists it (its summaries, live); without it the panel reads its own. */
  library?: () => readonly LibraryEntry[] | undefined;
  /** Tells other tabs an update was saved (they also see the stored row change). */
  notifier?: Notifier;
  /** Called after a stored assessment was updated from the file, with the edits that undo the update. */
  onUpdated?: (doc: AssessmentDoc, undo: Edit[], changes: number) => void;
}

type Phase =
  | { kind: 'idle' }
  /** `progress`: a large file read in a worker, how far it is (src/worker/read-client.ts). */
  | { kind: 'reading'; name: string; progress?: ReadProgress }
  | {
      kind: 'failed';
      name: string;
      message: string;
      problems: ImportProblem[];
      file: File;
      choices: ReadChoices;
      encoding?: { likely: 'windows-1252' | null };
      decimal?: DecimalChoice;
      sheets?: SheetChoice;
    }
  | {
      kind: 'json';
      name: string;
      /** Assessments read: kept by the page for a small file, by the read worker for a large one. */
      count: number;
      /** The first ones as the preview lists them. */
      lines: PreviewLine[];
      /** The file's one assessment, whole (it may update a stored one). */
      single?: AssessmentDoc;
      clashes: Set<string>;
      refused: RefusedAssessment[];
      notes: string[];
      /** Stores the file's assessments as confirmed (where they are kept), all or nothing. */
      store: (replaceConfirmed: boolean) => Promise<FileStored>;
    }
  | {
      kind: 'table';
      name: string;
      input: AssessmentInput;
      rows: number;
      file: File;
      choices: ReadChoices;
      decimal: DecimalChoice;
      rejected: ImportProblem[];
      ignored: ImportProblem[];
      resultColumns: string[];
      notes: string[];
      sheets?: SheetChoice;
      update: Extract<UpdateSource, { kind: 'table' }>;
    };

/**
 * Import of assessment JSON / workspace files, values CSV and values spreadsheets. The size is checked
 * before reading; every problem is listed (line and column, or Excel cell, where there is one) in a live
 * region. A file with a bad row or header is not stored; a table whose only faults are bad cells is shown
 * with each cell kept as text (or left out) and its reason, and stored only when the user goes on.
 * Before anything is stored the panel shows the scores the file would give. One assessment (a JSON
 * file or a values table) is imported as a new assessment or as an update of a stored one, chosen with
 * the likely one proposed (the same id: a file exported from here comes back as an update, never as a
 * silent copy; else the same city and year); an update lists every change and the scores before and
 * after, and is applied as edits through an editing session (session/import-update.ts). A workspace
 * file adds its assessments as new ones, and replaces stored ones only after an explicit confirmation.
 */
export function ImportPanel(props: ImportPanelProps): JSX.Element {
  const uid = createUniqueId();
  const [phase, setPhase] = createSignal<Phase>({ kind: 'idle' });
  const [status, setStatus] = createSignal('');
  const [replace, setReplace] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const [storing, setStoring] = createSignal(false);
  const [storeError, setStoreError] = createSignal<string | null>(null);
  const [city, setCity] = createSignal('');
  const [country, setCountry] = createSignal('');
  const [year, setYear] = createSignal('');
  const [formError, setFormError] = createSignal<string | null>(null);
  /** The library, for the assessment to update. */
  const [own, setOwn] = createSignal<readonly LibraryEntry[]>([]);
  if (!props.library) {
    const sub = listSummaries(props.db).subscribe({ next: (l) => setOwn(l.entries), error: () => {} });
    onCleanup(() => sub.unsubscribe());
  }
  const library = () => (props.library ? (props.library() ?? []) : own());
  /** A new assessment, or an update of the stored one `targetId`; `match` says why one was proposed. */
  const [dest, setDest] = createSignal<'new' | 'update'>('new');
  const [targetId, setTargetId] = createSignal('');
  const [match, setMatch] = createSignal<'id' | 'name' | null>(null);
  let token = 0;
  /** Ends the worker reading a large file, if one is (a newer file, Cancel, or the panel closed). */
  let cancelReading: (() => void) | null = null;
  onCleanup(() => cancelReading?.());
  const cancelRead = () => cancelReading?.();

  /** The library as stored now (the live list may not have arrived when the first file is read). */
  const storedList = (): Promise<readonly LibraryEntry[]> =>
    readListing(props.db).then(
      (l) => l.entries,
      () => [],
    );

  /** Proposes an update of the likely stored assessment: by default when the file's id is stored, or (a table) its city and year. */
  const propose = async (file: { id?: string; city: string; year: number | null; frozen?: FrozenMark }, updateByName: boolean) => {
    const docs = await storedList();
    const m = likelyMatch(docs, file);
    setMatch(m?.by ?? null);
    setTargetId(m?.id ?? docs[0]?.id ?? '');
    // A frozen file whose data no longer has its fingerprint is kept apart by default, never proposed as an update.
    const forged = file.frozen !== undefined && !(await (await import('../../engine/fingerprint')).checkFingerprint(file as AssessmentDoc, u4ssc)).matches;
    setDest(m && !forged && (m.by === 'id' || updateByName) ? 'update' : 'new');
  };

  /** Reads a file; `choices` are what the user chose for it (its decimal mark, reading it as Windows-1252). */
  const onFile = async (file: File, chosen: ReadChoices = {}) => {
    const mine = ++token;
    cancelReading?.();
    cancelReading = null;
    setStatus('');
    setStoreError(null);
    setReplace(false);
    setConfirming(false);
    setFormError(null);
    setPhase({ kind: 'reading', name: file.name });
    const choices: ReadChoices = { ...chosen, fallback: await getSetting<DecimalStyle>(props.db, 'decimal', 'point') };
    const { readImportFile, wordFileRead, refusedForSize, OFF_THREAD_BYTES } = await import('./import-file');
    let r: Awaited<ReturnType<typeof readImportFile>>;
    if (file.size >= OFF_THREAD_BYTES && !refusedForSize(file)) {
      // A large file is read in a worker: the tab stays live, the bar shows how far it is, and Cancel
      // ends the worker. Nothing is stored before the user confirms, so a cancel changes nothing.
      const { readInWorker } = await import('../../worker/read-client');
      if (mine !== token) return;
      // A file of several assessments stays in the worker, which stores it there once the user confirms:
      // the page gets only what the preview shows (issue #32). Not a database in this tab's memory.
      const run = readInWorker(
        file,
        choices,
        (progress) => mine === token && setPhase({ kind: 'reading', name: file.name, progress }),
        props.db.persistent ? props.db.name : undefined,
      );
      cancelReading = run.cancel;
      const out = await run.result.catch((e: unknown) => ({ kind: 'failed' as const, name: errorName(e) }));
      if (mine !== token) return;
      // A file the worker keeps: its worker ends with the preview (Cancel, another file, the panel closed).
      if (out.kind !== 'held') cancelReading = null;
      if (out.kind === 'cancelled') {
        setPhase({ kind: 'idle' });
        return setStatus(interchangeWords.readingCancelled(file.name));
      }
      r = out.kind === 'failed' ? { ok: false, message: interchangeWords.readFailed(out.name), problems: [] } : wordFileRead(out, file.name);
    } else r = await readImportFile(file, u4ssc, choices);
    if (mine !== token) return; // a newer file was chosen meanwhile
    if (!r.ok) {
      return setPhase({
        kind: 'failed',
        name: file.name,
        message: r.message,
        problems: r.problems,
        file,
        choices,
        ...(r.encoding && { encoding: r.encoding }),
        ...(r.decimal && { decimal: r.decimal }),
        ...(r.sheets && { sheets: r.sheets }),
      });
    }
    if (r.kind === 'held') {
      const { held } = r;
      return setPhase({
        kind: 'json',
        name: file.name,
        count: held.count,
        lines: held.lines,
        clashes: new Set(held.clashes),
        refused: r.refused,
        notes: r.notes,
        store: held.store,
      });
    }
    if (r.kind === 'json') {
      const { docs } = r;
      const clashes = await storedIds(
        props.db,
        docs.map((d) => d.id),
      );
      const lines = await previewLines(docs, u4ssc, referenceTargets);
      if (docs.length === 1) await propose(docs[0], false);
      if (mine !== token) return;
      return setPhase({
        kind: 'json',
        name: file.name,
        count: docs.length,
        lines,
        ...(docs.length === 1 && { single: docs[0] }),
        clashes,
        refused: r.refused,
        notes: r.notes,
        store: (replaceConfirmed) => storeFile(props.db, docs, { name: file.name, clashes, replaceConfirmed }),
      });
    }
    setCity(r.suggestion.city);
    setCountry('');
    setYear(r.suggestion.year === null ? '' : String(r.suggestion.year));
    await propose(r.suggestion, true);
    if (mine !== token) return;
    setPhase({
      kind: 'table',
      name: file.name,
      input: r.input,
      rows: r.rows,
      file,
      choices,
      decimal: r.decimal,
      rejected: r.rejected,
      ignored: r.ignored,
      resultColumns: r.resultColumns,
      notes: r.notes,
      ...(r.sheets && { sheets: r.sheets }),
      update: r.update,
    });
  };

  /** The decimal mark a table was read with and why, and a choice that reads the file again with the other. */
  const decimalControl = (p: { file: File; choices: ReadChoices; decimal: DecimalChoice }) => (
    <div class="field ix-decimal">
      <label for={`${uid}-decimal`}>{interchangeWords.decimalLegend}</label>
      <select
        id={`${uid}-decimal`}
        data-testid="import-decimal"
        value={p.decimal.mark}
        aria-describedby={`${uid}-decimal-why`}
        onChange={(e) => void onFile(p.file, { ...p.choices, decimal: e.currentTarget.value as DecimalStyle })}
      >
        <option value="point">{interchangeWords.decimalPointFile}</option>
        <option value="comma">{interchangeWords.decimalCommaFile}</option>
      </select>
      <p id={`${uid}-decimal-why`} class="hint" data-testid="import-decimal-why">
        {interchangeWords.decimalFrom(p.decimal)}
      </p>
    </div>
  );

  /** A workbook's sheets, the one read chosen (hidden ones said): another reads the file again from it. */
  const sheetControl = (p: { file: File; choices: ReadChoices; sheets?: SheetChoice }) => (
    <Show when={p.sheets && p.sheets.names.length > 1 && p.sheets}>
      {(sheets) => (
        <div class="field ix-sheet">
          <label for={`${uid}-sheet`}>{interchangeWords.sheetLegend}</label>
          <select
            id={`${uid}-sheet`}
            data-testid="import-sheet"
            onChange={(e) => e.currentTarget.value !== '' && void onFile(p.file, { ...p.choices, sheet: e.currentTarget.value })}
          >
            <Show when={sheets().read === null}>
              <option value="" selected>
                {interchangeWords.sheetChoose}
              </option>
            </Show>
            <For each={sheets().names}>
              {(name) => (
                <option value={name} selected={name === sheets().read}>
                  {sheets().hidden.includes(name) ? interchangeWords.sheetHidden(name) : name}
                </option>
              )}
            </For>
          </select>
        </div>
      )}
    </Show>
  );

  /** Why nothing was stored, in words. */
  const storeFailure = (problem: StorageProblem) =>
    problem.kind === 'quota' ? interchangeWords.storeQuota : interchangeWords.storeFailed(savingWords.problem(problem));

  /** Stores what the preview shows (`run`), then reports it; a failure stores nothing and keeps the preview, to try again. */
  const store = async (run: () => Promise<FileStored>, done?: () => void) => {
    setStoring(true);
    setStoreError(null);
    try {
      const out = await run();
      if (!out.ok) return setStoreError(storeFailure(out.problem));
      done?.();
      setPhase({ kind: 'idle' });
      setConfirming(false);
      setStatus(interchangeWords.imported(out.ids.length));
      props.onImported(out.ids);
    } catch (e) {
      setStoreError(interchangeWords.storeFailed(savingWords.problem({ kind: 'failed', name: errorName(e) })));
    } finally {
      setStoring(false);
    }
  };

  const importJson = (p: Extract<Phase, { kind: 'json' }>, replaceConfirmed: boolean) =>
    store(
      () => p.store(replaceConfirmed),
      // The worker that kept the file is done with it.
      () => {
        cancelReading?.();
        cancelReading = null;
      },
    );

  const createFromTable = (p: Extract<Phase, { kind: 'table' }>) => (e: SubmitEvent) => {
    e.preventDefault();
    if (dest() === 'update') return void update();
    const y = Number(year().trim());
    if (!city().trim()) return setFormError(interchangeWords.cityRequired);
    if (!(Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR)) return setFormError(interchangeWords.yearInvalid(MIN_YEAR, MAX_YEAR));
    setFormError(null);
    const doc = docFromTable(
      p.input,
      { city: city().trim(), country: country().trim(), year: y, notes: interchangeWords.importedNote(p.name) },
      u4ssc,
      referenceTargets.data.id,
    );
    void store(() => storeFile(props.db, [doc], { name: p.name, clashes: new Set(), replaceConfirmed: false }));
  };

  const cancel = () => {
    token++;
    cancelReading?.();
    cancelReading = null;
    setPhase({ kind: 'idle' });
    setConfirming(false);
  };

  /**
   * The stored assessment an update would change, read in full (the library holds summaries) and live:
   * another tab's save of it updates the preview.
   */
  const [targetDoc, setTargetDoc] = createSignal<AssessmentDoc | undefined>();
  const targetKey = createMemo(() => (dest() === 'update' && library().some((d) => d.id === targetId()) ? targetId() : ''));
  createEffect(() => {
    const id = targetKey();
    setTargetDoc(undefined);
    if (!id) return;
    const sub = watchDoc(props.db, id).subscribe({ next: (doc) => setTargetDoc(doc), error: () => setTargetDoc(undefined) });
    onCleanup(() => sub.unsubscribe());
  });
  const target = () => (dest() === 'update' ? targetDoc() : undefined);
  /** What the file the panel holds would change in it (one assessment: a JSON file of one, or a table). */
  const source = createMemo((): UpdateSource | null => {
    const p = phase();
    if (p.kind === 'table') return p.update;
    if (p.kind === 'json' && p.single) return { kind: 'doc', doc: p.single };
    return null;
  });
  const preview = createMemo(() => {
    const t = target();
    const src = source();
    return t && src ? previewUpdate(t, src) : null;
  });

  const update = async () => {
    const src = source();
    const t = target();
    if (!src || !t) return;
    setStoring(true);
    setStoreError(null);
    const r = await applyUpdate(props.db, t.id, src, { ...(props.notifier && { notifier: props.notifier }) });
    setStoring(false);
    if (!r.ok) return setStoreError(r.problem.kind === 'frozen' ? interchangeWords.updateFrozen : savingWords.problem(r.problem));
    token++;
    setPhase({ kind: 'idle' });
    setStatus(interchangeWords.updated(assessmentName(r.doc), r.edits.length));
    props.onUpdated?.(r.doc, r.undo, r.edits.length);
  };

  /** New or update, with the stored assessment to update; shown when the library holds any. */
  const destination = () => (
    <Show when={library().length > 0}>
      <fieldset class="ix-choice" data-testid="import-dest">
        <legend>{interchangeWords.destLegend}</legend>
        <label>
          <input type="radio" name={`${uid}-dest`} value="update" checked={dest() === 'update'} onChange={() => setDest('update')} />
          {interchangeWords.destUpdate}
        </label>
        <div class="field ix-pick">
          <label for={`${uid}-target`}>{interchangeWords.destPick}</label>
          <AssessmentPicker
            id={`${uid}-target`}
            testId="import-target"
            entries={library}
            value={targetId()}
            disabled={dest() !== 'update'}
            onPick={setTargetId}
          />
        </div>
        <Show when={match() && dest() === 'update'}>
          <p class="hint">{match() === 'id' ? interchangeWords.destMatchId : interchangeWords.destMatchName}</p>
        </Show>
        <label>
          <input type="radio" name={`${uid}-dest`} value="new" checked={dest() === 'new'} onChange={() => setDest('new')} />
          {interchangeWords.destNew}
        </label>
      </fieldset>
    </Show>
  );

  /** The update's changes and its buttons (the scores are shown above). */
  const updatePart = () => (
    <Show when={target()}>
      {(t) => (
        <>
          <Show when={t().frozen}>
            <p class="notice notice-warning">{interchangeWords.updateFrozen}</p>
          </Show>
          <Show when={preview()}>{(pv) => <UpdateChanges stored={t()} preview={pv()} />}</Show>
          <div class="ix-buttons">
            <button
              type="button"
              class="primary"
              data-testid="import-update"
              disabled={storing() || !!t().frozen || (preview()?.edits.length ?? 0) === 0}
              onClick={() => void update()}
            >
              {interchangeWords.updateButton(assessmentName(t()))}
            </button>
            <button type="button" onClick={cancel}>
              {interchangeWords.cancel}
            </button>
          </div>
        </>
      )}
    </Show>
  );

  return (
    <section class="panel ix-import" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{interchangeWords.importTitle}</h3>
      <p class="hint">{interchangeWords.importHelp}</p>
      <FilePicker label={interchangeWords.chooseFile} accept={IMPORT_ACCEPT} onFile={(f) => void onFile(f)} disabled={storing()} />

      <Show when={phase().kind === 'reading' && (phase() as Extract<Phase, { kind: 'reading' }>).progress}>
        {(progress) => <ReadingProgress name={(phase() as Extract<Phase, { kind: 'reading' }>).name} progress={progress()} onCancel={cancelRead} />}
      </Show>
      <div class="ix-live" aria-live="polite" data-testid="import-messages">
        <Show when={status()}>
          <p role="status">{status()}</p>
        </Show>
        <Switch>
          <Match when={phase().kind === 'reading' && (phase() as Extract<Phase, { kind: 'reading' }>)}>
            {(p) => <p>{interchangeWords.reading(p().name)}</p>}
          </Match>
          <Match when={phase().kind === 'failed' && (phase() as Extract<Phase, { kind: 'failed' }>)}>
            {(p) => (
              <>
                <ProblemList name={p().name} message={p().message} problems={p().problems} />
                <Show when={p().encoding?.likely === 'windows-1252'}>
                  <p class="hint">{interchangeWords.read1252Hint}</p>
                  <div class="ix-buttons">
                    <button type="button" onClick={() => void onFile(p().file, { ...p().choices, allow1252: true })}>
                      {interchangeWords.read1252}
                    </button>
                  </div>
                </Show>
                {sheetControl(p())}
                <Show when={p().decimal}>{(d) => <>{decimalControl({ file: p().file, choices: p().choices, decimal: d() })}</>}</Show>
              </>
            )}
          </Match>
        </Switch>
        <Show when={storeError()}>
          <p class="form-error" role="alert">
            {storeError()}
          </p>
        </Show>
      </div>

      <Show when={phase().kind === 'json' && (phase() as Extract<Phase, { kind: 'json' }>)}>
        {(p) => (
          <div class="ix-ready">
            <p>{interchangeWords.readyJson(p().count)}</p>
            <ReadReport refused={p().refused} notes={p().notes} />
            <ul class="ix-doc-list">
              <For each={p().lines}>
                {(d) => (
                  <li>
                    {interchangeWords.docLine(d.city, d.year, d.entered)}
                    <Show when={p().count > 1}>
                      {' · '}
                      {interchangeWords.overall}: {percentText(d.overall)}
                    </Show>
                    <Show when={d.frozen}>{(f) => <FingerprintMark fingerprint={f().fingerprint} matches={f().matches} />}</Show>
                  </li>
                )}
              </For>
              <Show when={p().count > p().lines.length}>
                <li>{interchangeWords.targetsMore(p().count - p().lines.length)}</li>
              </Show>
            </ul>
            <Show when={p().single}>
              {(single) => (
                <>
                  {destination()}
                  <ScorePreview after={preview()?.after ?? single()} before={target()} />
                </>
              )}
            </Show>
            <Show when={p().count > 1 && p().clashes.size > 0}>
              <fieldset class="ix-choice">
                <legend>{interchangeWords.clashLegend}</legend>
                <p class="notice">{interchangeWords.clashNotice(p().clashes.size, p().count)}</p>
                <label>
                  <input type="radio" name={`${uid}-clash`} checked={!replace()} onChange={() => (setReplace(false), setConfirming(false))} />
                  {interchangeWords.clashAsNew}
                </label>
                <label>
                  <input type="radio" name={`${uid}-clash`} checked={replace()} onChange={() => setReplace(true)} />
                  {interchangeWords.clashReplace}
                </label>
              </fieldset>
            </Show>
            <Show when={p().single && dest() === 'update'}>{updatePart()}</Show>
            <Show when={!(p().single && dest() === 'update')}>
              <Show
                when={confirming()}
                fallback={
                  <div class="ix-buttons">
                    <button
                      type="button"
                      class="primary"
                      disabled={storing()}
                      onClick={() => (replace() && p().clashes.size > 0 ? setConfirming(true) : void importJson(p(), false))}
                    >
                      {replace() && p().clashes.size > 0 ? interchangeWords.importReplace : interchangeWords.importAll(p().count)}
                    </button>
                    <button type="button" onClick={cancel}>
                      {interchangeWords.cancel}
                    </button>
                  </div>
                }
              >
                <div class="ix-confirm" role="alertdialog" aria-labelledby={`${uid}-confirm`}>
                  <p id={`${uid}-confirm`} class="confirm">
                    {interchangeWords.confirmReplace(p().clashes.size)}
                  </p>
                  <div class="ix-buttons">
                    <button type="button" class="danger" disabled={storing()} onClick={() => void importJson(p(), true)}>
                      {interchangeWords.replaceNow(p().clashes.size)}
                    </button>
                    <button type="button" onClick={() => setConfirming(false)}>
                      {interchangeWords.cancel}
                    </button>
                  </div>
                </div>
              </Show>
            </Show>
          </div>
        )}
      </Show>

      <Show when={phase().kind === 'table' && (phase() as Extract<Phase, { kind: 'table' }>)}>
        {(p) => (
          <form class="ix-ready ix-table-form" onSubmit={createFromTable(p())}>
            <p>{dest() === 'new' ? interchangeWords.readyTable(p().rows) : interchangeWords.tableRead(p().rows)}</p>
            {sheetControl(p())}
            {decimalControl(p())}
            <Show when={p().notes.length > 0}>
              <ul class="hint" data-testid="import-notes" aria-label={interchangeWords.readingNotes}>
                <For each={p().notes}>{(n) => <li>{n}</li>}</For>
              </ul>
            </Show>
            <Show when={p().rejected.length > 0}>
              <div class="ix-problems" data-testid="import-rejected">
                <p class="notice">{interchangeWords.rejectedCells(p().rejected.length)}</p>
                <ul>
                  <For each={p().rejected.slice(0, 50)}>{(q) => <li>{interchangeWords.problemAt(q.row, q.column, q.message, q.cell)}</li>}</For>
                </ul>
              </div>
            </Show>
            <Show when={p().ignored.length > 0}>
              <div class="ix-problems" data-testid="import-ignored">
                <p class="notice">{interchangeWords.ignoredCells(p().ignored.length)}</p>
                <ul>
                  <For each={p().ignored.slice(0, 50)}>{(q) => <li>{interchangeWords.problemAt(q.row, q.column, q.message, q.cell)}</li>}</For>
                </ul>
              </div>
            </Show>
            <Show when={p().resultColumns.length > 0}>
              <p class="hint" data-testid="import-result-columns">
                {interchangeWords.resultColumnsNotRead(p().resultColumns.join(', '))}
              </p>
            </Show>
            {destination()}
            <ScorePreview after={preview()?.after ?? p().input} before={target()} />
            <Show when={dest() === 'update'}>{updatePart()}</Show>
            <Show when={dest() === 'new'}>
              <div class="ix-fields">
                <div class="field">
                  <label for={`${uid}-city`}>{interchangeWords.city}</label>
                  <input id={`${uid}-city`} value={city()} onInput={(e) => setCity(e.currentTarget.value)} autocomplete="off" required />
                </div>
                <div class="field">
                  <label for={`${uid}-country`}>{interchangeWords.country}</label>
                  <input id={`${uid}-country`} value={country()} onInput={(e) => setCountry(e.currentTarget.value)} autocomplete="off" />
                </div>
                <div class="field field-year">
                  <label for={`${uid}-year`}>{interchangeWords.year}</label>
                  <input id={`${uid}-year`} inputmode="numeric" value={year()} onInput={(e) => setYear(e.currentTarget.value)} />
                </div>
              </div>
              <Show when={formError()}>
                <p class="form-error" role="alert">
                  {formError()}
                </p>
              </Show>
              <div class="ix-buttons">
                <button type="submit" class="primary" disabled={storing()}>
                  {interchangeWords.createFromTable}
                </button>
                <button type="button" onClick={cancel}>
                  {interchangeWords.cancel}
                </button>
              </div>
            </Show>
          </form>
        )}
      </Show>
    </section>
  );
}
