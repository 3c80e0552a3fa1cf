/**
 * File names, file kinds and downloads for the interchange UI. Everything except `downloadBlob` is pure
 * and runs in Node (unit tests).
 */
import { MAX_YEAR, MIN_YEAR, type AssessmentDoc } from '../../engine/assessment';
import { MAX_FILE_BYTES } from '../../interchange/formats';
import { assessmentJson } from '../../interchange/formats/assessment-json';
import { targetsCsv } from '../../interchange/formats/targets-csv';
import { valuesCsv } from '../../interchange/formats/values-csv';
import { valuesXlsx } from '../../interchange/formats/values-xlsx';
import { versionFileTag } from '../version-line';

/** Files larger than this are refused before a single byte is read: the one limit of the app and the CLI. */
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

/** Characters Windows, macOS or Linux refuse (or treat specially) in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * One part of a file name, safe on every system: letters and digits of any script are kept; path
 * separators, reserved and control characters, bidi overrides, spaces and punctuation runs collapse to
 * `-`; no leading dot (a hidden file) or trailing dot; Windows device names are avoided; at most 80
 * characters. Falls back to `fallback` when nothing is left.
 */
export function sanitiseFileName(name: string, fallback = 'assessment'): string {
  let s = String(name)
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/[^\p{L}\p{N}\p{M}._()-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.\s]+|[-.\s]+$/g, '');
  // Cut by code points, never inside a surrogate pair.
  s = Array.from(s)
    .slice(0, 80)
    .join('')
    .replace(/[-.\s]+$/g, '');
  if (RESERVED.test(s)) s = `${s}-file`;
  return s || fallback;
}

/** `<city>-<year><suffix>`, e.g. `Lisbon-2024.ssc.json`, `Lisbon-2024-values.csv`. */
export function assessmentFileName(doc: Pick<AssessmentDoc, 'city' | 'year'> & Partial<AssessmentDoc>, suffix: string): string {
  const year = Number.isInteger(doc.year) ? String(doc.year) : '';
  const base = sanitiseFileName(doc.city, 'assessment');
  // The version and its state (#24): `Lisbon-2024-v3-verified`; a first version not frozen keeps `Lisbon-2024`.
  const tag = versionFileTag(doc);
  return `${year ? `${base}-${year}` : base}${tag ? `-${tag}` : ''}${suffix}`;
}

/** `ssc-workbench-backup-<yyyy-mm-dd>.json`: a backup of the whole workspace made on `date` (UTC day). */
export function backupFileName(date: Date = new Date()): string {
  return `ssc-workbench-backup-${date.toISOString().slice(0, 10)}.json`;
}

/** Endings of exported file names; the file formats' own come from their modules (src/interchange/formats/). */
export const FILE_SUFFIX = {
  json: assessmentJson.suffix,
  csv: valuesCsv.suffix,
  xlsx: valuesXlsx.suffix,
  targets: targetsCsv.suffix,
  wheelPng: '-wheel.png',
  wheelSvg: '-wheel.svg',
  wheelPngLarge: '-wheel-2400.png',
} as const;

/**
 * City and year guessed from a file name such as `Lisbon-2024-values.csv` or `porto_2023.xlsx`, to
 * prefill the new-assessment form. The guess is only a starting point: the user confirms it.
 */
export function suggestFromFileName(name: string): { city: string; year: number | null } {
  let base = name.replace(/^.*[\\/]/, '').replace(/\.(ssc\.json|json|csv|xlsx)$/i, '');
  base = base.replace(/[-_ ]?(values|targets|assessment|export)$/i, '');
  let year: number | null = null;
  const m = /(?:^|[^0-9])((?:19|20|21)\d\d)(?![0-9])/.exec(base);
  if (m) {
    const y = Number(m[1]);
    if (y >= MIN_YEAR && y <= MAX_YEAR) {
      year = y;
      base = base.slice(0, m.index + m[0].length - 4) + base.slice(m.index + m[0].length);
    }
  }
  const city = base.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return { city, year };
}

/** Megabytes for messages, e.g. `50 MB`, `50.1 MB`. */
export const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Saves a blob under a file name through a temporary `<a download>`; the object URL is released after. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers start the download asynchronously: release the URL a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
