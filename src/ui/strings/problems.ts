/**
 * Words for what the file readers find (src/engine/problems.ts): a problem of a values table, a target
 * file or a text file's bytes (`table`), of an assessment document at a path (`doc`), a number that is
 * not one (`number`), a note on what was read (`note`, `tableNote`) and why a JSON file was not read
 * (`parseError`). The words are ICU messages (#31), one per kind, in
 * src/ui/messages/<lang>/problems.json, compiled by scripts/messages.ts into the typed accessor
 * `problems`. Each function here is a switch over the engine's kinds, so a new kind does not compile
 * until it has its words; it passes the kind's fields by name, computing only what is not words (a
 * quoted text, megabytes, a CSV header). `P` puts the words together (paths, the assessment a problem
 * is in, the lines of an error) and is what the app and the command line call.
 */
import type { AssessmentParseError, DocNote, DocProblem, NumberProblem, Quoted, RefusedAssessment, TableNote, TableProblem } from '../../engine/problems';
import { problems } from '../messages/compiled/problems';

const MB = 1024 * 1024;

/** User text as quoted in a message: shortened text says how long the whole is. */
const quote = (q: Quoted): string => (q.length > q.text.length ? problems.quote({ text: q.text, length: q.length }) : q.text);

const mark = (m: 'point' | 'comma') => (m === 'point' ? '.' : ',');

function numberProblem(p: NumberProblem): string {
  const m = problems.number;
  switch (p.kind) {
    case 'empty':
      return m.empty;
    case 'wrong-mark':
      return m['wrong-mark']({ text: quote(p.text), mark: mark(p.mark) });
    case 'not-a-number':
      return m['not-a-number']({ text: quote(p.text) });
    case 'out-of-range':
      return m['out-of-range']({ text: quote(p.text), exponent: Math.round(Math.log10(p.limit)) });
    case 'ambiguous':
      return m.ambiguous({ text: quote(p.text), other: p.other });
  }
}

function tableProblem(p: TableProblem): string {
  const m = problems.table;
  switch (p.kind) {
    case 'empty-file':
      return m['empty-file'];
    case 'unclosed-quote':
      return m['unclosed-quote'];
    case 'not-text':
      return m['not-text']({ likely: p.likely ?? 'unknown' });
    case 'missing-columns':
      return m['missing-columns']({ count: p.columns.length, columns: p.columns, separators: p.separators, header: p.expected.join(',') });
    case 'unknown-columns':
      return m['unknown-columns']({ count: p.columns.length, columns: p.columns.map(quote) });
    case 'duplicate-column':
      return m['duplicate-column']({ name: p.name, columns: p.columns });
    case 'unnamed-column':
      return m['unnamed-column']({ column: p.column, line: p.line, text: quote(p.text), merged: p.merged || null });
    case 'error-value':
      return m['error-value']({ code: p.code });
    case 'no-saved-result':
      return m['no-saved-result']({ formula: quote(p.formula) });
    case 'empty-code':
      return m['empty-code'];
    case 'bad-provenance':
      return m['bad-provenance'];
    case 'unknown-code':
      return m['unknown-code']({ code: quote(p.code) });
    case 'unknown-datapoint':
      return m['unknown-datapoint']({ key: quote(p.key), kpi: p.kpi, expected: p.expected.map((k) => (k === '' ? problems.blank : k)) });
    case 'unknown-target':
      return m['unknown-target']({ code: quote(p.code), key: quote(p.key) });
    case 'repeated':
      return m.repeated({ code: p.code, key: p.key, first: p.first });
    case 'number':
      return numberProblem(p.problem);
    case 'not-yes-no':
      return m['not-yes-no']({ text: quote(p.text) });
    case 'bool-not-number':
      return m['bool-not-number']({ value: p.value });
    case 'date-not-number':
      return m['date-not-number']({ date: p.date });
    case 'number-text-too-long':
      return m['number-text-too-long']({ text: quote(p.text), limit: p.limit });
    case 'profile-conflict': {
      const at = p.at;
      return m['profile-conflict']({
        field: p.field,
        value: p.value,
        previous: p.previous,
        where: at === null ? 'none' : 'cell' in at ? 'cell' : 'line',
        cell: at !== null && 'cell' in at ? at.cell : '',
        line: at !== null && 'line' in at ? at.line : '',
      });
    }
    case 'reported-directly':
      return m['reported-directly']({ code: p.code });
    case 'bad-target':
      return m['bad-target']({ problem: numberProblem(p.problem), blank: p.blank });
    case 'negative-target':
      return m['negative-target'];
    case 'bad-status':
      return m['bad-status']({ text: quote(p.text) });
    case 'bad-quality':
      return m['bad-quality']({ text: quote(p.text), allowed: p.allowed });
    case 'bad-year':
      return m['bad-year']({ text: quote(p.text), min: p.min, max: p.max });
    case 'text-too-long':
      return m['text-too-long']({ length: p.length, limit: p.limit });
    case 'not-layout-zip':
      return m['not-layout-zip']({ detail: p.detail });
    case 'file-too-large':
      return m['file-too-large']({ mb: p.limit / MB });
    case 'unpacks-too-large':
      return m['unpacks-too-large']({ mb: p.limit / MB });
    case 'not-xlsx':
      return m['not-xlsx']({ detail: p.detail });
    case 'not-calculated':
      return m['not-calculated']({ why: p.why, formula: quote(p.formula), stored: p.stored });
    case 'percent-not-unit':
      return m['percent-not-unit']({ shown: p.shown, unit: p.unit, value: p.value });
    case 'ambiguous-marker':
      return m['ambiguous-marker']({ text: quote(p.text) });
    case 'which-sheet':
      return m['which-sheet']({ sheets: p.sheets });
    case 'hidden-sheet':
      return m['hidden-sheet']({ sheet: p.sheet });
    case 'no-such-sheet':
      return m['no-such-sheet']({ name: quote(p.name), sheets: p.sheets });
    case 'other-format':
      return m['other-format']({ format: p.format });
    case 'too-many-rows':
      return m['too-many-rows']({ limit: p.limit });
    case 'too-many-columns':
      return m['too-many-columns']({ limit: p.limit });
  }
}

/** What is wrong at the path, without the path. */
function docWhat(p: DocProblem): string {
  const m = problems.docWhat;
  switch (p.kind) {
    case 'wrong-type':
      return m['wrong-type']({ expected: p.expected.map((type) => problems.jsonType({ type })) });
    case 'too-long':
      return m['too-long']({ limit: p.limit });
    case 'too-short':
      return m['too-short']({ limit: p.limit });
    case 'not-one-of':
      return m['not-one-of']({ value: quote(p.value), allowed: p.allowed.map(String) });
    case 'below':
      return m.below({ limit: p.limit, exclusive: p.exclusive });
    case 'above':
      return m.above({ limit: p.limit });
    case 'not-whole':
      return m['not-whole'];
    case 'not-finite':
      return m['not-finite'];
    case 'pattern':
      return m.pattern({ value: quote(p.value), form: p.form });
    case 'missing':
      return m.missing;
    case 'unknown-field':
      return m['unknown-field']({ name: quote(p.name) });
    case 'forbidden-key':
      return m['forbidden-key']({ key: p.key });
    case 'repeated-key':
      return m['repeated-key'];
    case 'too-many':
      return m['too-many']({ limit: p.limit });
    case 'unknown-datapoint':
      return m['unknown-datapoint']({ id: quote(p.id) });
    case 'unknown-profile-field':
      return m['unknown-profile-field']({ name: quote(p.name) });
    case 'duplicate-id':
      return m['duplicate-id']({ id: quote(p.id) });
    case 'reason-required':
      return m['reason-required'];
    case 'blank-text':
      return m['blank-text'];
    case 'not-year':
      return m['not-year']({ min: p.min, max: p.max });
    case 'not-target':
      return m['not-target'];
    case 'bad-id':
      return m['bad-id']({ limit: p.limit });
    case 'not-time':
      return m['not-time'];
    case 'bad-shape':
      return m['bad-shape']({ shape: p.shape });
    case 'schema':
      return m.schema({ keyword: p.keyword });
    case 'bad-version':
      return m['bad-version'];
    case 'migration-failed':
      return m['migration-failed']({ from: p.from, to: p.to });
  }
}

/** Where a problem of a workspace file is: the position of its assessment (`assessment 2: `), or nothing. */
const inAssessment = (n: number | undefined) => (n === undefined ? '' : problems.inAssessment({ n }));

/** A note on what was read, after where it is (`assessment 2: values["…"].value`). */
function docNote(n: DocNote): string {
  const at = `${inAssessment(n.assessment)}${n.path}`;
  const m = problems.note;
  switch (n.kind) {
    case 'kept-as-text':
      return m['kept-as-text']({ at, text: quote(n.text) });
    case 'reset-time':
      return m['reset-time']({ at, value: quote(n.value) });
    case 'reset-revision':
      return m['reset-revision']({ at, value: quote(n.value) });
  }
}

/** What the reading of a table says about the file as a whole. */
function tableNote(n: TableNote): string {
  switch (n.kind) {
    case 'sheet-read':
      return problems.tableNote['sheet-read']({ sheet: n.sheet, of: n.of, anyHidden: n.hidden.length > 0, hidden: n.hidden });
    case 'index-column':
      return problems.tableNote['index-column']({ column: n.column });
  }
}

/** Why an assessment or workspace file was not read: the headline; an `invalid` error's problems are listed apart. */
function parseError(e: AssessmentParseError): string {
  const m = problems.parseError;
  switch (e.kind) {
    case 'not-json':
      return m['not-json']({ detail: e.detail });
    case 'too-large':
      return m['too-large']({ mb: e.limit / MB });
    case 'not-an-assessment':
      return m['not-an-assessment']({ workspace: e.workspace });
    case 'newer-version':
      return m['newer-version']({ workspace: e.workspace, version: e.version, max: e.max });
    case 'wrong-framework':
      return m['wrong-framework']({ framework: quote(e.framework), expected: e.expected });
    case 'invalid':
      return m.invalid({ count: e.problems.length });
    case 'none-read':
      return m['none-read']({ count: e.refused.length });
  }
}

/** One problem of a document: `values["EC: ICT: ICT: 1C|"].status: "x" is not one of reported, …`. */
function docProblem(p: DocProblem): string {
  return `${inAssessment(p.assessment)}${p.path === '' ? '' : `${p.path}: `}${docWhat(p)}`;
}

/** Every line of an error: the headline, then each problem (of each refused assessment of a workspace). */
function errorLines(e: AssessmentParseError): string[] {
  if (e.kind === 'invalid') return e.problems.map(docProblem);
  if (e.kind === 'none-read') return e.refused.flatMap((r) => refusedLines(r).map((line) => `${inAssessment(r.position)}${line}`));
  return [];
}

/** A refused assessment of a workspace file: its problems, or the reason it was not read. */
function refusedLines(r: RefusedAssessment): string[] {
  const lines = errorLines(r.error);
  return lines.length > 0 ? lines : [parseError(r.error)];
}

/** The readers' problems in words, in the current language. */
export const problemWords = {
  number: numberProblem,
  table: tableProblem,
  doc: docProblem,
  note: docNote,
  tableNote,
  parseError,
  errorLines,
  refusedLines,
};
