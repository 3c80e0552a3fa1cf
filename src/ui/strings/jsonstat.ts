/**
 * The words of the JSON-stat reader's problems (src/engine/jsonstat.ts) and of the "fill from a JSON-stat
 * table" panels: ICU messages (#31) in src/ui/messages/<lang>/jsonstat.json, compiled into the typed
 * accessor `jsonstat`, which reads the current language. The switch below names every kind, so a new kind
 * of problem does not compile until it has its message. The command line words a problem in its `--lang`
 * through `inLanguage` (src/cli/profile-from.ts).
 */
import type { JsonStatProblem } from '../../engine/jsonstat';
import type { Quoted } from '../../engine/problems';
import { pickedLine, type TableSource } from '../../engine/provenance';
import { jsonstat } from '../messages/compiled/jsonstat';

const MB = 1024 * 1024;
/** User text as quoted in a message: shortened text ends with an ellipsis. */
const q = (t: Quoted) => (t.length > t.text.length ? `${t.text}…` : t.text);
/** The office's status code, quoted, with its label when the table gives one (the same in every language). */
const code = (status: string, label: string | null) => (label ? `"${status}" (${label})` : `"${status}"`);

/** The words of the JSON-stat panels, in the current language. */
export { jsonstat };

/** A JSON-stat problem in the current language. */
export function jsonStatProblemText(p: JsonStatProblem): string {
  const m = jsonstat.problem;
  switch (p.kind) {
    case 'not-json':
      return m['not-json'];
    case 'repeated-key':
      return m['repeated-key']({ path: p.path });
    case 'too-large':
      return m['too-large']({ unit: p.unit, mb: p.limit / MB, limit: p.limit });
    case 'not-dataset':
      return m['not-dataset']({ found: p.found });
    case 'bad-structure':
      return m['bad-structure']({ part: p.part, dimension: p.dimension ?? null });
    case 'size-mismatch':
      return m['size-mismatch']({ dimension: p.dimension ?? null, expected: p.expected, found: p.found });
    case 'no-area-dimension':
    case 'no-time-dimension':
      return m[p.kind]({ dimensions: p.dimensions });
    case 'not-found':
      return m['not-found']({ role: p.role, asked: q(p.asked), dimension: p.dimension, examples: p.examples });
    case 'choose':
      return m.choose({ label: p.label, dimension: p.dimension, categories: p.categories });
    case 'missing-value':
      return m['missing-value']({ status: p.status, code: p.status === null ? '' : code(p.status, p.statusLabel) });
    case 'confidential':
      return m.confidential({ code: code(p.status, p.statusLabel) });
    case 'not-a-number':
      return m['not-a-number']({ text: q(p.text) });
    case 'unknown-profile-field':
      return m['unknown-profile-field']({ field: q(p.field), fields: p.fields });
  }
}

/** A figure's source in one sentence of the current language: the office, the table, the categories picked, the file and the day it was read. */
export function sourcedText(s: TableSource): string {
  return jsonstat.sourced({
    office: s.source,
    table: s.table && s.table !== s.source ? s.table : null,
    picked: pickedLine(s),
    file: s.file,
    retrieved: s.retrieved,
  });
}
