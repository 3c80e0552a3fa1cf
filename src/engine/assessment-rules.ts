/**
 * What an assessment document must satisfy beyond its published schema (public/assessment.schema.json,
 * checked by schema.ts). The schema says every shape and limit; these are the rules it cannot say:
 *
 * - the catalogue's: a data point or profile field must exist in the framework the file is read with,
 *   which the schema does not know (it checks only the form of a data-point id);
 * - across fields: a reason a state requires, a text that must say something, ids that must differ
 *   within a list and that can be used as keys;
 * - what format 7's schema allows and the app cannot hold (an empty document id, a count past 2^53).
 *
 * They run on an unvalidated document beside the schema, so every value is looked at with a guard;
 * where a value is not of the schema's shape, they say nothing of it and leave it to the schema.
 */
import { readProvenance } from './provenance-read';
import type { Framework } from './framework';
import { quoted, type DocProblem } from './problems';
import { MAX_ID } from './assessment';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys that would reach an object's prototype; never a data point, profile field or item id. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Untrusted values in messages: String() throws on objects like {"toString": {}}. */
const describe = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
};

/** The per-data-point maps, written under the data point's id. */
const PER_DATAPOINT = ['values', 'targets', 'review', 'threads', 'evidence', 'history', 'ownTargets'] as const;

/** `review["SC: EH: ED: 1C|"]`, the way schema.ts words a pointer. */
const at = (map: string, key: string) => `${map}[${JSON.stringify(key)}]`;

/** Own keys of an object; JSON.parse makes "__proto__" an own key, and it is listed like the others. */
const keysOf = (v: unknown): string[] => (isObject(v) ? Object.keys(v) : []);

/** A list's items: ids that are not usable as keys, and ids given twice. */
function listRules(list: unknown, where: string, problems: DocProblem[]): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const id = isObject(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    if (FORBIDDEN_KEYS.has(id)) problems.push({ path: `${where}[${i}].id`, kind: 'bad-id', limit: MAX_ID });
    else if (seen.has(id)) problems.push({ path: `${where}[${i}].id`, kind: 'duplicate-id', id: quoted(id) });
    else seen.add(id);
  });
}

/** The problems of a (migrated) document that its schema cannot find, in document order. */
export function ruleProblems(raw: Record<string, unknown>, fw: Framework): DocProblem[] {
  const problems: DocProblem[] = [];
  const unknown = (path: string, id: unknown) => problems.push({ path, kind: 'unknown-datapoint', id: quoted(describe(id)) });
  // Format 7's schema lets the document id be empty; storage keys rows by it.
  if (raw.id === '') problems.push({ path: 'id', kind: 'bad-id', limit: MAX_ID });

  const profileIds = new Set(fw.data.profile.map((p) => p.id));
  for (const key of keysOf(raw.profile)) {
    if (!profileIds.has(key)) problems.push({ path: 'profile', kind: 'unknown-profile-field', name: quoted(key) });
  }
  for (const map of PER_DATAPOINT) for (const key of keysOf(raw[map])) if (!fw.byId.has(key)) unknown(map, key);

  const review = isObject(raw.review) ? raw.review : {};
  for (const key of keysOf(review)) {
    const stamp = review[key];
    // Not verifiable says why; a reason of another type is the schema's to refuse.
    if (
      isObject(stamp) &&
      stamp.state === 'not-verifiable' &&
      (stamp.reason === undefined || stamp.reason === null || (typeof stamp.reason === 'string' && stamp.reason.trim() === ''))
    ) {
      problems.push({ path: `${at('review', key)}.reason`, kind: 'reason-required' });
    }
  }
  const threads = isObject(raw.threads) ? raw.threads : {};
  for (const key of keysOf(threads)) {
    const list = threads[key];
    listRules(list, at('threads', key), problems);
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      // An empty text is the schema's (minLength); one of spaces alone is as empty to a reader.
      if (isObject(entry) && typeof entry.text === 'string' && entry.text !== '' && entry.text.trim() === '') {
        problems.push({ path: `${at('threads', key)}[${i}].text`, kind: 'blank-text' });
      }
    });
  }
  const evidence = isObject(raw.evidence) ? raw.evidence : {};
  for (const key of keysOf(evidence)) listRules(evidence[key], at('evidence', key), problems);
  const history = isObject(raw.history) ? raw.history : {};
  for (const key of keysOf(history)) {
    const log = history[key];
    if (!isObject(log)) continue;
    listRules(log.entries, `${at('history', key)}.entries`, problems);
    // The schema says a whole number of at least 1; past 2^53 it would no longer count.
    if (typeof log.dropped === 'number' && log.dropped > Number.MAX_SAFE_INTEGER) {
      problems.push({ path: `${at('history', key)}.dropped`, kind: 'wrong-type', expected: ['integer'] });
    }
  }

  if (isObject(raw.catalogueReview)) {
    for (const key of keysOf(raw.catalogueReview.datapoints)) if (!fw.byId.has(key)) unknown('catalogueReview.datapoints', key);
  }
  listRules(raw.recommendations, 'recommendations', problems);
  if (Array.isArray(raw.recommendations)) {
    raw.recommendations.forEach((rec, i) => {
      if (isObject(rec) && rec.scope === 'datapoint' && typeof rec.target === 'string' && !fw.byId.has(rec.target))
        unknown(`recommendations[${i}].target`, rec.target);
    });
  }
  listRules(raw.actions, 'actions', problems);
  if (Array.isArray(raw.actions)) {
    raw.actions.forEach((action, i) => {
      if (!isObject(action)) return;
      if (Array.isArray(action.datapoints)) {
        action.datapoints.forEach((id, j) => {
          if (typeof id === 'string' && !fw.byId.has(id)) unknown(`actions[${i}].datapoints[${j}]`, id);
        });
      }
      const carried = action.carriedFrom;
      if (isObject(carried)) for (const key of keysOf(carried.baseline)) if (!fw.byId.has(key)) unknown(`actions[${i}].carriedFrom.baseline`, key);
    });
  }
  // Where a figure came from (format 8): its keys name profile fields and data points of the catalogue.
  if (raw.provenance !== undefined) readProvenance(raw.provenance, fw, problems);
  return problems;
}

/**
 * The schema's problems, then the rules' that say something else. A key the schema already refused
 * (a data-point id of the wrong form, a profile field it does not declare) is not said twice.
 */
export function documentProblems(schema: readonly DocProblem[], rules: readonly DocProblem[], limit: number): DocProblem[] {
  const said = new Set(schema.map((p) => JSON.stringify(p.kind === 'unknown-field' ? { ...p, kind: 'unknown-profile-field' } : p)));
  return [...schema, ...rules.filter((p) => !said.has(JSON.stringify(p)))].slice(0, limit);
}
