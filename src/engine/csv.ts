import { QUALITIES } from './assessment';
import type { Framework } from './framework';
import { parseNumber } from './parse';
import type { AssessmentInput, NumInput, Quality, Status, TargetOverride, ValueEntry } from './types';

/** The values CSV of DESIGN.md's interchange contract, in this column order. */
export const VALUES_COLUMNS = ['code', 'datapoint', 'numerator', 'denominator', 'value', 'target', 'status', 'quality', 'source', 'year', 'note'] as const;
const REQUIRED_COLUMNS = ['code', 'datapoint', 'value'] as const;

export interface CsvProblem {
  /** 1-based line number in the file (the header is line 1). */
  row: number;
  column?: string;
  message: string;
}

export type CsvResult = { ok: true; input: AssessmentInput; rows: number } | { ok: false; problems: CsvProblem[] };

/** Most problems reported for one file: past this the list stops being useful to a person. */
const MAX_PROBLEMS = 200;

// ---------------------------------------------------------------------------------------------------
// RFC 4180 reading and writing

/** Splits CSV text into records (quoted fields, doubled quotes, CRLF or LF, optional BOM). */
export function readCsv(text: string): { records: string[][]; error?: CsvProblem } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted) return { records, error: { row: line, message: 'A quoted field is not closed.' } };
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { records };
}

const quote = (v: string) => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an apostrophe
 * when they are free text, so an exported file cannot inject formulas into the recipient's Excel.
 * Text that already starts with apostrophes before such a character gets one more, so that `undefuse`
 * (which removes exactly one) gives back every text as typed: `'=x` → `''=x` → `'=x`.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const defuse = (v: string) => (FORMULA_LIKE.test(v) ? `'${v}` : v);

/** Reverses `defuse` on import, so export → import gives back the text as typed. */
const undefuse = (v: string) => (v.startsWith("'") && FORMULA_LIKE.test(v) ? v.slice(1) : v);

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------------
// Values CSV ↔ assessment input

const STATUS_WORDS: Record<string, Status> = {
  reported: 'reported',
  'not-reported': 'not-reported',
  'not reported': 'not-reported',
  nr: 'not-reported',
  'not-applicable': 'not-applicable',
  'not applicable': 'not-applicable',
  'n/a': 'not-applicable',
  na: 'not-applicable',
};

const QUALITY_WORDS: Record<string, Quality> = {
  ...Object.fromEntries(QUALITIES.map((q) => [q, q])),
  'accurate measurement': 'accurate',
  'extrapolated from an inhabitant survey': 'survey',
  'extrapolated from higher-level data': 'higher-level',
  'estimate based on assumptions': 'assumption',
  'personal estimate': 'personal',
  'unknown/not traceable': 'unknown',
};

/** Reads a values CSV into an assessment input. Every problem names its line and column. */
export function parseValuesCsv(text: string, fw: Framework): CsvResult {
  const { records, error } = readCsv(text);
  if (error) return { ok: false, problems: [error] };
  return parseValuesTable(records, fw);
}

/**
 * Reads the values table (header row first) from any tabular source: CSV text or a spreadsheet's first
 * sheet. `row` numbers in problems are 1-based lines/rows of that source.
 */
export function parseValuesTable(records: string[][], fw: Framework): CsvResult {
  const nonEmpty = records.filter((r) => r.some((f) => f.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, problems: [{ row: 1, message: 'The file is empty.' }] };

  const header = records[0].map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        { row: 1, message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Expected the header ${VALUES_COLUMNS.join(',')}.` },
      ],
    };
  }
  const unknown = header.filter((h) => h !== '' && !(VALUES_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) {
    return { ok: false, problems: [{ row: 1, message: `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.` }] };
  }
  const col = Object.fromEntries(VALUES_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof VALUES_COLUMNS)[number], number>;

  const problems: CsvProblem[] = [];
  const input: AssessmentInput = { profile: {}, values: {}, targets: {}, method: { name: 'u4ssc-points' } };
  const seen = new Map<string, number>();
  const profileRow = new Map<string, number>();

  for (let r = 1; r < records.length && problems.length < MAX_PROBLEMS; r++) {
    const rec = records[r];
    const row = r + 1;
    if (rec.every((f) => f.trim() === '')) continue;
    const get = (c: (typeof VALUES_COLUMNS)[number]) => (col[c] >= 0 ? (rec[col[c]] ?? '').trim() : '');
    const problem = (column: string | undefined, message: string) => problems.push({ row, column, message });

    const code = get('code');
    const key = get('datapoint');
    if (!fw.kpiByCode(code)) {
      problem('code', code === '' ? 'The code is empty.' : `Unknown KPI code "${code}".`);
      continue;
    }
    const ref = fw.datapoint(code, key);
    if (!ref) {
      const kpi = fw.kpiByCode(code)!;
      problem('datapoint', `"${key}" is not a data point of ${kpi.code} (expected ${kpi.datapoints.map((d) => (d.key === '' ? 'blank' : d.key)).join(', ')}).`);
      continue;
    }
    if (seen.has(ref.id)) {
      problem('code', `${ref.id.replace('|', ' ')} appears again (first on line ${seen.get(ref.id)}).`);
      continue;
    }
    seen.set(ref.id, row);

    const num = (c: 'numerator' | 'denominator' | 'value'): NumInput | undefined => {
      const raw = get(c);
      if (raw === '') return undefined;
      if (c === 'value' && ref.def.formula.kind === 'yesno') {
        const word = raw.toLowerCase();
        if (word === 'yes' || word === 'no') return word;
        problem(c, `"${raw}" is not yes or no.`);
        return undefined;
      }
      const parsed = parseNumber(raw, 'point');
      if (!parsed.ok) {
        problem(c, parsed.reason);
        return undefined;
      }
      return parsed.value;
    };

    const entry: ValueEntry = {};
    const numerator = num('numerator');
    const value = num('value');
    const denominator = num('denominator');
    if (numerator !== undefined) entry.numerator = numerator;
    if (value !== undefined) entry.value = value;
    const f = ref.def.formula;
    if (denominator !== undefined) {
      if (f.kind === 'ratio' && 'profile' in f.denominator) {
        // A profile denominator (population, households...) is one number for the whole city.
        const field = f.denominator.profile;
        const previous = input.profile[field];
        if (previous !== undefined && previous !== denominator) {
          problem(
            'denominator',
            `${field} is ${String(denominator)} here but ${String(previous)} on line ${profileRow.get(field)}: the city profile holds one value.`,
          );
        } else {
          input.profile[field] = denominator;
          profileRow.set(field, row);
        }
      } else if (f.kind === 'ratio') entry.denominator = denominator;
      else problem('denominator', `${ref.kpi.code} is reported directly: put the number in the value column.`);
    }
    if (numerator !== undefined && f.kind !== 'ratio') {
      problem('numerator', `${ref.kpi.code} is reported directly: put the number in the value column.`);
    }

    const target = get('target');
    if (target !== '') {
      if (target.toLowerCase() === 'none') input.targets[ref.id] = { target: 'none' } satisfies TargetOverride;
      else {
        const parsed = parseNumber(target, 'point');
        if (!parsed.ok) problem('target', `${parsed.reason} Use a number, "none", or leave it blank for the reference target.`);
        else if (parsed.value < 0) problem('target', 'A target cannot be negative.');
        else input.targets[ref.id] = { target: parsed.value };
      }
    }
    const status = get('status');
    if (status !== '') {
      const s = STATUS_WORDS[status.toLowerCase()];
      if (s) entry.status = s;
      else problem('status', `"${status}" is not reported, not-reported or not-applicable.`);
    }
    const quality = get('quality');
    if (quality !== '') {
      const q = QUALITY_WORDS[quality.toLowerCase()];
      if (q) entry.quality = q;
      else problem('quality', `"${quality}" is not one of ${QUALITIES.join(', ')}.`);
    }
    const year = get('year');
    if (year !== '') {
      if (/^\d{4}$/.test(year)) entry.year = Number(year);
      else problem('year', `"${year}" is not a four-digit year.`);
    }
    const source = undefuse(get('source'));
    if (source !== '') entry.source = source;
    const note = undefuse(get('note'));
    if (note !== '') entry.note = note;
    if (Object.keys(entry).length > 0) input.values[ref.id] = entry;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input, rows: seen.size };
}

const text = (v: NumInput | undefined) => (v === undefined || v === null ? '' : String(v));

/**
 * Writes one row per data point of the framework, in catalogue order. A blank input gives the template
 * (`npm run score -- --template`).
 */
export function valuesCsv(fw: Framework, input?: AssessmentInput): string {
  return writeCsv(valuesTable(fw, input));
}

/** The values table (header row first), shared by the CSV and spreadsheet exports. */
export function valuesTable(fw: Framework, input?: AssessmentInput): string[][] {
  const rows: string[][] = [[...VALUES_COLUMNS]];
  for (const ref of fw.datapoints) {
    const e = input?.values[ref.id] ?? {};
    const f = ref.def.formula;
    const denominator = f.kind === 'ratio' && 'profile' in f.denominator ? input?.profile[f.denominator.profile] : e.denominator;
    const t = input?.targets[ref.id];
    rows.push([
      ref.kpi.code,
      ref.def.key,
      text(e.numerator),
      text(denominator),
      text(e.value),
      t === undefined ? '' : String(t.target),
      e.status ?? '',
      e.quality ?? '',
      defuse(e.source ?? ''),
      e.year === undefined || e.year === null ? '' : String(e.year),
      defuse(e.note ?? ''),
    ]);
  }
  return rows;
}
