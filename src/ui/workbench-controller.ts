/**
 * The workbench controller (#27 item 3): one open assessment's session lifecycle, the engine's send and
 * receive, the held Enter, the frozen and version paths, the other-tab notices and the view tabs, in
 * plain TypeScript (Solid signals, no JSX, no DOM). Workbench.tsx renders this state and dispatches to
 * it; it owns the grid's element and the page's events (visibility, unload), and hands the grid in
 * through `attach` as the few operations the controller draws with (`WorkbenchGrid`).
 *
 * One controller per opened assessment: once closed, nothing that arrives late (a score, an
 * explanation, a save state, another tab's change) is drawn or said.
 */
import { createSignal } from 'solid-js';
import type { AssessmentDoc } from '../engine/assessment';
import { u4ssc } from '../engine/frameworks/u4ssc';
import type { Explanation } from '../engine/explain';
import type { Patch } from '../engine/evaluator';
import type { DecimalStyle } from '../engine/parse';
import type { Scores } from '../engine/types';
import { checkEdit, loadForEditing, Session, type Clash, type Edit, type LostEdit, type SaveState } from '../session';
import { addAssessment, getSetting, setSetting, storageProblem, type Notifier, type WorkbenchDb } from '../storage/db';
import { localRules, type LocalRules } from '../storage/local-framework';
import type { EngineClient } from '../worker/client';
import { rereadProfile } from './decimal';
import { describeEdit, setAsideReport, show } from './edit-wording';
import { localeDecimal } from './format';
import { shellWords } from './strings';
import { localiseExplanation } from './strings/kpi-names';
import { savingWords } from './strings/saving';
import { reviewWords } from './strings/review';
import { VIEWS, type View } from './views';
import { freezeEdit, nextVersionOf } from './workbench-versions';

/** The settings key of the name that signs review steps. */
export const REVIEWER_SETTING = 'reviewerName';

/** What the controller draws on the grid (KpiGrid has them all; a unit test hands a recorder). */
export interface WorkbenchGrid {
  load(doc: AssessmentDoc): void;
  setDoc(doc: AssessmentDoc): void;
  setScores(scores: Scores): void;
  makeReadOnly(): void;
  refreshProfile(doc: AssessmentDoc): void;
  redraw(): void;
  refreshDimensions(): void;
  redecimal(doc: AssessmentDoc, from: DecimalStyle): void;
  /** Kept text that reads as a number under the new decimal mark becomes a value; returns how many. */
  rereadKeptText(): number;
}

export interface WorkbenchControllerOptions {
  db: WorkbenchDb;
  notifier?: Notifier;
  tabId?: string;
  /** The assessment opened. */
  id: string;
  /** Made when the assessment is found (a worker each time). */
  engine: () => EngineClient;
  /** Opens another assessment (a new version). */
  onOpenOther: (id: string) => void;
  /** Back to the library. */
  onClose: () => void;
  /** The explanation of another data point has arrived and is shown (the view brings it into sight). */
  onExplanationShown?: () => void;
  /** The view shown first (the Workshop when opened from an exercise link). */
  view?: View;
  /** The save delay of the session (tests); the session's default otherwise. */
  saveDelay?: number;
  /**
   * Runs work an edit's frame does not need once that frame is painted (`afterNextPaint` in the page):
   * the panels that show the whole assessment and the explanation follow an edit a frame after the grid
   * and the summary. Default: at once.
   */
  afterPaint?: (work: () => void) => void;
}

/**
 * The view tab that an arrow key moves to from `current`, or null when the key is not one of them.
 * Right to left, the next tab is on the left.
 */
export function tabAfter(current: View, key: string, rtl: boolean): View | null {
  const i = VIEWS.indexOf(current);
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
  return key === forward ? VIEWS[(i + 1) % VIEWS.length] : key === back ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length] : null;
}

export type WorkbenchController = ReturnType<typeof createWorkbenchController>;

export function createWorkbenchController(opts: WorkbenchControllerOptions) {
  const { db } = opts;
  const [doc, setDoc] = createSignal<AssessmentDoc | null>(null);
  /** Why the assessment cannot be shown: not stored, or stored by a newer app version. */
  const [missing, setMissing] = createSignal<string | false>(false);
  const [scores, setScores] = createSignal<Scores | null>(null);
  /** The scores as the panels beside the summary show them: `scores` once the frame that drew it is painted. */
  const [panelScores, setPanelScores] = createSignal<Scores | null>(null);
  const [decimal, setDecimal] = createSignal<DecimalStyle>(localeDecimal());
  const [saveState, setSaveState] = createSignal<SaveState>({ kind: 'saved', at: 0 });
  const [notice, setNotice] = createSignal<string | null>(null);
  /** Values of this tab another tab wrote over, offered back. */
  const [lost, setLost] = createSignal<LostEdit[]>([]);
  /** Leaving was asked while edits are not stored: the choice is the user's. */
  const [leaving, setLeaving] = createSignal(false);
  /**
   * A newer app took the database over (another tab): edits already typed are in the journal, which
   * the newer app replays; further typing is paused so that nothing is typed that cannot be stored.
   */
  const [paused, setPaused] = createSignal(db.replaced);
  const [selected, setSelected] = createSignal<string | null>(null);
  const [explanation, setExplanation] = createSignal<Explanation | null>(null);
  /** The aggregate explained (a summary row or a group row of the grid); a data point's selection clears it. */
  const [explained, setExplained] = createSignal<string | null>(null);
  const [view, setView] = createSignal<View>(opts.view ?? 'grid');
  /** The name that signs review steps, typed once per browser (a setting in IndexedDB). */
  const [who, setWho] = createSignal('');

  let grid: WorkbenchGrid | undefined;
  let session: Session | undefined;
  let engine: EngineClient | undefined;
  let engineLoaded = false;
  /** The assessment as it was opened (the unload guard compares with it when nothing can be stored). */
  let opened: AssessmentDoc | undefined;
  /** The stored framework file's validation rules this assessment runs (read once, when it opens). */
  let rules: LocalRules | null = null;
  let closed = false;

  const afterPaint = opts.afterPaint ?? ((work: () => void) => work());
  /**
   * What an edit's frame does not need, done once that frame is painted, once for several edits before
   * it: the panels follow the session's assessment (`doc`; the grid is told at once, by `setDoc`) and
   * the scores (`panelScores`; the summary and the grid draw `scores` at once), and the explanation of
   * the selected data point is asked for again. `doc` may lag the session by a frame; `current()` never does.
   */
  let later: { explain: boolean } | null = null;
  const afterThisFrame = (explain: boolean) => {
    if (later) {
      later.explain ||= explain;
      return;
    }
    const work = (later = { explain });
    afterPaint(() => {
      later = null;
      if (closed) return;
      if (session) setDoc(session.doc);
      setPanelScores(scores());
      if (work.explain) refreshExplain();
    });
  };

  const stopVersionWatch = db.onVersionChange(() => {
    setPaused(true);
    grid?.makeReadOnly();
  });

  /** A rejected worker call: the edits are stored all the same; the scores on screen are stale, and said so. */
  const engineFailed = () => {
    if (!closed) setNotice(shellWords.engineFailed);
  };

  const refreshExplain = () => {
    const id = selected();
    // Not before the assessment is sent to the worker: it answers in order, and an explain ahead of the
    // load was refused as "no assessment loaded" (the grid selects a cell before the load is sent).
    // A local KPI's row (the framework the assessment names) is not the engine's: its details are in the local KPIs panel.
    if (!id || !engine || !engineLoaded || !u4ssc.byId.has(id)) return setExplanation(null);
    engine.explain(id).then(
      (x) => {
        if (closed || selected() !== id) return;
        const another = explanation()?.id !== id;
        const localised = localiseExplanation(x);
        setExplanation(rules ? rules.explanation(localised, scores()) : localised);
        if (another) opts.onExplanationShown?.();
      },
      () => {
        if (closed) return;
        setExplanation(null);
        engineFailed();
      },
    );
  };

  const receive = (received: Scores | null) => {
    if (!received || closed) return;
    // The user's validation rules (the library's framework editor) warn on their rows like the engine's checks.
    const s = rules ? rules.scores(received, session?.doc.profile ?? {}) : received;
    performance.mark('ssc:scores-received');
    setScores(s);
    performance.mark('ssc:summary-updated');
    grid?.setScores(s);
    performance.mark('ssc:grid-updated');
    afterThisFrame(true);
  };

  /** The grid shows the session's assessment again (refused edits undone on screen), with the scores it had. */
  const redrawFromSession = (readOnly: boolean) => {
    if (!session) return;
    grid?.load(session.doc);
    if (readOnly) grid?.makeReadOnly();
    const s = scores();
    if (s) grid?.setScores(s);
  };

  /**
   * An Enter the grid holds (KpiGrid.holdEnter): its edits are stored and sent to the engine now, in
   * the keystroke's own task (so the hold never delays storing them), but drawn only when the grid
   * commits them, with their scores if these have arrived.
   */
  let held: { key: string; scores: Scores | null; shown: boolean } | null = null;

  /** Edits made by the user: stored (journal first), drawn, and sent to the engine, whose scores are drawn when they arrive. */
  const send = (edits: Edit[]) => {
    if (!session || !engine) return;
    // Refused edits (over a length limit every reader applies) are said and undone on screen.
    const refused = edits.map(checkEdit).filter((p) => p !== null);
    if (refused.length > 0) {
      edits = edits.filter((e) => !refused.some((p) => p.edit === e));
      if (!closed) {
        setNotice(refused.map((p) => savingWords.tooLong(describeEdit(p.edit), p.limit)).join(' '));
        redrawFromSession(false);
      }
      if (edits.length === 0) return;
    }
    if (paused()) return;
    const ahead = held;
    held = null;
    let patches: Patch[] = [];
    if (ahead?.key === JSON.stringify(edits)) ahead.shown = true;
    else {
      performance.mark('ssc:edit');
      patches = session.edit(edits);
    }
    // A field committed while the view closes (a blur on unmount): the journal keeps it; nothing to draw.
    if (closed) return;
    afterThisFrame(false);
    grid?.setDoc(session.doc);
    if (session.doc.frozen) grid?.makeReadOnly();
    if (edits.some((e) => e.kind === 'profile')) grid?.refreshProfile(session.doc);
    performance.mark('ssc:patched');
    // The scores of a held Enter, if already here, are drawn now: in the same frame as the commit.
    if (ahead?.shown && ahead.scores) receive(ahead.scores);
    if (patches.length > 0) void engine.apply(patches).then(receive, engineFailed);
  };

  /** The held Enter's edits, stored and scored ahead of their drawing; null when the grid must not hold. */
  const sendAhead = (edits: Edit[]): Promise<unknown> | null => {
    if (!session || !engine || paused() || closed || edits.some((e) => checkEdit(e) !== null) || session.refusal(edits)) return null;
    performance.mark('ssc:edit');
    const patches = session.edit(edits);
    const ahead = { key: JSON.stringify(edits), scores: null as Scores | null, shown: false };
    held = ahead;
    return engine.apply(patches).then((s) => {
      if (ahead.shown) receive(s);
      else ahead.scores = s;
    }, engineFailed);
  };

  /** Edits the frozen assessment refused (session.ts, freeze-rule.ts): said, and the frozen values shown again. */
  const refusedFrozen = () => {
    if (closed || !session) return;
    setNotice(reviewWords.frozenRefused);
    redrawFromSession(true);
  };

  /** Another tab (or an import) changed the stored assessment: shown and scored, with this tab's edits it overrode. */
  const onExternal = (next: AssessmentDoc, clashes: Clash[]) => {
    if (closed) return;
    setDoc(next);
    grid?.load(next);
    if (next.frozen) grid?.makeReadOnly();
    void engine?.load(next).then(receive, engineFailed);
    setNotice(
      clashes.length > 0
        ? `${shellWords.externalUpdate} ${shellWords.clashList(clashes.map((c) => shellWords.clashItem(describeEdit(c.edit), show(c.theirs))))}`
        : savingWords.replacedOrChanged,
    );
  };

  /**
   * Opens the assessment: the journal of a crash or a closed tab is folded in first, the settings and
   * the local rules are read, and the session starts. Returns the assessment as opened, or null when it
   * cannot be shown (`missing` says why) or the controller was closed meanwhile.
   */
  const open = async (): Promise<AssessmentDoc | null> => {
    let loaded: Awaited<ReturnType<typeof loadForEditing>>;
    let dec: DecimalStyle;
    try {
      let name: unknown;
      [loaded, dec, name, rules] = await Promise.all([
        loadForEditing(db, opts.id),
        getSetting<DecimalStyle>(db, 'decimal', localeDecimal()),
        getSetting<unknown>(db, REVIEWER_SETTING, ''),
        localRules(db, u4ssc),
      ]);
      if (typeof name === 'string') setWho(name);
    } catch (e) {
      if (!closed) setMissing(savingWords.problem(storageProblem(e)));
      return null;
    }
    if (closed) return null;
    const stored = loaded?.doc;
    const recovered = loaded?.recovered ?? 0;
    const setAside = loaded?.setAside ?? [];
    if (!stored) {
      setMissing(shellWords.notFound);
      return null;
    }
    setDecimal(dec === 'comma' ? 'comma' : 'point');
    session = new Session(db, stored, {
      notifier: opts.notifier,
      tabId: opts.tabId,
      delay: opts.saveDelay,
      onState: (s) => !closed && setSaveState(s),
      onExternal,
      onLost: (l) => !closed && setLost(l),
      onDeleted: () => !closed && setNotice(shellWords.deletedElsewhere),
      onRefused: refusedFrozen,
      signer: () => who().trim(),
    });
    setSaveState(session.state);
    if (recovered > 0 || setAside.length > 0)
      setNotice([recovered > 0 ? savingWords.recovered(recovered) : '', setAsideReport(setAside)].filter(Boolean).join(' '));
    engine = opts.engine();
    opened = stored;
    setDoc(stored);
    return stored;
  };

  /** The grid made for the opened assessment: drawn with it (read-only when frozen). */
  const attach = (g: WorkbenchGrid) => {
    grid = g;
    if (!opened) return;
    g.load(opened);
    if (opened.frozen) g.makeReadOnly();
  };

  /** Sends the opened assessment to the engine and draws its first scores. */
  const score = async (): Promise<void> => {
    if (!engine || !opened) return;
    const loading = engine.load(opened);
    engineLoaded = true;
    await loading.then(receive, engineFailed);
  };

  /** Ends the controller: late results are ignored, the session saves what it holds and closes, the worker ends. */
  const close = () => {
    closed = true;
    stopVersionWatch();
    void session?.close();
    engine?.dispose();
    grid = undefined;
  };

  /** Marks catalogue changes as read: saved edits like any other; the values and scores are untouched. */
  const acknowledge = (ids: string[]) => {
    send(ids.map((id) => ({ kind: 'acknowledge' as const, id })));
    grid?.redraw();
  };

  /** The values another tab wrote over, put back as this tab's edits. */
  const putBack = () => {
    const edits = lost().map((l) => l.edit);
    setLost([]);
    send(edits);
  };

  /** Back to the library; edits not stored are never dropped without asking. */
  const leave = async () => {
    await session?.flush();
    if (session && session.atRisk > 0) return setLeaving(true);
    opts.onClose();
  };

  /** Freezes the assessment as it is saved now, with the fingerprint of its data. */
  const freeze = async () => {
    await session?.flush();
    const current = session?.doc;
    if (!current || current.frozen) return;
    if (!who().trim()) return setNotice(reviewWords.problem({ kind: 'no-name' }));
    const edit = await freezeEdit(current, who().trim());
    // Edits typed while the fingerprint was computed would not be in it: freeze only the data fingerprinted.
    if (session?.doc !== current) return setNotice(reviewWords.frozenNoEdit);
    send([edit]);
  };

  /** Editing a frozen assessment: a new version (new id) recording this one as its parent, opened at once. */
  const newVersion = async () => {
    const current = session?.doc;
    if (!current?.frozen) return;
    const next = nextVersionOf(current);
    try {
      await addAssessment(db, next);
    } catch (e) {
      return setNotice(savingWords.problem(storageProblem(e)));
    }
    opts.onOpenOther(next.id);
  };

  const saveWho = (name: string) => {
    setWho(name);
    void setSetting(db, REVIEWER_SETTING, name).catch(() => {});
  };

  /** A data point selected (grid, phone entry, wheel): its explanation is asked for; an aggregate's is cleared. */
  const select = (id: string | null) => {
    setSelected(id);
    setExplained(null);
    // Asked for once the selection is painted: an Enter moves the selection in the frame of its edit.
    if (id) afterThisFrame(true);
    else refreshExplain();
  };

  const showView = (next: View) => {
    setView(next);
    // Handsontable measures itself; it was hidden while another view was shown.
    if (next === 'grid') queueMicrotask(() => grid?.refreshDimensions());
  };

  /**
   * The decimal mark changed: stored as a setting, the grid rewritten under it, and kept text that
   * now reads as a number becomes a value. Returns how many cells and fields were read again (null
   * before the assessment is shown).
   */
  const changeDecimal = (d: DecimalStyle): number | null => {
    const from = decimal();
    setDecimal(d);
    void setSetting(db, 'decimal', d);
    // The session's, not `doc`: an edit's panels may not have followed it yet.
    const current = session?.doc ?? doc();
    if (!current || !grid) return null;
    // The cells are written under the new mark; the undo history stays (its numbers rewritten too).
    grid.redecimal(current, from);
    const s = scores();
    if (s) grid.setScores(s);
    // Kept text that reads under the new mark becomes a value (grid cells and profile fields alike).
    const profile = rereadProfile(current, d);
    if (profile.length > 0) send(profile);
    return grid.rereadKeptText() + profile.length;
  };

  return {
    // State the view renders.
    doc,
    missing,
    scores,
    panelScores,
    decimal,
    saveState,
    notice,
    setNotice,
    lost,
    dismissLost: () => setLost([]),
    leaving,
    stay: () => setLeaving(false),
    paused,
    selected,
    explanation,
    explained,
    explain: setExplained,
    view,
    who,
    /** The assessment being edited, newest first (the session's, which runs ahead of `doc` within a task). */
    current: (): AssessmentDoc | null => session?.doc ?? doc(),
    /** Edits typed but not yet stored anywhere. */
    atRisk: () => session?.atRisk ?? 0,
    /** Whether leaving the page now would lose edits: in memory only, every edit; otherwise the ones not yet stored. */
    unsavedOnUnload: () => !!session && (session.atRisk > 0 || (session.state.kind === 'memory' && session.doc !== opened)),
    // Lifecycle.
    open,
    attach,
    score,
    close,
    flush: (): Promise<void> => session?.flush() ?? Promise.resolve(),
    // Actions.
    send,
    sendAhead,
    acknowledge,
    putBack,
    leave,
    freeze,
    newVersion,
    saveWho,
    select,
    refreshExplain,
    showView,
    changeDecimal,
  };
}
