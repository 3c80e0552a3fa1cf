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
import { getSetting, setSetting, type WorkbenchDb } from './db';

const KEY = 'local-framework';

/** The stored framework file's text, or null when none is stored. */
export async function loadLocalFrameworkText(db: WorkbenchDb): Promise<string | null> {
  const text = await getSetting<unknown>(db, KEY, null);
  return typeof text === 'string' ? text : null;
}

/** The stored framework file read and checked, or null when none is stored. */
export async function loadLocalFramework(db: WorkbenchDb): Promise<FrameworkReadResult | null> {
  const text = await loadLocalFrameworkText(db);
  if (text === null) return null;
  // The reader and its schema validator load only where a framework file is stored: an assessment
  // opened with none (most) does not wait for them.
  const { parseFrameworkFile } = await import('../engine/framework-file');
  return parseFrameworkFile(text);
}

/** Stores a framework file's text (already checked by the caller: the editor stores only what reads). */
export async function saveLocalFramework(db: WorkbenchDb, text: string): Promise<void> {
  await setSetting(db, KEY, text);
}

/** Forgets the stored framework file. */
export async function clearLocalFramework(db: WorkbenchDb): Promise<void> {
  await setSetting(db, KEY, null);
}

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
