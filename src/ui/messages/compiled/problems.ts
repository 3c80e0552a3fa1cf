// Compiled from src/ui/messages/en/problems.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, lf, pl, sel, type Args } from '../runtime';

/** The messages of the namespace `problems`, with the argument types of their English text. */
export interface ProblemsMessages {
  "quote"(a: { text: string | number; length: string | number }): string;
  readonly "number": {
    readonly "empty": string;
    "wrong-mark"(a: { text: string | number; mark: string | number }): string;
    "not-a-number"(a: { text: string | number }): string;
    "out-of-range"(a: { text: string | number; exponent: string | number }): string;
    "ambiguous"(a: { text: string | number; other: string | number }): string;
  };
  readonly "table": {
    readonly "empty-file": string;
    readonly "unclosed-quote": string;
    "not-text"(a: { likely: string | number }): string;
    "missing-columns"(a: { count: number; columns: readonly string[]; separators: boolean; header: string | number }): string;
    "unknown-columns"(a: { count: number; columns: readonly string[] }): string;
    "duplicate-column"(a: { name: string | number; columns: readonly string[] }): string;
    "unnamed-column"(a: { merged: string | number | null; column: string | number; line: string | number; text: string | number }): string;
    "error-value"(a: { code: string | number }): string;
    "no-saved-result"(a: { formula: string | number }): string;
    readonly "empty-code": string;
    readonly "bad-provenance": string;
    "unknown-code"(a: { code: string | number }): string;
    "unknown-datapoint"(a: { key: string | number; kpi: string | number; expected: readonly string[] }): string;
    "unknown-target"(a: { code: string | number; key: string | number }): string;
    "repeated"(a: { first: string | number | null; code: string | number; key: string | number }): string;
    "not-yes-no"(a: { text: string | number }): string;
    "bool-not-number"(a: { value: boolean }): string;
    "date-not-number"(a: { date: string | number }): string;
    "number-text-too-long"(a: { text: string | number; limit: string | number }): string;
    "profile-conflict"(a: { field: string | number; value: string | number; previous: string | number; where: string | number; cell: string | number; line: string | number }): string;
    "reported-directly"(a: { code: string | number }): string;
    "bad-target"(a: { problem: string | number; blank: boolean }): string;
    readonly "negative-target": string;
    "bad-status"(a: { text: string | number }): string;
    "bad-quality"(a: { text: string | number; allowed: readonly string[] }): string;
    "bad-year"(a: { text: string | number; min: string | number; max: string | number }): string;
    "text-too-long"(a: { length: string | number; limit: string | number }): string;
    "not-layout-zip"(a: { detail: string | number }): string;
    "file-too-large"(a: { mb: string | number }): string;
    "unpacks-too-large"(a: { mb: string | number }): string;
    "not-xlsx"(a: { detail: string | number }): string;
    "not-calculated"(a: { why: string | number; formula: string | number; stored: string | number }): string;
    "percent-not-unit"(a: { shown: string | number; unit: string | number; value: string | number }): string;
    "ambiguous-marker"(a: { text: string | number }): string;
    "which-sheet"(a: { sheets: readonly string[] }): string;
    "hidden-sheet"(a: { sheet: string | number }): string;
    "no-such-sheet"(a: { name: string | number; sheets: readonly string[] }): string;
    "other-format"(a: { format: string | number }): string;
    "too-many-rows"(a: { limit: string | number }): string;
    "too-many-columns"(a: { limit: string | number }): string;
  };
  readonly "blank": string;
  "jsonType"(a: { type: string | number | null }): string;
  readonly "docWhat": {
    "wrong-type"(a: { expected: readonly string[] }): string;
    "too-long"(a: { limit: string | number }): string;
    "too-short"(a: { limit: number }): string;
    "not-one-of"(a: { value: string | number; allowed: readonly string[] }): string;
    "below"(a: { exclusive: boolean; limit: string | number }): string;
    "above"(a: { limit: string | number }): string;
    readonly "not-whole": string;
    readonly "not-finite": string;
    "pattern"(a: { value: string | number; form: string | number }): string;
    readonly "missing": string;
    "unknown-field"(a: { name: string | number }): string;
    "forbidden-key"(a: { key: string | number }): string;
    readonly "repeated-key": string;
    "too-many"(a: { limit: string | number }): string;
    "unknown-datapoint"(a: { id: string | number }): string;
    "unknown-profile-field"(a: { name: string | number }): string;
    "duplicate-id"(a: { id: string | number }): string;
    readonly "reason-required": string;
    readonly "blank-text": string;
    "not-year"(a: { min: string | number; max: string | number }): string;
    readonly "not-target": string;
    "bad-id"(a: { limit: string | number }): string;
    readonly "not-time": string;
    "bad-shape"(a: { shape: string | number }): string;
    "schema"(a: { keyword: string | number }): string;
    readonly "bad-version": string;
    "migration-failed"(a: { from: string | number; to: string | number }): string;
  };
  readonly "note": {
    "kept-as-text"(a: { at: string | number; text: string | number }): string;
    "reset-time"(a: { at: string | number; value: string | number }): string;
    "reset-revision"(a: { at: string | number; value: string | number }): string;
  };
  "inAssessment"(a: { n: string | number }): string;
  readonly "tableNote": {
    "sheet-read"(a: { sheet: string | number; of: number; anyHidden: boolean; hidden: readonly string[] }): string;
    "index-column"(a: { column: string | number }): string;
  };
  readonly "parseError": {
    "not-json"(a: { detail: string | number }): string;
    "too-large"(a: { mb: string | number }): string;
    "not-an-assessment"(a: { workspace: boolean }): string;
    "newer-version"(a: { workspace: boolean; version: string | number; max: string | number }): string;
    "wrong-framework"(a: { framework: string | number; expected: string | number }): string;
    "invalid"(a: { count: number }): string;
    "none-read"(a: { count: string | number }): string;
  };
}

export const problems = register<ProblemsMessages>("problems", {
  quote: (a: Args) => `${a.text}… (${a.length} characters)`,
  number: {
    empty: "The cell is empty.",
    "wrong-mark": (a: Args) => `"${a.text}" is not a number with "${a.mark}" as the decimal mark (check the decimal setting).`,
    "not-a-number": (a: Args) => `"${a.text}" is not a number.`,
    "out-of-range": (a: Args) => `"${a.text}" is outside the range this workbench accepts (±10^${a.exponent}).`,
    ambiguous: (a: Args) => `"${a.text}" reads two ways (a decimal ${a.other} or a thousands separator) and nothing else in the file tells which: choose the decimal mark for this file.`,
  },
  table: {
    "empty-file": "The file is empty.",
    "unclosed-quote": "A quoted field is not closed.",
    "not-text": (a: Args) => sel(a.likely, { "windows-1252": `The file is not UTF-8 (it looks like Windows-1252, e.g. Excel's "CSV (Comma delimited)"): save it as "CSV UTF-8", or confirm reading it as Windows-1252.`, "other": `The file is not UTF-8 or UTF-16 text: save it as "CSV UTF-8".` }),
    "missing-columns": (a: Args) => `Missing ${pl('en', a.count, false, { "one": `column`, "other": `columns` })}: ${lf(a.columns)}. ${sel(a.separators, { "true": `Expected the header ${a.header} (comma, semicolon or tab between the names).`, "other": `Expected ${a.header}.` })}`,
    "unknown-columns": (a: Args) => `Unknown ${pl('en', a.count, false, { "one": `column`, "other": `columns` })}: ${lf(a.columns)}.`,
    "duplicate-column": (a: Args) => `The column "${a.name}" appears twice (columns ${lf(a.columns)}); keep one.`,
    "unnamed-column": (a: Args) => sel(a.merged, { "null": `Column ${a.column} has data (line ${a.line}: "${a.text}") but no header; name it or delete the column.`, "other": `Column ${a.column} has data (line ${a.line}: "${a.text}") but its header is hidden under the merged cell ${a.merged}; unmerge it and name the column.` }),
    "error-value": (a: Args) => `The cell holds the error value ${a.code}.`,
    "no-saved-result": (a: Args) => `The formula =${a.formula} has no saved result: open and save the file in a spreadsheet program, or type the value.`,
    "empty-code": "The code is empty.",
    "bad-provenance": "The provenance cell is not the sources of the row's figures as this workbench writes them (a JSON object by value, numerator and denominator): left out, the figures are read without a source.",
    "unknown-code": (a: Args) => `Unknown KPI code "${a.code}".`,
    "unknown-datapoint": (a: Args) => `"${a.key}" is not a data point of ${a.kpi} (expected ${lf(a.expected, 'disjunction')}).`,
    "unknown-target": (a: Args) => `Unknown KPI or data point "${a.code}" "${a.key}".`,
    repeated: (a: Args) => sel(a.first, { "null": `${a.code} ${a.key} is set twice.`, "other": `${a.code} ${a.key} appears again (first on line ${a.first}).` }),
    "not-yes-no": (a: Args) => `"${a.text}" is not yes or no (yes/no, true/false or 1/0).`,
    "bool-not-number": (a: Args) => `${sel(a.value, { "true": `TRUE`, "other": `FALSE` })} is a yes/no, not a number.`,
    "date-not-number": (a: Args) => `The cell is a date (${a.date}), not a number: format it as a number and check the value.`,
    "number-text-too-long": (a: Args) => `"${a.text}" is longer than ${a.limit} characters.`,
    "profile-conflict": (a: Args) => `${a.field} is ${a.value} here but ${a.previous} on ${sel(a.where, { "none": `another line`, "cell": `${a.cell}`, "other": `line ${a.line}` })}: the city profile holds one value.`,
    "reported-directly": (a: Args) => `${a.code} is reported directly: put the number in the value column.`,
    "bad-target": (a: Args) => `${a.problem} ${sel(a.blank, { "true": `Use a number, "none", or leave it blank for the reference target.`, "other": `Use a number ≥ 0 or "none".` })}`,
    "negative-target": "A target cannot be negative.",
    "bad-status": (a: Args) => `"${a.text}" is not reported, not-reported or not-applicable.`,
    "bad-quality": (a: Args) => `"${a.text}" is not one of ${lf(a.allowed, 'disjunction')}.`,
    "bad-year": (a: Args) => `"${a.text}" is not a year between ${a.min} and ${a.max}.`,
    "text-too-long": (a: Args) => `The text is ${a.length} characters long; at most ${a.limit} are kept, so shorten it.`,
    "not-layout-zip": (a: Args) => `This is not a zip of Open SDG data files (${sel(a.detail, { "not-zip": `not a zip archive`, "other": `no data/indicator_*.csv file` })}). Export it again as the Open SDG zip.`,
    "file-too-large": (a: Args) => `The spreadsheet is larger than ${a.mb} MB.`,
    "unpacks-too-large": (a: Args) => `The spreadsheet unpacks to more than ${a.mb} MB.`,
    "not-xlsx": (a: Args) => `This is not a readable .xlsx spreadsheet (${sel(a.detail, { "not-zip": `not a zip archive`, "no-workbook": `no xl/workbook.xml`, "no-worksheet": `no worksheet`, "other": `a part is cut short or its XML is broken` })}). Save it as an Excel workbook (.xlsx).`,
    "not-calculated": (a: Args) => sel(a.why, { "manual": `The formula =${a.formula} was saved with the result ${a.stored} but may never have been calculated (the workbook calculates only when asked and was saved without calculating, as xlsxwriter's manual mode writes it): recalculate and save it in a spreadsheet program, or type the value.`, "defaults": `The formula =${a.formula} was saved with the result ${a.stored}, as was every formula in the workbook, and nothing shows the workbook was ever calculated (it has no calculation chain, which Excel saves; a file written by xlsxwriter and converted by LibreOffice looks like this): recalculate and save it in Excel, or type the value.`, "other": `The formula =${a.formula} was saved with the result ${a.stored} but never calculated (the workbook asks to be recalculated when opened, as files written by xlsxwriter or pandas do): open and save it in a spreadsheet program, or type the value.` }),
    "percent-not-unit": (a: Args) => `The cell is formatted as a percentage (it shows ${a.shown} %) but this data point is measured in ${a.unit}, not in %: format the cell as a number that shows the value (${a.value} or ${a.shown}).`,
    "ambiguous-marker": (a: Args) => `"${a.text}" means "not available" in some tables and "not applicable" in others: leave the value empty and write not-reported or not-applicable in the status column.`,
    "which-sheet": (a: Args) => `Several sheets hold a values table (${lf(a.sheets)}): choose the sheet to read (--sheet NAME on the command line).`,
    "hidden-sheet": (a: Args) => `The only values table is on the hidden sheet "${a.sheet}": unhide it, or choose that sheet to read it (--sheet on the command line).`,
    "no-such-sheet": (a: Args) => `The workbook has no sheet "${a.name}" (its sheets: ${lf(a.sheets)}).`,
    "other-format": (a: Args) => sel(a.format, { "ods": `This is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV.`, "xls": `This is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV.`, "xlsm": `This is a macro-enabled Excel workbook (.xlsm): save it as .xlsx or CSV.`, "xlsb": `This is an Excel binary workbook (.xlsb): save it as .xlsx or CSV.`, "html": `This is a web page saved with a spreadsheet ending, not a spreadsheet: open it in a spreadsheet program and save it as .xlsx or CSV.`, "numbers": `This is an Apple Numbers file: export it as .xlsx or CSV.`, "other": `${a.format}` }),
    "too-many-rows": (a: Args) => `The file has more than ${a.limit} rows; a values table has one row per data point.`,
    "too-many-columns": (a: Args) => `A row has more than ${a.limit} columns; a values table has at most 21.`,
  },
  blank: "blank",
  jsonType: (a: Args) => sel(a.type, { "string": `text`, "number": `a number`, "integer": `a whole number`, "boolean": `true or false`, "null": `null`, "object": `an object`, "array": `a list`, "other": `${a.type}` }),
  docWhat: {
    "wrong-type": (a: Args) => `expected ${lf(a.expected, 'disjunction')}.`,
    "too-long": (a: Args) => `text longer than ${a.limit} characters.`,
    "too-short": (a: Args) => pl('en', a.limit, false, { "=1": `empty; expected text.`, "other": `text shorter than ${a.limit} characters.` }),
    "not-one-of": (a: Args) => `"${a.value}" is not one of ${lf(a.allowed, 'disjunction')}.`,
    below: (a: Args) => sel(a.exclusive, { "true": `expected a number above ${a.limit}.`, "other": `expected a number of at least ${a.limit}.` }),
    above: (a: Args) => `expected a number of at most ${a.limit}.`,
    "not-whole": "expected a whole number.",
    "not-finite": "not a finite number.",
    pattern: (a: Args) => `"${a.value}" is not ${sel(a.form, { "datapoint-id": `a data point id such as "EC: ICT: ICT: 1C|"`, "fingerprint": `a 64-digit hexadecimal SHA-256`, "date": `a date as YYYY-MM-DD`, "other": `the form the schema asks for` })}.`,
    missing: "missing.",
    "unknown-field": (a: Args) => `unknown field "${a.name}".`,
    "forbidden-key": (a: Args) => `the key "${a.key}" is not allowed.`,
    "repeated-key": "key written more than once in its object: which of its values is meant cannot be known, so it is refused.",
    "too-many": (a: Args) => `more than ${a.limit} items.`,
    "unknown-datapoint": (a: Args) => `unknown data point "${a.id}".`,
    "unknown-profile-field": (a: Args) => `unknown field "${a.name}".`,
    "duplicate-id": (a: Args) => `"${a.id}" appears twice.`,
    "reason-required": "a reason is required for \"not-verifiable\".",
    "blank-text": "expected text.",
    "not-year": (a: Args) => `expected a whole year between ${a.min} and ${a.max}.`,
    "not-target": "expected a number ≥ 0 or \"none\".",
    "bad-id": (a: Args) => `expected text of 1 to ${a.limit} characters.`,
    "not-time": "expected a time (ms since 1970).",
    "bad-shape": (a: Args) => `expected ${sel(a.shape, { "entered": `{ value, unit, factor } (the value as entered in another unit)`, "frozen": `{ at, by, fingerprint } with a 64-digit hexadecimal SHA-256`, "parent": `{ id, fingerprint } with a 64-digit hexadecimal SHA-256`, "carried-from": `{ id, year, baseline }`, "origin": `{ kind, at, name?, signer? }`, "provenance": `{ profile?, values? } { kind: json-stat, value, source, file, retrieved, picked }`, "catalogue-review": `{ from, to, datapoints }`, "changes": `a list of changes of a known kind, each with its source`, "other": `${a.shape}` })}.`,
    schema: (a: Args) => `refused by the schema (${a.keyword}).`,
    "bad-version": "no valid \"version\".",
    "migration-failed": (a: Args) => `could not be brought from format version ${a.from} to ${a.to}.`,
  },
  note: {
    "kept-as-text": (a: Args) => `${a.at}: "${a.text}" is text, kept as written and not scored until it is corrected.`,
    "reset-time": (a: Args) => `${a.at}: ${a.value} is not a valid time; reset to now.`,
    "reset-revision": (a: Args) => `${a.at}: ${a.value} is out of range; reset to 0.`,
  },
  inAssessment: (a: Args) => `assessment ${a.n}: `,
  tableNote: {
    "sheet-read": (a: Args) => `Read the sheet "${a.sheet}" (of ${a.of} ${pl('en', a.of, false, { "one": `sheet`, "other": `sheets` })}${sel(a.anyHidden, { "true": `; hidden, not read: ${lf(a.hidden)}`, "other": `` })}).`,
    "index-column": (a: Args) => `Column ${a.column} (0, 1, 2… or 1, 2, 3… with no header: a row index as pandas and R write it) was skipped.`,
  },
  parseError: {
    "not-json": (a: Args) => `The file is not valid JSON (${a.detail}).`,
    "too-large": (a: Args) => `The file is larger than ${a.mb} MB and was not read.`,
    "not-an-assessment": (a: Args) => sel(a.workspace, { "true": `This is neither an SSC Workbench assessment nor a workspace file.`, "other": `This is not an SSC Workbench assessment (expected "format": "ssc-workbench/assessment").` }),
    "newer-version": (a: Args) => sel(a.workspace, { "true": `This workspace was written by a newer version of the workbench (format version ${a.version}; this app reads up to ${a.max}). Update the app to open it.`, "other": `This assessment was written by a newer version of the workbench (format version ${a.version}; this app reads up to ${a.max}). Update the app to open it.` }),
    "wrong-framework": (a: Args) => `The assessment uses the framework "${a.framework}", not "${a.expected}".`,
    invalid: (a: Args) => `The assessment has ${a.count} ${pl('en', a.count, false, { "one": `problem`, "other": `problems` })}.`,
    "none-read": (a: Args) => `No assessment in the workspace file could be read (${a.count} refused).`,
  },
});
