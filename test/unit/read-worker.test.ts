import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workspaceDoc, type AssessmentDoc } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { readFile } from '../../src/interchange/read-file';
import { readListing } from '../../src/storage/library-summaries';
import { createReadApi, loadBytes, type HeldRead, type ReadProgress } from '../../src/worker/read-api';
import { testDatabases } from './support/storage';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('reading an import file in the worker (src/worker/read-api.ts)', () => {
  it('loads a file chunk by chunk, telling its progress at most once a megabyte and at the start', async () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) % 251;
    const told: ReadProgress[] = [];
    const loaded = await loadBytes(new Blob([bytes]), (p) => told.push(p));
    // Compared as buffers: a deep equality over 5 million elements takes most of a minute.
    expect(Buffer.from(loaded).equals(Buffer.from(bytes))).toBe(true);
    expect(told[0]).toEqual({ stage: 'loading', loaded: 0, total: bytes.length });
    expect(told.length).toBeGreaterThanOrEqual(2);
    expect(told.length).toBeLessThanOrEqual(7);
    expect(told.every((p, i) => i === 0 || p.loaded > told[i - 1].loaded)).toBe(true);
  });

  it.each([
    ['sample-values.csv', 'text/csv'],
    ['sample-assessment.json', 'application/json'],
    ['other-tools/libreoffice-de.csv', 'text/csv'],
    ['other-tools/xlsxwriter-manual-calc.xlsx', ''],
    ['other-tools/libreoffice-fr.ods', ''],
    ['other-tools/csv-windows-1252.csv', 'text/csv'],
  ])('%s reads in the worker exactly as in the page, the reading told last', async (name, type) => {
    const bytes = fixture(name);
    const file = new File([new Uint8Array(bytes)], name.split('/').pop()!, { type });
    const told: ReadProgress[] = [];
    const inWorker = await createReadApi(u4ssc, referenceTargets).read(file, { fallback: 'point' }, (p) => told.push(p));
    const inPage = await readFile(
      { name: file.name, type, head: async () => new Uint8Array(bytes.subarray(0, 128)), text: () => file.text(), arrayBuffer: () => file.arrayBuffer() },
      u4ssc,
      referenceTargets,
      ['assessments', 'values'],
      { fallback: 'point' },
    );
    expect(inWorker).toEqual(inPage);
    expect(told.at(-1)).toEqual({ stage: 'reading', loaded: bytes.length, total: bytes.length });
  });
});

describe('a file of assessments kept and stored by the read worker (issue #32)', () => {
  const { openDb, freshName } = testDatabases('read-worker');
  afterEach(() => vi.restoreAllMocks());
  const sample = JSON.parse(fixture('sample-assessment.json').toString()) as AssessmentDoc;
  /** A stored assessment and a file of three: the first has the stored one's id. */
  const setUp = async () => {
    const name = freshName();
    const db = openDb(name);
    await db.assessments.put(sample);
    const docs = [sample, { ...sample, id: 'file-1', city: 'First' }, { ...sample, id: 'file-2', city: 'Second' }].map((d) => ({
      ...d,
      notes: 'from the file',
    }));
    const file = new File([JSON.stringify(workspaceDoc(docs, 0))], 'programme.ssc.json', { type: 'application/json' });
    // The worker's own connection to the same database, as the worker opens it.
    const api = createReadApi(u4ssc, referenceTargets, async (n) => openDb(n));
    const held = (await api.read(file, {}, () => {}, { dbName: name })) as HeldRead;
    return { db, api, held };
  };

  it('hands back what the preview shows, not the documents, and stores nothing before it is asked', async () => {
    const { db, held } = await setUp();
    expect(held).toEqual({
      kind: 'held',
      count: 3,
      clashes: [sample.id],
      refused: [],
      notes: [],
      lines: [sample.id, 'file-1', 'file-2'].map((id, i) => ({
        id,
        city: [sample.city, 'First', 'Second'][i],
        year: sample.year,
        entered: expect.any(Number),
        overall: expect.any(Number),
      })),
    });
    expect(JSON.stringify(held)).not.toContain('from the file');
    expect(await db.assessments.count()).toBe(1);
  });

  it('a quota error in its transaction stores nothing, keeps the file, and a second try stores it all', async () => {
    const { db, api } = await setUp();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    // The disk fills up on the second assessment: the first was already written in the transaction.
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'assessments' && ++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await api.store(false)).toEqual({ ok: false, problem: { kind: 'quota' } });
    expect(calls).toBe(2);
    expect(await db.assessments.toArray()).toEqual([sample]);
    expect((await readListing(db)).entries.map((e) => e.id)).toEqual([sample.id]);

    full.mockRestore();
    const out = await api.store(false, 1_800_000_000_000);
    if (!out.ok) throw new Error(out.problem.kind);
    expect(out.ids).toHaveLength(3);
    // The stored one is untouched; the file's copy of it is added under a new id, and each says where it came from.
    expect(out.ids[0]).not.toBe(sample.id);
    expect(out.ids.slice(1)).toEqual(['file-1', 'file-2']);
    expect(await db.assessments.get(sample.id)).toEqual(sample);
    const stored = await db.assessments.bulkGet(out.ids);
    expect(stored.map((d) => [d?.city, d?.notes, d?.origin])).toEqual(
      [sample.city, 'First', 'Second'].map((city) => [city, 'from the file', { kind: 'file', at: 1_800_000_000_000, name: 'programme.ssc.json' }]),
    );
    // The library's index was written in the same transaction, up to date: the listing reads no row.
    const rows = vi.spyOn(db.assessments, 'bulkGet');
    expect((await readListing(db)).entries).toHaveLength(4);
    expect(rows).not.toHaveBeenCalled();
    // Stored once: the worker keeps nothing more to store.
    expect(await api.store(false)).toEqual({ ok: false, problem: { kind: 'closed' } });
    expect(await db.assessments.count()).toBe(4);
  });

  it('replaces the stored assessment of the same id only when the user confirmed it', async () => {
    const { db, api } = await setUp();
    const out = await api.store(true);
    if (!out.ok) throw new Error(out.problem.kind);
    expect(out.ids).toEqual([sample.id, 'file-1', 'file-2']);
    const replaced = (await db.assessments.get(sample.id))!;
    expect(replaced.notes).toBe('from the file');
    expect(replaced.revision).toBe(sample.revision + 1);
    expect(await db.assessments.count()).toBe(3);
  });

  it('hands one assessment, or any file when the database cannot be opened, to the page whole', async () => {
    const name = freshName();
    const one = new File([JSON.stringify(sample)], 'one.ssc.json', { type: 'application/json' });
    const api = createReadApi(u4ssc, referenceTargets, async (n) => openDb(n));
    const r = await api.read(one, {}, () => {}, { dbName: name });
    expect(r.kind === 'read' && r.result.ok && r.result.holds === 'assessments' && r.result.docs.map((d) => d.id)).toEqual([sample.id]);
    const two = new File([JSON.stringify(workspaceDoc([sample, { ...sample, id: 'other' }], 0))], 'two.ssc.json');
    const closed = createReadApi(u4ssc, referenceTargets, async () => null);
    const w = await closed.read(two, {}, () => {}, { dbName: name });
    expect(w.kind === 'read' && w.result.ok && w.result.holds === 'assessments' && w.result.docs.length).toBe(2);
    expect(await closed.store(false)).toEqual({ ok: false, problem: { kind: 'closed' } });
  });
});
