/**
 * Reading an .xlsx workbook as typed cells, which a values reader needs and general readers hide: a
 * percent-formatted 0.995 is 99.5 %, a number formatted as a date is a date, an error value (#DIV/0!)
 * is an error and not a blank, a formula with no saved result (openpyxl writes those) is said, and the
 * merged ranges are known. Unzipping is fflate's (MIT, already under the Excel writer); the XML of a
 * worksheet is regular enough (ECMA-376 part 1, §18.3) to read with a scanner here, in the page and in
 * Node alike (Node has no DOMParser).
 */
import { unzipSync } from 'fflate';
import type { SheetValue, TableCell } from '../engine/csv';

export interface SheetCells {
  name: string;
  /** Rows by 1-based row number; each a sparse array by 0-based column. */
  rows: Map<number, TableCell[]>;
  /** Merged ranges, e.g. `A1:B1`, with their first row and columns. */
  merges: { ref: string; row: number; from: number; to: number }[];
}

export type WorkbookRead =
  | { ok: true; sheets: SheetCells[] }
  | { ok: false; kind: 'too-large'; limit: number }
  | { ok: false; kind: 'not-xlsx'; detail: 'not-zip' | 'no-workbook' | 'no-worksheet' };

/** Unzipped parts larger than this are refused: a values workbook is a few hundred kB. */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
    )
    // Excel escapes control characters as _xHHHH_.
    .replace(/_x([0-9a-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
};

/** The text of the `<t>` runs inside an element (shared string, inline string), phonetic runs left out. */
const runsText = (xml: string) =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');

/** `B12` → { row: 12, col: 1 }. */
export function parseAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_PERCENT_FORMATS = new Set([9, 10]);

/** What a number format shows: a percentage, a date, or a plain number. Quoted text and [colour] parts are not the format. */
function formatKind(id: number, code: string | undefined): 'percent' | 'date' | 'number' {
  if (code === undefined) return BUILTIN_PERCENT_FORMATS.has(id) ? 'percent' : BUILTIN_DATE_FORMATS.has(id) ? 'date' : 'number';
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0];
  if (bare.includes('%')) return 'percent';
  if (/^general$/i.test(bare.trim())) return 'number';
  return /[dmyhs]/i.test(bare) ? 'date' : 'number';
}

/** An Excel serial day as a date (1900 system, with its phantom 29 Feb 1900; or the 1904 system). */
function serialDate(serial: number, epoch1904: boolean): { year: number; date: string } | null {
  const days = Math.floor(serial) + (epoch1904 ? 1462 : 0);
  // Serial 60 is the 29 Feb 1900 Excel keeps for Lotus 1-2-3; serials before it are one day early.
  const ms = Date.UTC(1899, 11, 30) + (days < 61 && !epoch1904 ? days + 1 : days) * 86_400_000;
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return null;
  return { year: d.getUTCFullYear(), date: d.toISOString().slice(0, 10) };
}

function parseStyles(xml: string | undefined): ('percent' | 'date' | 'number')[] {
  if (!xml) return [];
  const codes = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (Number.isFinite(id) && code !== undefined) codes.set(id, code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return formatKind(id, codes.get(id));
  });
}

/** Resolves a relationship target against the folder of the part that refers to it. */
const resolvePart = (base: string, target: string) => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
};

function readSheet(xml: string, name: string, strings: string[], styles: ('percent' | 'date' | 'number')[], epoch1904: boolean): SheetCells {
  const rows = new Map<number, TableCell[]>();
  let lastRow = 0;
  // Cells: <c r="B2" s="3" t="s"><f>…</f><v>…</v></c>, <c …><is><t>…</t></is></c>, or <c …/>.
  for (const m of xml.matchAll(/<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(attr(m[1], 'r') ?? lastRow + 1);
    lastRow = rowNumber;
    const cells: TableCell[] = [];
    let lastCol = -1;
    for (const c of (m[3] ?? '').matchAll(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = c[1];
      const body = c[3] ?? '';
      const pos = parseAddress(attr(head, 'r') ?? '');
      const col = pos ? pos.col : lastCol + 1;
      lastCol = col;
      const type = attr(head, 't') ?? 'n';
      const style = styles[Number(attr(head, 's') ?? 0)] ?? 'number';
      const vMatch = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body);
      const v = vMatch ? unescapeXml(vMatch[1]) : undefined;
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body);
      let cell: TableCell;
      if (type === 'inlineStr') cell = runsText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      // No saved result: no <v>, or (openpyxl) an empty <v/> under a formula of a number cell.
      else if (v === undefined || (formula && v === '' && type !== 'str')) cell = formula ? { kind: 'no-result', formula: unescapeXml(formula[1]) } : '';
      else if (type === 's') cell = strings[Number(v)] ?? '';
      else if (type === 'str') cell = v;
      else if (type === 'b') cell = { kind: 'bool', value: v === '1' };
      else if (type === 'e') cell = { kind: 'error', code: v };
      else if (type === 'd') cell = { kind: 'date', year: Number(v.slice(0, 4)), date: v.slice(0, 10) };
      else {
        const n = Number(v);
        if (v.trim() === '' || !Number.isFinite(n)) cell = v;
        else if (style === 'date') {
          const date = serialDate(n, epoch1904);
          cell = date ? { kind: 'date', ...date } : v;
        } else cell = { kind: 'number', value: n, percent: style === 'percent' } satisfies SheetValue;
      }
      cells[col] = cell;
    }
    rows.set(rowNumber, cells);
  }
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*>/g)].flatMap((m) => {
    const ref = attr(m[0], 'ref') ?? '';
    const [a, b] = ref.split(':').map(parseAddress);
    return a && b ? [{ ref, row: a.row, from: a.col, to: b.col }] : [];
  });
  return { name, rows, merges };
}

/** Reads every worksheet of a workbook, in the workbook's order. */
export function readWorkbook(data: ArrayBuffer | Uint8Array): WorkbookRead {
  let files: Record<string, Uint8Array>;
  let unzipped = 0;
  try {
    files = unzipSync(data instanceof Uint8Array ? data : new Uint8Array(data), {
      filter: (f) => {
        unzipped += f.originalSize;
        if (unzipped > MAX_UNZIPPED_BYTES) throw new RangeError('too-large');
        return f.name.endsWith('.xml') || f.name.endsWith('.rels');
      },
    });
  } catch (e) {
    if (e instanceof RangeError && e.message === 'too-large') return { ok: false, kind: 'too-large', limit: MAX_UNZIPPED_BYTES };
    return { ok: false, kind: 'not-xlsx', detail: 'not-zip' };
  }
  const text = (path: string) => (files[path] ? new TextDecoder().decode(files[path]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) return { ok: false, kind: 'not-xlsx', detail: 'no-workbook' };
  const rels = new Map(
    [...(text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id') ?? '', attr(m[0], 'Target') ?? '']),
  );
  const strings = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? ''));
  const styles = parseStyles(text('xl/styles.xml'));
  const pr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const epoch1904 = ['1', 'true'].includes(attr(pr, 'date1904') ?? '');
  const sheets: SheetCells[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const id = attr(m[0], 'r:id') ?? '';
    const target = rels.get(id);
    const xml = target === undefined ? undefined : text(resolvePart('xl/workbook.xml', target));
    if (xml !== undefined) sheets.push(readSheet(xml, attr(m[0], 'name') ?? '', strings, styles, epoch1904));
  }
  if (sheets.length === 0) return { ok: false, kind: 'not-xlsx', detail: 'no-worksheet' };
  return { ok: true, sheets };
}
