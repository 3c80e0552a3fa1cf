/**
 * The library's light index (issue #32): one small summary row per stored assessment (names, dates,
 * revision, completion), kept in its own table in the same transaction as every write of the
 * assessment row. Listing the library then reads about 200 bytes an assessment instead of the whole
 * rows (about 18 kB each: 180 MB for a library of 10 000), and a write re-reads nothing but itself.
 *
 * The summaries are derived data, never the truth: the listing checks them against the assessment
 * table's keys and `updatedAt` index (keys only, no row is read) and summarises afresh, in memory,
 * any row whose summary is missing, stale or made by another app version (an older app sharing the
 * database writes rows without summaries). The assessment file format is untouched.
 */
import { liveQuery, type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware, type Observable, type Transaction } from 'dexie';
import { completion, type AssessmentDoc } from '../engine/assessment';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { ASSESSMENT_VERSION } from '../engine/assessment';
import { versionFacts, type VersionFacts } from '../engine/versions';
import { damageOf, getAssessment, upToDate, type DamagedRow, type DamageReason, type WorkbenchDb } from './db';

/** What the summaries were computed with: a different format or catalogue makes them stale (completion may differ). */
export const SUMMARY_BASIS = `${ASSESSMENT_VERSION}/${u4ssc.data.frameworkVersion}`;

/** One stored assessment as the library lists it. */
export interface LibraryEntry {
  id: string;
  city: string;
  country: string;
  year: number;
  notes: string;
  createdAt: number;
  updatedAt: number;
  revision: number;
  /** A verifier froze it (the row is never overwritten). */
  frozen: boolean;
  /** Data points with a usable value, of those expected (engine/assessment.ts completion). */
  reported: number;
  expected: number;
  /** Its version, frozen or verified state, parent and origin, as the library's line says them (#24). */
  version: VersionFacts;
}

/** The stored summary row: an entry, or the damage of a row the app cannot use as it is. */
/** `id` is the assessment row's key (a string for every row the app writes; a damaged row's may be another key type). */
export type SummaryRow = { id: string; basis: string; updatedAt?: number } & ({ entry: LibraryEntry } | { damaged: DamageReason });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The summary of one stored row (sound or damaged), as the listing would show it. */
export function summarise(row: unknown): SummaryRow {
  const id = (isRecord(row) ? row.id : undefined) as string;
  const updatedAt = isRecord(row) && typeof row.updatedAt === 'number' ? row.updatedAt : undefined;
  const reason = damageOf(row);
  if (reason !== null) return { id, basis: SUMMARY_BASIS, ...(updatedAt !== undefined && { updatedAt }), damaged: reason };
  const doc = upToDate(row as AssessmentDoc);
  const c = completion(doc, u4ssc);
  const entry: LibraryEntry = {
    id: doc.id,
    city: doc.city,
    country: doc.country,
    year: doc.year,
    notes: doc.notes,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    revision: doc.revision,
    frozen: Boolean((doc as { frozen?: unknown }).frozen),
    reported: c.reported,
    expected: c.expected,
    version: versionFacts(doc),
  };
  return { id, basis: SUMMARY_BASIS, updatedAt: doc.updatedAt, entry };
}

/**
 * Keeps `summaries` in step with `assessments` at Dexie's lowest level, so every write — this module's
 * functions, another module's, a bulk import — updates the summary in its own transaction: a write
 * transaction over the assessments always includes the summaries' store, and each put, add or delete
 * of assessment rows is followed by the same on their summaries.
 */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LibrarySummaries',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const widened = mode === 'readwrite' && stores.includes('assessments') && !stores.includes('summaries') ? [...stores, 'summaries'] : stores;
      return down.transaction(widened, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name !== 'assessments') return table;
      const summaries = (): DBCoreTable => down.table('summaries');
      return {
        ...table,
        async mutate(req: DBCoreMutateRequest) {
          const res = await table.mutate(req);
          if (req.type === 'add' || req.type === 'put') {
            const values = req.values.filter((_, i) => !(i in res.failures));
            if (values.length > 0) await summaries().mutate({ type: 'put', trans: req.trans, values: values.map(summarise) });
          } else if (req.type === 'delete') {
            await summaries().mutate({ type: 'delete', trans: req.trans, keys: req.keys });
          } else {
            await summaries().mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
          }
          return res;
        },
      };
    },
  }),
};

/** The schema upgrade that adds the summaries: one summary per stored row, read one at a time. */
export async function fillSummaries(tx: Transaction): Promise<void> {
  const out: SummaryRow[] = [];
  await tx
    .table('assessments')
    .toCollection()
    .each((row: unknown) => void out.push(summarise(row)));
  await tx.table('summaries').bulkPut(out);
}

/** The library as listed: sound assessments newest first, and the rows the app cannot use as they are. */
export interface LibraryListing {
  entries: LibraryEntry[];
  damaged: DamagedRow[];
}

/**
 * Reads the library through the summaries: every summary, the assessment table's keys and its
 * `updatedAt` index (keys only), and in full only the rows whose summary is missing or out of date,
 * or that are damaged (their raw JSON is offered for export and repair).
 */
export async function readListing(db: WorkbenchDb): Promise<LibraryListing> {
  // One transaction, one snapshot: read apart, a live query woken by another context's write (the read
  // worker storing an import) got the summaries from before it and the keys from after, and read every
  // new row in full, 18 MB for 1 000 (issue #32).
  const [summaries, ids, stamps, stampIds] = await db.transaction('r', db.summaries, db.assessments, () =>
    Promise.all([
      db.summaries.toArray(),
      db.assessments.toCollection().primaryKeys(),
      db.assessments.orderBy('updatedAt').keys(),
      db.assessments.orderBy('updatedAt').primaryKeys(),
    ]),
  );
  const stampOf = new Map<unknown, unknown>();
  stampIds.forEach((id, i) => stampOf.set(id, stamps[i]));
  const summaryOf = new Map<unknown, SummaryRow>(summaries.map((s) => [s.id, s]));
  const current: SummaryRow[] = [];
  const reread: unknown[] = [];
  // A damaged row is read in full at every listing (its raw JSON is offered), but its summary is
  // stored again only when it changed: storing it each time woke this live query each time, a loop
  // that kept the library busy for as long as a damaged row was stored.
  const upToDateDamage = new Set<unknown>();
  for (const id of ids) {
    const s = summaryOf.get(id);
    const upToDate = s !== undefined && s.basis === SUMMARY_BASIS && s.updatedAt === stampOf.get(id);
    if (upToDate && !('damaged' in s)) current.push(s);
    else {
      reread.push(id);
      if (upToDate) upToDateDamage.add(id);
    }
  }
  const damaged: DamagedRow[] = [];
  const fresh: SummaryRow[] = [];
  if (reread.length > 0) {
    const rows: unknown[] = await db.assessments.bulkGet(reread as string[]);
    rows.forEach((row, i) => {
      if (row === undefined) return;
      const s = summarise(row);
      if (!upToDateDamage.has(reread[i]) || !('damaged' in s)) fresh.push(s);
      if ('entry' in s) current.push(s);
      else damaged.push({ id: typeof reread[i] === 'string' ? (reread[i] as string) : '', reason: s.damaged, raw: row });
    });
  }
  // Summaries made afresh are stored for the next listing, outside this read (a live query only
  // reads). A row changed in between is caught by its updatedAt, as above.
  if (fresh.length > 0) setTimeout(() => void db.summaries.bulkPut(fresh).catch(() => undefined));
  const entries = current.map((s) => (s as { entry: LibraryEntry }).entry).sort((a, b) => b.updatedAt - a.updatedAt);
  return { entries, damaged };
}

/** The library's listing, live: any tab's write, import or deletion updates it, reading only summaries and changed rows. */
export function listSummaries(db: WorkbenchDb): Observable<LibraryListing> {
  return liveQuery(() => readListing(db));
}

/** Every sound stored assessment in full, newest first (a backup, a reset of every demo): read when asked, never kept live. */
export async function readAllDocs(db: WorkbenchDb): Promise<AssessmentDoc[]> {
  const rows: unknown[] = await db.assessments.orderBy('updatedAt').reverse().toArray();
  return rows.filter((row) => damageOf(row) === null).map((row) => upToDate(row as AssessmentDoc));
}

/**
 * The stored assessments of `ids` in full, in that order; a row gone or damaged meanwhile is left out.
 * For a view that lists summaries and needs only the chosen rows (the Compare view, issue #32).
 */
export async function readDocs(db: WorkbenchDb, ids: readonly string[]): Promise<AssessmentDoc[]> {
  const rows: unknown[] = await db.assessments.bulkGet([...ids]);
  return rows.filter((row) => row !== undefined && damageOf(row) === null).map((row) => upToDate(row as AssessmentDoc));
}

/** One stored assessment in full, live (the import panel's target of an update, read when chosen). */
export function watchDoc(db: WorkbenchDb, id: string): Observable<AssessmentDoc | undefined> {
  return liveQuery(() => getAssessment(db, id));
}
