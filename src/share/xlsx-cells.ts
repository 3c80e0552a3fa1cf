/**
 * Reading an .xlsx workbook as typed cells, which a values reader needs and general readers hide: a
 * percent-formatted 0.995 is 99.5 %, a number formatted as a date is a date, an error value (#DIV/0!)
 * is an error and not a blank, a formula with no saved result (openpyxl writes those) is said, and the
 * merged ranges are known. Unzipping is fflate's (MIT, already under the Excel writer); the XML of a
 * worksheet is regular enough (ECMA-376 part 1, §18.3) to read with a scanner here, in the page and in
 * Node alike (Node has no DOMParser).
 */
import { Inflate } from 'fflate';
import type { SheetValue, TableCell } from '../engine/csv';
import type { NotCalculated } from '../engine/problems';

export interface SheetCells {
  name: string;
  /** Hidden (or very hidden) in the workbook: never read without a word. */
  hidden: boolean;
  /** The sheet the workbook opens on (its active tab). */
  active: boolean;
  /** Rows by 1-based row number; each a sparse array by 0-based column. */
  rows: Map<number, TableCell[]>;
  /** Merged ranges, e.g. `A1:B1`, with their first row and columns. */
  merges: { ref: string; row: number; from: number; to: number }[];
}

export type WorkbookRead =
  | { ok: true; sheets: SheetCells[] }
  | { ok: false; kind: 'too-large'; limit: number }
  | { ok: false; kind: 'not-xlsx'; detail: 'not-zip' | 'no-workbook' | 'no-worksheet' | 'broken-xml' };

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

/** An attribute of a start tag, with or without a namespace prefix (`r:id`, `ns2:id`). */
const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s(?:[A-Za-z_][\\w.-]*:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
};

/** An element left open (`<si>` with no `</si>`): the part is broken, and the scan stops there. */
class BrokenXml extends Error {}

/**
 * Each `<tag …>…</tag>` or `<tag …/>` of `xml`, in order, found with indexOf from where the last one
 * ended: linear in the text, where a lazy pattern over an unclosed tag rescans the rest of the part for
 * every opening (250 000 unclosed `<si>` took minutes). Namespace prefixes are removed beforehand
 * (`unprefix`). An element of the same name is never nested in the parts read here.
 */
function* elements(xml: string, tag: string): Generator<{ head: string; body: string | null }> {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let pos = 0;
  for (;;) {
    const i = xml.indexOf(open, pos);
    if (i < 0) return;
    const next = xml.charCodeAt(i + open.length);
    // `<c` must not find `<col`: the name ends at a space, `>` or `/`.
    if (!(next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d)) {
      pos = i + open.length;
      continue;
    }
    const headEnd = xml.indexOf('>', i);
    if (headEnd < 0) throw new BrokenXml(tag);
    if (xml.charCodeAt(headEnd - 1) === 0x2f) {
      yield { head: xml.slice(i + open.length, headEnd - 1), body: null };
      pos = headEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, headEnd);
    if (end < 0) throw new BrokenXml(tag);
    yield { head: xml.slice(i + open.length, headEnd), body: xml.slice(headEnd + 1, end) };
    pos = end + close.length;
  }
}

/** The first such element, or null. */
const element = (xml: string, tag: string) => {
  for (const e of elements(xml, tag)) return e;
  return null;
};

/**
 * A part's XML with the namespace prefixes of its element names removed (`<x:c>` → `<c>`): SpreadsheetML
 * may be written with any prefix for its namespace, and some writers (.NET's, SAP's) use one.
 */
const unprefix = (xml: string) => xml.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1');

/** The text of the `<t>` runs inside an element (shared string, inline string), phonetic runs left out. */
function runsText(xml: string): string {
  let text = '';
  let rest = xml;
  if (rest.includes('<rPh')) {
    // Phonetic guides (Japanese furigana) repeat the text's reading: not the text.
    let kept = '';
    let pos = 0;
    for (;;) {
      const i = rest.indexOf('<rPh', pos);
      if (i < 0) break;
      const end = rest.indexOf('</rPh>', i);
      if (end < 0) throw new BrokenXml('rPh');
      kept += rest.slice(pos, i);
      pos = end + 6;
    }
    rest = kept + rest.slice(pos);
  }
  for (const t of elements(rest, 't')) text += unescapeXml(t.body ?? '');
  return text;
}

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
  for (const { head } of elements(xml, 'numFmt')) {
    const id = Number(attr(head, 'numFmtId'));
    const code = attr(head, 'formatCode');
    if (Number.isFinite(id) && code !== undefined) codes.set(id, code);
  }
  const xfs = element(xml, 'cellXfs')?.body ?? '';
  return [...elements(xfs, 'xf')].map(({ head }) => {
    const id = Number(attr(head, 'numFmtId') ?? 0);
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

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** A part's relationships: by id, its target (resolved) and type (the last segment of the type URI). */
function relationships(xml: string | undefined, part: string): { id: string; target: string; type: string }[] {
  if (!xml) return [];
  return [...elements(xml, 'Relationship')].map(({ head }) => ({
    id: attr(head, 'Id') ?? '',
    target: resolvePart(part, attr(head, 'Target') ?? ''),
    type: (attr(head, 'Type') ?? '').split('/').pop() ?? '',
  }));
}

interface SheetContext {
  strings: string[];
  styles: ('percent' | 'date' | 'number')[];
  epoch1904: boolean;
  /** What in the workbook's settings says no saved formula result is a calculated one (xlsxwriter, pandas), if anything. */
  uncalculated: NotCalculated | null;
}

/** A formula cell read with its saved result, for the workbook-wide check of `defaultsOnly`. */
interface SavedResult {
  row: number;
  col: number;
  formula: string;
  stored: string;
  type: string;
}

function readSheet(xml: string, name: string, ctx: SheetContext): Omit<SheetCells, 'hidden' | 'active'> & { results: SavedResult[] } {
  const { strings, styles, epoch1904, uncalculated } = ctx;
  const rows = new Map<number, TableCell[]>();
  const results: SavedResult[] = [];
  let lastRow = 0;
  // Cells: <c r="B2" s="3" t="s"><f>…</f><v>…</v></c>, <c …><is><t>…</t></is></c>, or <c …/>.
  const data = element(xml, 'sheetData')?.body ?? '';
  for (const row of elements(data, 'row')) {
    const rowNumber = Number(attr(row.head, 'r') ?? lastRow + 1);
    lastRow = rowNumber;
    const cells: TableCell[] = [];
    let lastCol = -1;
    for (const c of elements(row.body ?? '', 'c')) {
      const head = c.head;
      const body = c.body ?? '';
      const pos = parseAddress(attr(head, 'r') ?? '');
      const col = pos ? pos.col : lastCol + 1;
      lastCol = col;
      const type = attr(head, 't') ?? 'n';
      const style = styles[Number(attr(head, 's') ?? 0)] ?? 'number';
      const vElement = element(body, 'v');
      const v = vElement ? unescapeXml(vElement.body ?? '') : undefined;
      // A formula is `<f>…</f>`, or `<f t="shared" si="0"/>` for a cell sharing another's formula.
      const f = element(body, 'f');
      const formula = f ? unescapeXml(f.body ?? '') : null;
      let cell: TableCell;
      if (type === 'inlineStr') cell = runsText(element(body, 'is')?.body ?? '');
      // A result saved by a writer that never calculated it (xlsxwriter's 0, with fullCalcOnLoad) is no result.
      else if (formula !== null && uncalculated) cell = { kind: 'no-result', formula, ...(v !== undefined && v !== '' && { stored: v, why: uncalculated }) };
      // No saved result: no <v>, or (openpyxl) an empty <v/> under a formula of a number cell.
      else if (v === undefined || (formula !== null && v === '' && type !== 'str')) cell = formula !== null ? { kind: 'no-result', formula } : '';
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
      // A formula with a result taken as saved: the workbook-wide check below may yet refuse it.
      if (formula !== null && v !== undefined && !(typeof cell === 'object' && cell.kind === 'no-result'))
        results.push({ row: rowNumber, col, formula, stored: v, type });
    }
    rows.set(rowNumber, cells);
  }
  const merges = [...elements(xml, 'mergeCell')].flatMap(({ head }) => {
    const ref = attr(head, 'ref') ?? '';
    const [a, b] = ref.split(':').map(parseAddress);
    return a && b ? [{ ref, row: a.row, from: a.col, to: b.col }] : [];
  });
  return { name, rows, merges, results };
}

/** The result a writer that never calculates saves for a formula: 0, or an empty text. */
const isDefaultResult = (r: SavedResult) => (r.type === 'str' ? r.stored === '' : r.type === 'n' && Number(r.stored) === 0 && r.stored.trim() !== '');

/**
 * Whether the saved formula results are a writer's defaults rather than calculated: every one is 0 (or
 * empty text) and the workbook has no calculation chain. Excel saves a calculation chain (`calcChain`)
 * with every workbook it calculated that holds formulas; xlsxwriter in manual mode, and LibreOffice
 * converting an xlsxwriter file (it keeps the 0s, drops the recalculation flag and names itself as the
 * application), save neither a chain nor a result. A workbook whose formulas really all give 0 is then
 * refused at those cells with the reason, which the user settles by typing the values.
 */
const defaultsOnly = (results: SavedResult[], hasCalcChain: boolean) => !hasCalcChain && results.length > 0 && results.every(isDefaultResult);

/** The parts a workbook reader needs: XML and relationships (images and the rest are not inflated). */
const WANTED = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * The entries of a zip archive, read from its central directory (APPNOTE.TXT §4.3), inflating only
 * `wanted` ones and counting the bytes actually inflated against `limit`: the sizes an archive declares
 * are not trusted, neither to bound the work (a crafted entry declares 1 kB and inflates to gigabytes)
 * nor to size the output (an understated size cut the part short and the workbook read as empty).
 */
export function unzipBounded(data: Uint8Array, wanted: (name: string) => boolean, limit: number): Record<string, Uint8Array> | 'too-large' | 'not-zip' {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The end of central directory record is in the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'not-zip';
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const files: Record<string, Uint8Array> = {};
  let inflated = 0;
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) return 'not-zip';
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(data.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
    if (!wanted(name)) continue;
    if (local + 30 > data.length || view.getUint32(local, true) !== 0x04034b50) return 'not-zip';
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = data.subarray(start, Math.min(data.length, start + compressed));
    if (method === 0) {
      inflated += raw.length;
      if (inflated > limit) return 'too-large';
      files[name] = raw;
    } else if (method === 8) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let over = false;
      const inflate = new Inflate((chunk) => {
        size += chunk.length;
        inflated += chunk.length;
        if (inflated > limit) over = true;
        else chunks.push(chunk);
      });
      try {
        // Fed in slices of 16 kB so that no more than about 16 MB (deflate's 1 032:1 at most) is
        // inflated past the limit before the reading stops.
        for (let i = 0; i < raw.length && !over; i += 16_384) inflate.push(raw.subarray(i, i + 16_384), i + 16_384 >= raw.length);
      } catch {
        return 'not-zip';
      }
      if (over) return 'too-large';
      const out = new Uint8Array(size);
      let o = 0;
      for (const c of chunks) {
        out.set(c, o);
        o += c.length;
      }
      files[name] = out;
    } else return 'not-zip';
  }
  return files;
}

/** Reads every worksheet of a workbook, in the workbook's order. */
export function readWorkbook(input: ArrayBuffer | Uint8Array): WorkbookRead {
  const files = unzipBounded(input instanceof Uint8Array ? input : new Uint8Array(input), WANTED, MAX_UNZIPPED_BYTES);
  if (files === 'too-large') return { ok: false, kind: 'too-large', limit: MAX_UNZIPPED_BYTES };
  if (files === 'not-zip') return { ok: false, kind: 'not-xlsx', detail: 'not-zip' };
  const text = (path: string) => (files[path] ? unprefix(new TextDecoder().decode(files[path])) : undefined);
  try {
    // The workbook part is where the package's relationships say (ECMA-376 part 2, §9.3); its parts too.
    const root = relationships(text('_rels/.rels'), '');
    const workbookPart = root.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    const workbook = text(workbookPart);
    if (!workbook) return { ok: false, kind: 'not-xlsx', detail: 'no-workbook' };
    const rels = relationships(text(relsOf(workbookPart)), workbookPart);
    const partOf = (type: string, fallback: string) => rels.find((r) => r.type === type)?.target ?? resolvePart(workbookPart, fallback);
    const strings = [...elements(text(partOf('sharedStrings', 'sharedStrings.xml')) ?? '', 'si')].map((m) => runsText(m.body ?? ''));
    const styles = parseStyles(text(partOf('styles', 'styles.xml')));
    const pr = element(workbook, 'workbookPr')?.head ?? '';
    const epoch1904 = ['1', 'true'].includes(attr(pr, 'date1904') ?? '');
    const calc = element(workbook, 'calcPr')?.head ?? '';
    const flag = (name: string) => attr(calc, name)?.trim().toLowerCase();
    const uncalculated: NotCalculated | null = ['1', 'true'].includes(flag('fullCalcOnLoad') ?? '')
      ? 'recalc-on-load'
      : flag('calcMode') === 'manual' && ['0', 'false'].includes(flag('calcOnSave') ?? '')
        ? 'manual'
        : null;
    const activeTab = Number(attr(element(workbook, 'workbookView')?.head ?? '', 'activeTab') ?? 0);
    const sheets: SheetCells[] = [];
    const results: { sheet: SheetCells; result: SavedResult }[] = [];
    let index = 0;
    for (const { head } of elements(element(workbook, 'sheets')?.body ?? workbook, 'sheet')) {
      const target = rels.find((r) => r.id === attr(head, 'id'))?.target;
      const xml = target === undefined ? undefined : text(target);
      const state = attr(head, 'state') ?? 'visible';
      if (xml !== undefined) {
        const { results: saved, ...read } = readSheet(xml, attr(head, 'name') ?? '', { strings, styles, epoch1904, uncalculated });
        const sheet = { ...read, hidden: state !== 'visible', active: index === activeTab };
        sheets.push(sheet);
        for (const result of saved) results.push({ sheet, result });
      }
      index++;
    }
    if (
      defaultsOnly(
        results.map((r) => r.result),
        rels.some((r) => r.type === 'calcChain'),
      )
    )
      for (const { sheet, result } of results) {
        const cells = sheet.rows.get(result.row);
        if (cells) cells[result.col] = { kind: 'no-result', formula: result.formula, stored: result.stored === '' ? '""' : result.stored, why: 'defaults' };
      }
    if (sheets.length === 0) return { ok: false, kind: 'not-xlsx', detail: 'no-worksheet' };
    return { ok: true, sheets };
  } catch (e) {
    if (e instanceof BrokenXml) return { ok: false, kind: 'not-xlsx', detail: 'broken-xml' };
    throw e;
  }
}
