/**
 * The published schema (public/assessment.schema.json) as the validator of every assessment read from
 * outside: files, links, repairs, the command line. It runs as code compiled ahead of time by Ajv's
 * standalone generator (scripts/schema-validator.ts → assessment-schema.validate.js), so no `eval` or
 * `new Function` runs in the page. Its verdicts become typed problems with the path of the value.
 */
import { validate, type SchemaError, type SchemaValidate } from './assessment-schema.validate.js';
import { pathOf } from './json-keys';
import { quoted, type DocProblem, type DocProblemKind, type JsonType } from './problems';

/** Most schema problems reported for one document. */
const MAX_SCHEMA_PROBLEMS = 200;

/** `/values/EC: ICT: ICT: 1C|/status` → `values["EC: ICT: ICT: 1C|"].status`; `/actions/0/id` → `actions[0].id`. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  return pathOf(
    pointer
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
  );
}

/** The value at a JSON pointer, or undefined. */
function valueAt(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const seg of pointer === '' ? [] : pointer.slice(1).split('/')) {
    if (typeof v !== 'object' || v === null) return undefined;
    const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    v = Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

/** Untrusted values quoted: String() throws on objects like {"toString": {}}. */
const describe = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
};

const TYPE_NAMES: readonly JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];
const types = (t: unknown): JsonType[] => (Array.isArray(t) ? t : [t]).filter((x): x is JsonType => TYPE_NAMES.includes(x as JsonType));

function patternForm(pattern: unknown): Extract<DocProblemKind, { kind: 'pattern' }>['form'] {
  const p = String(pattern);
  if (p.includes('[CA]')) return 'datapoint-id';
  if (p.includes('{64}')) return 'fingerprint';
  if (p.includes('\\d{4}-')) return 'date';
  return 'other';
}

/** One schema error as a problem kind (with the path it belongs at), or null when another error says it better. */
function problemOf(e: SchemaError, doc: unknown): { path: string; problem: DocProblemKind } | null {
  const value = valueAt(doc, e.instancePath);
  const at = pointerToPath(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case 'required': {
      const name = String(p.missingProperty);
      const segment = name.replaceAll('~', '~0').replaceAll('/', '~1');
      return { path: pointerToPath(`${e.instancePath}/${segment}`), problem: { kind: 'missing' } };
    }
    case 'additionalProperties':
      return { path: at, problem: { kind: 'unknown-field', name: quoted(String(p.additionalProperty)) } };
    case 'propertyNames':
      return { path: at, problem: { kind: 'unknown-datapoint', id: quoted(String(p.propertyName)) } };
    case 'type': {
      const expected = types(p.type);
      if (expected.includes('integer') && typeof value === 'number') return { path: at, problem: { kind: 'not-whole' } };
      return { path: at, problem: { kind: 'wrong-type', expected } };
    }
    case 'maxLength':
      return { path: at, problem: { kind: 'too-long', limit: Number(p.limit) } };
    case 'minLength':
      return { path: at, problem: { kind: 'too-short', limit: Number(p.limit) } };
    case 'maximum':
      return { path: at, problem: { kind: 'above', limit: Number(p.limit) } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path: at, problem: { kind: 'below', limit: Number(p.limit), exclusive: e.keyword === 'exclusiveMinimum' } };
    case 'maxItems':
      return { path: at, problem: { kind: 'too-many', limit: Number(p.limit) } };
    case 'pattern': {
      const form = patternForm(p.pattern);
      if (form === 'datapoint-id') return { path: at, problem: { kind: 'unknown-datapoint', id: quoted(describe(value)) } };
      return { path: at, problem: { kind: 'pattern', value: quoted(describe(value)), form } };
    }
    case 'enum':
      return { path: at, problem: { kind: 'not-one-of', value: quoted(describe(value)), allowed: (p.allowedValues as (string | number)[]) ?? [] } };
    case 'const':
      return { path: at, problem: { kind: 'not-one-of', value: quoted(describe(value)), allowed: [p.allowedValue as string | number] } };
    default:
      return { path: at, problem: { kind: 'schema', keyword: e.keyword } };
  }
}

/**
 * Which problem of one value is said when the schema gives several (a text too long for a number-or-
 * text field fails `type: number`, `type: null`, `maxLength` and `oneOf`): the most telling first.
 */
const RANK: Record<string, number> = {
  missing: 0,
  'unknown-field': 0,
  'unknown-datapoint': 0,
  'too-long': 1,
  'too-short': 1,
  above: 1,
  below: 1,
  'not-whole': 1,
  'too-many': 1,
  pattern: 2,
  'not-one-of': 3,
  'wrong-type': 4,
  schema: 5,
};

/**
 * The problems the published schema finds in a (migrated) document; empty when it is valid. `check` is
 * the assessment's compiled schema unless another is given (the framework file's, framework-file.ts).
 */
export function schemaProblems(doc: unknown, check: SchemaValidate = validate): DocProblem[] {
  if (check(doc)) return [];
  const byPlace = new Map<string, DocProblem>();
  for (const e of check.errors ?? []) {
    // The pattern error under propertyNames repeats it for the key; oneOf's own error adds nothing.
    if ('propertyName' in e || e.keyword === 'oneOf') continue;
    const found = problemOf(e, doc);
    if (!found) continue;
    const { path, problem } = found;
    const place = problem.kind === 'unknown-field' || problem.kind === 'unknown-datapoint' ? `${path}\u0000${problem.kind}\u0000${describe(problem)}` : path;
    const before = byPlace.get(place);
    if (before && before.kind === 'wrong-type' && problem.kind === 'wrong-type') {
      byPlace.set(place, { ...before, expected: [...new Set([...before.expected, ...problem.expected])] });
    } else if (!before || RANK[problem.kind] < RANK[before.kind]) byPlace.set(place, { path, ...problem });
  }
  if (byPlace.size === 0) return [{ path: '', kind: 'schema', keyword: 'oneOf' }];
  return [...byPlace.values()].slice(0, MAX_SCHEMA_PROBLEMS);
}
