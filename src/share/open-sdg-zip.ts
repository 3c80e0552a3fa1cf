/**
 * The Open SDG zip (src/engine/open-sdg.ts lays out the files) and the "download all" zip of every
 * export of an assessment. Over fflate, loaded when one is written or read.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { AssessmentDoc } from '../engine/assessment';
import { parseValuesTable, type CsvResult } from '../engine/csv';
import { score } from '../engine/evaluator';
import type { Framework } from '../engine/framework';
import { openSdgAsValues, openSdgFiles } from '../engine/open-sdg';
import type { TargetSet } from '../engine/targets';

/** Unpacked text files larger than this are refused: the Open SDG files of one city are a few hundred kB. */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** Fixed times in the archive, so the same assessment gives the same bytes. */
const MTIME = new Date('2000-01-01T00:00:00Z');

export function zipText(files: ReadonlyMap<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
  // fflate allocates its own ArrayBuffer.
  return zipSync(Object.fromEntries([...files].map(([path, body]) => [path, [typeof body === 'string' ? strToU8(body) : body, { mtime: MTIME }]])), {
    level: 6,
  }) as Uint8Array<ArrayBuffer>;
}

export function openSdgZip(fw: Framework, targets: TargetSet, docs: readonly AssessmentDoc[]): Uint8Array<ArrayBuffer> {
  return zipText(
    openSdgFiles(
      fw,
      docs.map((doc) => ({ about: doc, scores: score(fw, targets, doc) })),
    ),
  );
}

/** The Open SDG zip read back as a values table; a file that is not one is a problem, never a throw. */
export function readOpenSdgZip(data: ArrayBuffer | Uint8Array, fw: Framework): CsvResult {
  let unzipped = 0;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(data instanceof Uint8Array ? data : new Uint8Array(data), {
      filter: (f) => {
        if (!/\.(csv|md)$/.test(f.name)) return false;
        unzipped += f.originalSize;
        if (unzipped > MAX_UNZIPPED_BYTES) throw new RangeError('too-large');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof RangeError && e.message === 'too-large')
      return { ok: false, problems: [{ row: 1, problem: { kind: 'unpacks-too-large', limit: MAX_UNZIPPED_BYTES } }] };
    return { ok: false, problems: [{ row: 1, problem: { kind: 'not-layout-zip', layout: 'open-sdg', detail: 'not-zip' } }] };
  }
  const files = new Map(Object.entries(raw).map(([path, bytes]) => [path, strFromU8(bytes)]));
  const source = openSdgAsValues(files, fw);
  if (source === null) return { ok: false, problems: [{ row: 1, problem: { kind: 'not-layout-zip', layout: 'open-sdg', detail: 'no-data' } }] };
  if ('error' in source) return { ok: false, problems: [{ ...source.error, row: source.error.row }] };
  return parseValuesTable(source, fw, { decimal: 'point' });
}
