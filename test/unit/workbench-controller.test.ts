/**
 * The workbench controller (src/ui/workbench-controller.ts) without a page: a real session over
 * fake-indexeddb, the real engine in-process behind a fake client whose results arrive when the test
 * releases them, and a grid that records what it is asked to draw.
 */
import 'fake-indexeddb/auto';
import { testDatabases } from './support/storage';
import { describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import type { Edit } from '../../src/session';
import { addAssessment, getAssessment, type WorkbenchDb } from '../../src/storage/db';
import { createWorkbenchController, tabAfter, type WorkbenchGrid } from '../../src/ui/workbench-controller';
import { freezeEdit } from '../../src/ui/workbench-versions';
import { shellWords } from '../../src/ui/strings';
import { savingWords } from '../../src/ui/strings/saving';
import { reviewWords } from '../../src/ui/strings/review';
import { createEngineApi } from '../../src/worker/engine-api';
import type { EngineClient } from '../../src/worker/client';

const ID = 'EC: ICT: ICT: 5A|';
const ID2 = 'EC: ICT: ICT: 1C|';
const { openDb, freshName } = testDatabases('controller');
const newDoc = (city = 'Lisbon') => createAssessment({ city, country: 'Portugal', year: 2024 }, u4ssc, 'reference');
const typed = (value: number, id = ID): Edit[] => [{ kind: 'value', id, field: 'value', value }];

/** The real engine, whose every answer waits until the test releases it (in the order asked). */
function heldEngine() {
  const api = createEngineApi(u4ssc, referenceTargets);
  let seq = 0;
  const waiting: { what: string; value: unknown; release: () => void }[] = [];
  const state = { disposed: false };
  const hold = <T>(what: string, compute: () => T): Promise<T> =>
    new Promise<T>((resolve) => {
      const value = compute();
      waiting.push({ what, value, release: () => resolve(value) });
    });
  const client: EngineClient = {
    load: (input) => hold('load', () => api.load(input, ++seq).scores),
    apply: (patches) => hold('apply', () => api.apply(patches, ++seq).scores),
    explain: (id) => hold('explain', () => api.explain(id)),
    dispose: () => void (state.disposed = true),
  };
  /** Releases the oldest waiting answer and returns what it carried once the controller has taken it. */
  const release = async (what: string) => {
    const next = waiting.shift();
    if (next?.what !== what) throw new Error(`expected a waiting ${what}, found ${next?.what ?? 'nothing'}`);
    next.release();
    // The controller's `then` runs in the microtasks after the resolution.
    await Promise.resolve();
    await Promise.resolve();
    return next.value;
  };
  return { client, waiting, release, state };
}

/** A grid that records what it is asked to draw. */
function recordingGrid() {
  const calls: string[] = [];
  const scores: unknown[] = [];
  /** The assessments the grid was rewritten from after a decimal switch. */
  const redecimalled: AssessmentDoc[] = [];
  const grid: WorkbenchGrid = {
    load: () => void calls.push('load'),
    setDoc: () => void calls.push('setDoc'),
    setScores: (s) => void (calls.push('setScores'), scores.push(s)),
    makeReadOnly: () => void calls.push('makeReadOnly'),
    refreshProfile: () => void calls.push('refreshProfile'),
    redraw: () => void calls.push('redraw'),
    refreshDimensions: () => void calls.push('refreshDimensions'),
    redecimal: (d) => void (calls.push('redecimal'), redecimalled.push(d)),
    rereadKeptText: () => 0,
  };
  return { grid, calls, scores, redecimalled };
}

/** A controller on `doc`, opened, its grid attached and its first scores drawn. */
async function opened(db: WorkbenchDb, doc: AssessmentDoc, more: { onOpenOther?: (id: string) => void; afterPaint?: (work: () => void) => void } = {}) {
  const engine = heldEngine();
  const { grid, calls, scores, redecimalled } = recordingGrid();
  const ctl = createWorkbenchController({
    db,
    id: doc.id,
    engine: () => engine.client,
    onOpenOther: more.onOpenOther ?? (() => {}),
    onClose: () => {},
    saveDelay: 5,
    afterPaint: more.afterPaint,
  });
  const shown = await ctl.open();
  expect(shown?.id).toBe(doc.id);
  ctl.attach(grid);
  const first = ctl.score();
  const loaded = await engine.release('load');
  await first;
  expect(ctl.scores()).toBe(loaded);
  return { ctl, engine, calls, scores, redecimalled };
}

describe('the workbench controller’s lifecycle', () => {
  it('opens the stored assessment with its journalled edits, draws the first scores, stores an edit and ends the worker on close', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    // An edit a closed tab left in the journal is folded in before anything is shown, and said.
    await db.journal.add({ assessmentId: doc.id, tabId: 'gone', at: 1, edit: typed(7, ID2)[0] });
    const { ctl, engine, calls } = await opened(db, doc);
    expect(ctl.doc()?.values[ID2]).toEqual({ value: 7 });
    expect(ctl.notice()).toBe(savingWords.recovered(1));
    expect(calls).toEqual(['load', 'setScores']);

    ctl.send(typed(12));
    expect(ctl.doc()?.values[ID]).toEqual({ value: 12 });
    expect(engine.waiting.map((w) => w.what)).toEqual(['apply']);
    const scored = await engine.release('apply');
    expect(ctl.scores()).toBe(scored);
    await ctl.flush();
    expect(ctl.saveState().kind).toBe('saved');
    expect((await getAssessment(db, doc.id))?.values[ID]).toEqual({ value: 12 });

    ctl.close();
    expect(engine.state.disposed).toBe(true);
  });

  it('says an assessment that is not stored is missing, and makes no engine', async () => {
    const db = openDb(freshName());
    let made = 0;
    const ctl = createWorkbenchController({ db, id: 'no-such-id', engine: () => (made++, heldEngine().client), onOpenOther: () => {}, onClose: () => {} });
    expect(await ctl.open()).toBeNull();
    expect(ctl.missing()).toBe(shellWords.notFound);
    expect(made).toBe(0);
    ctl.close();
  });

  it('a new version of a frozen assessment is stored and opened', async () => {
    const db = openDb(freshName());
    const plain = newDoc();
    const doc = await addAssessment(db, { ...plain, frozen: ((await freezeEdit(plain, 'Vera')) as Extract<Edit, { kind: 'freeze' }>).frozen });
    let other: string | null = null;
    const { ctl } = await opened(db, doc, { onOpenOther: (id) => (other = id) });
    await ctl.newVersion();
    expect(other).not.toBeNull();
    expect((await getAssessment(db, other!))?.parent?.id).toBe(doc.id);
    ctl.close();
  });
});

describe('a frozen assessment', () => {
  it('refuses an edit: nothing stored or scored, the refusal said, and the frozen values drawn again read-only', async () => {
    const db = openDb(freshName());
    const plain = { ...newDoc(), values: { [ID]: { value: 3 } } };
    const doc = await addAssessment(db, { ...plain, frozen: ((await freezeEdit(plain, 'Vera')) as Extract<Edit, { kind: 'freeze' }>).frozen });
    const { ctl, engine, calls } = await opened(db, doc);
    expect(calls).toEqual(['load', 'makeReadOnly', 'setScores']);
    calls.length = 0;

    // The held Enter is not offered: the grid commits at once, and the refusal follows.
    expect(ctl.sendAhead(typed(99))).toBeNull();
    ctl.send(typed(99));
    expect(ctl.notice()).toBe(reviewWords.frozenRefused);
    expect(calls.slice(0, 2)).toEqual(['load', 'makeReadOnly']);
    expect(ctl.doc()?.values[ID]).toEqual({ value: 3 });
    expect(engine.waiting).toEqual([]);
    await ctl.flush();
    expect(await db.journal.count()).toBe(0);
    expect((await getAssessment(db, doc.id))?.values[ID]).toEqual({ value: 3 });
    ctl.close();
  });
});

describe('the held Enter', () => {
  it('stores and scores the edit at once, draws it only when committed, with scores that came first drawn in the same call', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    const { ctl, engine, calls, scores } = await opened(db, doc);
    calls.length = 0;

    const ready = ctl.sendAhead(typed(40));
    expect(ready).not.toBeNull();
    // Journalled now, in the keystroke's task, but not drawn yet.
    expect(ctl.current()?.values[ID]).toEqual({ value: 40 });
    expect(ctl.doc()?.values[ID]).toBeUndefined();
    const early = await engine.release('apply');
    await ready;
    expect(calls).toEqual([]);
    expect(ctl.scores()).not.toBe(early);

    // The grid commits the held edits: drawn, then their scores, with no second edit or engine call.
    ctl.send(typed(40));
    expect(calls).toEqual(['setDoc', 'setScores']);
    expect(scores.at(-1)).toBe(early);
    expect(ctl.scores()).toBe(early);
    expect(engine.waiting).toEqual([]);
    await ctl.flush();
    expect((await db.journal.toArray()).length).toBe(0);
    expect((await getAssessment(db, doc.id))?.values[ID]).toEqual({ value: 40 });
    ctl.close();
  });

  it('committed before its scores arrive: drawn at the commit, its scores drawn when they come', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    const { ctl, engine, calls } = await opened(db, doc);
    calls.length = 0;

    const ready = ctl.sendAhead(typed(41));
    ctl.send(typed(41));
    expect(calls).toEqual(['setDoc']);
    expect(ctl.doc()?.values[ID]).toEqual({ value: 41 });
    const late = await engine.release('apply');
    await ready;
    expect(calls).toEqual(['setDoc', 'setScores']);
    expect(ctl.scores()).toBe(late);
    ctl.close();
  });

  it('a different edit committed after the hold is edited and scored on its own, after the held one', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    const { ctl, engine } = await opened(db, doc);
    const ready = ctl.sendAhead(typed(42));
    ctl.send(typed(5, ID2));
    expect(ctl.doc()?.values).toMatchObject({ [ID]: { value: 42 }, [ID2]: { value: 5 } });
    expect(engine.waiting.map((w) => w.what)).toEqual(['apply', 'apply']);
    const held = await engine.release('apply');
    await ready;
    // Never shown: the grid did not commit it as such.
    expect(ctl.scores()).not.toBe(held);
    const after = await engine.release('apply');
    expect(ctl.scores()).toBe(after);
    ctl.close();
  });
});

describe('what an edit’s frame does not need', () => {
  /** A stand-in for the page's next paint: the work waits until the test paints. */
  function frames() {
    const queued: (() => void)[] = [];
    return { afterPaint: (work: () => void) => void queued.push(work), paint: () => queued.splice(0).forEach((work) => work()), queued };
  }

  it('the panels follow the assessment and the scores and the explanation is asked again after the paint, once for several edits; the grid and the summary’s scores at once', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    const frame = frames();
    const { ctl, engine, calls, scores, redecimalled } = await opened(db, doc, { afterPaint: frame.afterPaint });
    frame.paint();
    const first = ctl.scores();
    expect(ctl.panelScores()).toBe(first);
    // A selection is painted first, then explained.
    ctl.select(ID);
    expect(ctl.selected()).toBe(ID);
    expect(engine.waiting).toEqual([]);
    frame.paint();
    await engine.release('explain');
    expect(ctl.explanation()?.id).toBe(ID);
    calls.length = 0;

    ctl.send(typed(12));
    ctl.send(typed(13, ID2));
    // Stored, and drawn on the grid at once; the panels' copy waits for the paint.
    expect(ctl.current()?.values).toMatchObject({ [ID]: { value: 12 }, [ID2]: { value: 13 } });
    expect(calls).toEqual(['setDoc', 'setDoc']);
    expect(ctl.doc()?.values[ID]).toBeUndefined();
    await engine.release('apply');
    const last = await engine.release('apply');
    expect(scores.at(-1)).toBe(last);
    expect(ctl.scores()).toBe(last);
    expect(ctl.panelScores()).toBe(first);
    // The explanation is not asked for before the paint, and once after it for both edits.
    expect(engine.waiting).toEqual([]);
    frame.paint();
    expect(ctl.doc()?.values).toMatchObject({ [ID]: { value: 12 }, [ID2]: { value: 13 } });
    expect(ctl.panelScores()).toBe(last);
    expect(engine.waiting.map((w) => w.what)).toEqual(['explain']);
    const explained = (await engine.release('explain')) as { value: { value: unknown } };
    expect(ctl.explanation()).toBe(explained);
    expect(frame.queued).toEqual([]);

    // A decimal switch before the paint rewrites the grid from the session's assessment, not the panels' copy.
    ctl.send(typed(14));
    ctl.changeDecimal('comma');
    expect(redecimalled.at(-1)?.values[ID]).toEqual({ value: 14 });
    ctl.close();
    frame.paint();
    expect(ctl.doc()?.values[ID]).toEqual({ value: 12 });
  });
});

describe('a result for an assessment no longer open', () => {
  it('is ignored: scores and explanations arriving after close are not drawn, and nothing is said', async () => {
    const db = openDb(freshName());
    const doc = await addAssessment(db, newDoc());
    const { ctl, engine, calls } = await opened(db, doc);
    const before = ctl.scores();
    ctl.select(ID);
    ctl.send(typed(12));
    const ahead = ctl.sendAhead(typed(13));
    expect(engine.waiting.map((w) => w.what)).toEqual(['explain', 'apply', 'apply']);
    calls.length = 0;
    ctl.close();

    await engine.release('explain');
    await engine.release('apply');
    await engine.release('apply');
    await ahead;
    // The held edit, committed as the view closes (a blur on unmount), is not drawn either.
    ctl.send(typed(13));
    expect(ctl.scores()).toBe(before);
    expect(ctl.explanation()).toBeNull();
    expect(calls).toEqual([]);
    expect(ctl.notice()).toBeNull();
  });

  it('of the assessment switched from is ignored by the one switched to', async () => {
    const db = openDb(freshName());
    const a = await addAssessment(db, newDoc('Lisbon'));
    const b = await addAssessment(db, newDoc('Porto'));
    const first = await opened(db, a);
    first.ctl.send(typed(12));
    first.ctl.close();
    const second = await opened(db, b);
    const bScores = second.ctl.scores();
    second.calls.length = 0;
    await first.engine.release('apply');
    expect(second.ctl.scores()).toBe(bScores);
    expect(first.calls.filter((c) => c === 'setScores')).toHaveLength(1);
    expect(second.calls).toEqual([]);
    second.ctl.close();
  });
});

describe('the view tabs', () => {
  it('move with the arrow keys, wrapping, mirrored right to left', () => {
    expect(tabAfter('grid', 'ArrowRight', false)).not.toBe('grid');
    expect(tabAfter(tabAfter('grid', 'ArrowRight', false)!, 'ArrowLeft', false)).toBe('grid');
    expect(tabAfter('grid', 'ArrowLeft', true)).toBe(tabAfter('grid', 'ArrowRight', false));
    expect(tabAfter(tabAfter('grid', 'ArrowLeft', false)!, 'ArrowRight', false)).toBe('grid');
    expect(tabAfter('grid', 'Enter', false)).toBeNull();
  });
});
