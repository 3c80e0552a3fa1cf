/**
 * Words for what the file readers find (src/engine/problems.ts): a problem of a values table, a target
 * file or a text file's bytes (`table`), of an assessment document at a path (`doc`), a number that is
 * not one (`number`), a note on what was read (`note`) and why a JSON file was not read (`parseError`).
 * The words live in the string object `PW` (English here; each language's in
 * src/ui/strings/<lang>/problems.ts, laid onto `PW` by the language machinery like `S`). Each is a
 * switch over the engine's kinds, so a new kind does not compile until it has its words. `P` puts the
 * words together (paths, the assessment a problem is in, the lines of an error) and is what the app and
 * the command line call.
 */
import type {
  AssessmentParseError,
  DocNote,
  DocProblem,
  JsonType,
  NumberProblem,
  OtherFormat,
  Quoted,
  RefusedAssessment,
  TableNote,
  TableProblem,
} from '../../engine/problems';
import { listText } from '../messages/runtime';

const MB = 1024 * 1024;

/** User text as quoted in a message: shortened text says how long the whole is. */
const enQuote = (q: Quoted): string => (q.length > q.text.length ? `${q.text}… (${q.length} characters)` : q.text);
/** User text as quoted in a message, in the current language. */
export const quote = (q: Quoted): string => PW.quote(q);

const mark = (m: 'point' | 'comma') => (m === 'point' ? '.' : ',');

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  object: 'an object',
  array: 'a list',
};

const OTHER_FORMATS: Record<OtherFormat, string> = {
  ods: 'This is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV.',
  xls: 'This is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV.',
  xlsm: 'This is a macro-enabled Excel workbook (.xlsm): save it as .xlsx or CSV.',
  xlsb: 'This is an Excel binary workbook (.xlsb): save it as .xlsx or CSV.',
  html: 'This is a web page saved with a spreadsheet ending, not a spreadsheet: open it in a spreadsheet program and save it as .xlsx or CSV.',
  numbers: 'This is an Apple Numbers file: export it as .xlsx or CSV.',
};

function numberProblem(p: NumberProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'The cell is empty.';
    case 'wrong-mark':
      return `"${enQuote(p.text)}" is not a number with "${mark(p.mark)}" as the decimal mark (check the decimal setting).`;
    case 'not-a-number':
      return `"${enQuote(p.text)}" is not a number.`;
    case 'out-of-range':
      return `"${enQuote(p.text)}" is outside the range this workbench accepts (±10^${Math.round(Math.log10(p.limit))}).`;
    case 'ambiguous':
      return `"${enQuote(p.text)}" reads two ways (a decimal ${p.other} or a thousands separator) and nothing else in the file tells which: choose the decimal mark for this file.`;
  }
}

function tableProblem(p: TableProblem): string {
  switch (p.kind) {
    case 'empty-file':
      return 'The file is empty.';
    case 'unclosed-quote':
      return 'A quoted field is not closed.';
    case 'not-text':
      return p.likely === 'windows-1252'
        ? 'The file is not UTF-8 (it looks like Windows-1252, e.g. Excel\'s "CSV (Comma delimited)"): save it as "CSV UTF-8", or confirm reading it as Windows-1252.'
        : 'The file is not UTF-8 or UTF-16 text: save it as "CSV UTF-8".';
    case 'missing-columns':
      return p.separators
        ? `Missing column${p.columns.length > 1 ? 's' : ''}: ${listText(p.columns)}. Expected the header ${p.expected.join(',')} (comma, semicolon or tab between the names).`
        : `Missing column${p.columns.length > 1 ? 's' : ''}: ${listText(p.columns)}. Expected ${p.expected.join(',')}.`;
    case 'unknown-columns':
      return `Unknown column${p.columns.length > 1 ? 's' : ''}: ${p.columns.map(enQuote).join(', ')}.`;
    case 'duplicate-column':
      return `The column "${p.name}" appears twice (columns ${p.columns.join(' and ')}); keep one.`;
    case 'unnamed-column':
      return p.merged
        ? `Column ${p.column} has data (line ${p.line}: "${enQuote(p.text)}") but its header is hidden under the merged cell ${p.merged}; unmerge it and name the column.`
        : `Column ${p.column} has data (line ${p.line}: "${enQuote(p.text)}") but no header; name it or delete the column.`;
    case 'error-value':
      return `The cell holds the error value ${p.code}.`;
    case 'no-saved-result':
      return `The formula =${enQuote(p.formula)} has no saved result: open and save the file in a spreadsheet program, or type the value.`;
    case 'empty-code':
      return 'The code is empty.';
    case 'bad-provenance':
      return "The provenance cell is not the sources of the row's figures as this workbench writes them (a JSON object by value, numerator and denominator): left out, the figures are read without a source.";
    case 'unknown-code':
      return `Unknown KPI code "${enQuote(p.code)}".`;
    case 'unknown-datapoint':
      return `"${enQuote(p.key)}" is not a data point of ${p.kpi} (expected ${p.expected.map((k) => (k === '' ? 'blank' : k)).join(', ')}).`;
    case 'unknown-target':
      return `Unknown KPI or data point "${enQuote(p.code)}" "${enQuote(p.key)}".`;
    case 'repeated':
      return p.first === null ? `${p.code} ${p.key} is set twice.` : `${p.code} ${p.key} appears again (first on line ${p.first}).`;
    case 'number':
      return numberProblem(p.problem);
    case 'not-yes-no':
      return `"${enQuote(p.text)}" is not yes or no (yes/no, true/false or 1/0).`;
    case 'bool-not-number':
      return `${p.value ? 'TRUE' : 'FALSE'} is a yes/no, not a number.`;
    case 'date-not-number':
      return `The cell is a date (${p.date}), not a number: format it as a number and check the value.`;
    case 'number-text-too-long':
      return `"${enQuote(p.text)}" is longer than ${p.limit} characters.`;
    case 'profile-conflict':
      return `${p.field} is ${p.value} here but ${p.previous} on ${p.at === null ? 'another line' : 'cell' in p.at ? p.at.cell : `line ${p.at.line}`}: the city profile holds one value.`;
    case 'reported-directly':
      return `${p.code} is reported directly: put the number in the value column.`;
    case 'bad-target':
      return `${numberProblem(p.problem)} ${p.blank ? 'Use a number, "none", or leave it blank for the reference target.' : 'Use a number ≥ 0 or "none".'}`;
    case 'negative-target':
      return 'A target cannot be negative.';
    case 'bad-status':
      return `"${enQuote(p.text)}" is not reported, not-reported or not-applicable.`;
    case 'bad-quality':
      return `"${enQuote(p.text)}" is not one of ${listText(p.allowed, 'disjunction')}.`;
    case 'bad-year':
      return `"${enQuote(p.text)}" is not a year between ${p.min} and ${p.max}.`;
    case 'text-too-long':
      return `The text is ${p.length} characters long; at most ${p.limit} are kept, so shorten it.`;
    case 'not-layout-zip': {
      const why = p.detail === 'not-zip' ? 'not a zip archive' : 'no data/indicator_*.csv file';
      return `This is not a zip of Open SDG data files (${why}). Export it again as the Open SDG zip.`;
    }
    case 'file-too-large':
      return `The spreadsheet is larger than ${p.limit / MB} MB.`;
    case 'unpacks-too-large':
      return `The spreadsheet unpacks to more than ${p.limit / MB} MB.`;
    case 'not-xlsx': {
      const why =
        p.detail === 'not-zip'
          ? 'not a zip archive'
          : p.detail === 'no-workbook'
            ? 'no xl/workbook.xml'
            : p.detail === 'no-worksheet'
              ? 'no worksheet'
              : 'a part is cut short or its XML is broken';
      return `This is not a readable .xlsx spreadsheet (${why}). Save it as an Excel workbook (.xlsx).`;
    }
    case 'not-calculated':
      if (p.why === 'manual')
        return `The formula =${enQuote(p.formula)} was saved with the result ${p.stored} but may never have been calculated (the workbook calculates only when asked and was saved without calculating, as xlsxwriter's manual mode writes it): recalculate and save it in a spreadsheet program, or type the value.`;
      if (p.why === 'defaults')
        return `The formula =${enQuote(p.formula)} was saved with the result ${p.stored}, as was every formula in the workbook, and nothing shows the workbook was ever calculated (it has no calculation chain, which Excel saves; a file written by xlsxwriter and converted by LibreOffice looks like this): recalculate and save it in Excel, or type the value.`;
      return `The formula =${enQuote(p.formula)} was saved with the result ${p.stored} but never calculated (the workbook asks to be recalculated when opened, as files written by xlsxwriter or pandas do): open and save it in a spreadsheet program, or type the value.`;
    case 'percent-not-unit':
      return `The cell is formatted as a percentage (it shows ${p.shown} %) but this data point is measured in ${p.unit}, not in %: format the cell as a number that shows the value (${p.value} or ${p.shown}).`;
    case 'ambiguous-marker':
      return `"${enQuote(p.text)}" means "not available" in some tables and "not applicable" in others: leave the value empty and write not-reported or not-applicable in the status column.`;
    case 'which-sheet':
      return `Several sheets hold a values table (${p.sheets.join(', ')}): choose the sheet to read (--sheet NAME on the command line).`;
    case 'hidden-sheet':
      return `The only values table is on the hidden sheet "${p.sheet}": unhide it, or choose that sheet to read it (--sheet on the command line).`;
    case 'no-such-sheet':
      return `The workbook has no sheet "${enQuote(p.name)}" (its sheets: ${p.sheets.join(', ')}).`;
    case 'other-format':
      return OTHER_FORMATS[p.format];
    case 'too-many-rows':
      return `The file has more than ${p.limit} rows; a values table has one row per data point.`;
    case 'too-many-columns':
      return `A row has more than ${p.limit} columns; a values table has at most 21.`;
  }
}

const FORMS = {
  'datapoint-id': 'a data point id such as "EC: ICT: ICT: 1C|"',
  fingerprint: 'a 64-digit hexadecimal SHA-256',
  date: 'a date as YYYY-MM-DD',
  other: 'the form the schema asks for',
} as const;

const SHAPES = {
  entered: '{ value, unit, factor } (the value as entered in another unit)',
  frozen: '{ at, by, fingerprint } with a 64-digit hexadecimal SHA-256',
  parent: '{ id, fingerprint } with a 64-digit hexadecimal SHA-256',
  'carried-from': '{ id, year, baseline }',
  origin: '{ kind, at, name?, signer? }',
  provenance: '{ profile?, values? } { kind: json-stat, value, source, file, retrieved, picked }',
  'catalogue-review': '{ from, to, datapoints }',
  changes: 'a list of changes of a known kind, each with its source',
} as const;

/** What is wrong at the path, without the path. */
function docWhat(p: DocProblem): string {
  switch (p.kind) {
    case 'wrong-type':
      return `expected ${listText(
        p.expected.map((t) => TYPE_WORDS[t]),
        'disjunction',
      )}.`;
    case 'too-long':
      return `text longer than ${p.limit} characters.`;
    case 'too-short':
      return p.limit === 1 ? 'empty; expected text.' : `text shorter than ${p.limit} characters.`;
    case 'not-one-of':
      return `"${enQuote(p.value)}" is not one of ${listText(p.allowed.map(String), 'disjunction')}.`;
    case 'below':
      return p.exclusive ? `expected a number above ${p.limit}.` : `expected a number of at least ${p.limit}.`;
    case 'above':
      return `expected a number of at most ${p.limit}.`;
    case 'not-whole':
      return 'expected a whole number.';
    case 'not-finite':
      return 'not a finite number.';
    case 'pattern':
      return `"${enQuote(p.value)}" is not ${FORMS[p.form]}.`;
    case 'missing':
      return 'missing.';
    case 'unknown-field':
      return `unknown field "${enQuote(p.name)}".`;
    case 'forbidden-key':
      return `the key "${p.key}" is not allowed.`;
    case 'repeated-key':
      return 'key written more than once in its object: which of its values is meant cannot be known, so it is refused.';
    case 'too-many':
      return `more than ${p.limit} items.`;
    case 'unknown-datapoint':
      return `unknown data point "${enQuote(p.id)}".`;
    case 'unknown-profile-field':
      return `unknown field "${enQuote(p.name)}".`;
    case 'duplicate-id':
      return `"${enQuote(p.id)}" appears twice.`;
    case 'reason-required':
      return 'a reason is required for "not-verifiable".';
    case 'blank-text':
      return 'expected text.';
    case 'not-year':
      return `expected a whole year between ${p.min} and ${p.max}.`;
    case 'not-target':
      return 'expected a number ≥ 0 or "none".';
    case 'bad-id':
      return `expected text of 1 to ${p.limit} characters.`;
    case 'not-time':
      return 'expected a time (ms since 1970).';
    case 'bad-shape':
      return `expected ${SHAPES[p.shape]}.`;
    case 'schema':
      return `refused by the schema (${p.keyword}).`;
    case 'bad-version':
      return 'no valid "version".';
    case 'migration-failed':
      return `could not be brought from format version ${p.from} to ${p.to}.`;
  }
}

/** A note on what was read, after where it is (`assessment 2: values["…"].value`). */
function docNote(n: DocNote, at: string): string {
  switch (n.kind) {
    case 'kept-as-text':
      return `${at}: "${enQuote(n.text)}" is text, kept as written and not scored until it is corrected.`;
    case 'reset-time':
      return `${at}: ${enQuote(n.value)} is not a valid time; reset to now.`;
    case 'reset-revision':
      return `${at}: ${enQuote(n.value)} is out of range; reset to 0.`;
  }
}

/** Why an assessment or workspace file was not read: the headline; an `invalid` error's problems are listed apart. */
function parseError(e: AssessmentParseError): string {
  switch (e.kind) {
    case 'not-json':
      return `The file is not valid JSON (${e.detail}).`;
    case 'too-large':
      return `The file is larger than ${e.limit / MB} MB and was not read.`;
    case 'not-an-assessment':
      return e.workspace
        ? 'This is neither an SSC Workbench assessment nor a workspace file.'
        : 'This is not an SSC Workbench assessment (expected "format": "ssc-workbench/assessment").';
    case 'newer-version':
      return e.workspace
        ? `This workspace was written by a newer version of the workbench (format version ${e.version}; this app reads up to ${e.max}). Update the app to open it.`
        : `This assessment was written by a newer version of the workbench (format version ${e.version}; this app reads up to ${e.max}). Update the app to open it.`;
    case 'wrong-framework':
      return `The assessment uses the framework "${enQuote(e.framework)}", not "${e.expected}".`;
    case 'invalid':
      return `The assessment has ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}.`;
    case 'none-read':
      return `No assessment in the workspace file could be read (${e.refused.length} refused).`;
  }
}

/**
 * The words of the readers' problems: the string object a language replaces (`Translation<typeof PW>`
 * in src/ui/strings/<lang>/problems.ts). `P` below puts them together.
 */
export const PW = {
  /** User text as quoted in a message: shortened text says how long the whole is. */
  quote: enQuote,
  number: numberProblem,
  table: tableProblem,
  /** What is wrong at a document path, without the path. */
  docWhat,
  /** A note on what was read; `at` is where (the assessment and the path), already put together. */
  note: docNote,
  /** Where a problem of a workspace file is: the position of its assessment (`assessment 2: `). */
  inAssessment: (n: number) => `assessment ${n}: `,
  /** What the reading of a table says about the file as a whole. */
  tableNote: (n: TableNote): string =>
    n.kind === 'sheet-read'
      ? `Read the sheet "${n.sheet}" (of ${n.of} sheet${n.of === 1 ? '' : 's'}${n.hidden.length > 0 ? `; hidden, not read: ${n.hidden.join(', ')}` : ''}).`
      : `Column ${n.column} (0, 1, 2… or 1, 2, 3… with no header: a row index as pandas and R write it) was skipped.`,
  parseError,
};

const inAssessment = (n: number | undefined) => (n === undefined ? '' : PW.inAssessment(n));

/** One problem of a document: `values["EC: ICT: ICT: 1C|"].status: "x" is not one of reported, …`. */
function docProblem(p: DocProblem): string {
  return `${inAssessment(p.assessment)}${p.path === '' ? '' : `${p.path}: `}${PW.docWhat(p)}`;
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
  return lines.length > 0 ? lines : [PW.parseError(r.error)];
}

/** The readers' problems in words, in the current language (the words are `PW`'s). */
export const P = {
  number: (p: NumberProblem): string => PW.number(p),
  table: (p: TableProblem): string => PW.table(p),
  doc: docProblem,
  note: (n: DocNote): string => PW.note(n, `${inAssessment(n.assessment)}${n.path}`),
  tableNote: (n: TableNote): string => PW.tableNote(n),
  parseError: (e: AssessmentParseError): string => PW.parseError(e),
  errorLines,
  refusedLines,
};
