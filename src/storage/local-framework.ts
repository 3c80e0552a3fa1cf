/**
 * The user's own framework file (issue #30: local KPIs and validation rules, edited in the library's
 * framework editor), kept in the `meta` key-value table as the file's JSON text: the storage schema
 * does not change, and what is stored is exactly what is exported, read back through the same reader
 * and checks as an opened file (`parseFrameworkFile`). One framework per browser profile.
 */
import type { FrameworkReadResult } from '../engine/framework-file';
import type { Explanation } from '../engine/explain';
import type { Framework } from '../engine/framework';
import type { Scores } from '../engine/types';
import { liveQuery, type Observable } from 'dexie';
import { getSetting, type WorkbenchDb } from './db';
import { guard } from './errors';

const KEY = 'local-framework';

/** The stored framework file's text, or null when none is stored. */
export async function loadLocalFrameworkText(db: WorkbenchDb): Promise<string | null> {
  const text = await getSetting<unknown>(db, KEY, null);
  return typeof text === 'string' ? text : null;
}

/** The stored framework file's text as it changes, in this tab or another (a Dexie live query). */
export const watchLocalFrameworkText = (db: WorkbenchDb): Observable<string | null> => liveQuery(() => loadLocalFrameworkText(db));

/** The stored framework file read and checked, or null when none is stored. */
export async function loadLocalFramework(db: WorkbenchDb): Promise<FrameworkReadResult | null> {
  const text = await loadLocalFrameworkText(db);
  if (text === null) return null;
  // The reader and its schema validator load only where a framework file is stored: an assessment
  // opened with none (most) does not wait for them.
  const { parseFrameworkFile } = await import('../engine/framework-file');
  return parseFrameworkFile(text);
}

/** What a save found: stored, or the file was changed elsewhere (another tab) since `expected` was read. */
export type FrameworkSave = { saved: true } | { saved: false; stored: string | null };

/**
 * Stores a framework file's text (already checked by the caller: the editor stores only what reads), or
 * forgets it (null). With `expected` (what the editor last read or wrote; null for none), only if the
 * stored text is still that; otherwise nothing is written and the stored text is returned: two tabs
 * editing the framework would each write its own whole file, and the later one would drop the other's
 * KPIs in silence. Without it (a file set up by a test or a script), whatever is there is replaced.
 */
export async function saveLocalFramework(db: WorkbenchDb, text: string | null, expected?: string | null): Promise<FrameworkSave> {
  return guard(() =>
    db.transaction('rw', db.meta, async () => {
      const row = await db.meta.get(KEY);
      const stored = typeof row?.value === 'string' ? row.value : null;
      if (expected !== undefined && stored !== expected) return { saved: false as const, stored };
      await db.meta.put({ key: KEY, value: text });
      return { saved: true as const };
    }),
  );
}

/** Forgets the stored framework file, if it is still `expected` (see saveLocalFramework). */
export const clearLocalFramework = (db: WorkbenchDb, expected?: string | null): Promise<FrameworkSave> => saveLocalFramework(db, null, expected);

/** The stored framework's rules, ready to run over an assessment's scores and explanations. */
export interface LocalRules {
  scores: (scores: Scores, profile: Record<string, unknown>) => Scores;
  explanation: (x: Explanation, scores: Scores | null) => Explanation;
}

/**
 * The stored framework's validation rules that an assessment of `fw` can run: each rule compiled alone
 * against `fw`, so a rule naming a local KPI the assessment cannot hold yet is left out, not the others.
 * Null when nothing is stored, the stored file no longer reads, or it has no rule that runs here; the
 * rules' code loads only then, not with every assessment's first screen.
 */
export async function localRules(db: WorkbenchDb, fw: Framework): Promise<LocalRules | null> {
  const read = await loadLocalFramework(db);
  if (!read?.ok || read.value.rules.length === 0) return null;
  const [{ compileRules }, { withRuleFlags, explanationWithRuleFlags }] = await Promise.all([import('../engine/rules'), import('../engine/rule-flags')]);
  const compiled = read.value.rules.flatMap((rule) => {
    const one = compileRules(fw, [rule]);
    return one.ok ? one.rules : [];
  });
  if (compiled.length === 0) return null;
  return {
    scores: (scores, profile) => withRuleFlags(scores, compiled, profile, fw),
    explanation: (x, scores) => explanationWithRuleFlags(x, scores, fw),
  };
}
