/**
 * `npm run score -- FILE... --format sdmx-csv|sdmx-ml|dhis2-values`: the scored files written as one
 * statistical file on stdout, through the one list of formats (each format's `writeMany`). A values
 * table has no city or year of its own: they come from its file name (`lisbon-2024-values.csv`), as
 * `npm run convert` takes them.
 */
import { createAssessment, type AssessmentDoc } from '../engine/assessment';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import type { AssessmentAbout } from '../engine/results-table';
import type { AssessmentInput } from '../engine/types';
import { FORMATS, type FileFormat } from '../interchange/formats';
import { fromFileName } from './convert';

/**
 * The formats `--format` offers besides json, csv and parquet: those that write several assessments as
 * text. The scores tables are the tidy table (`--format csv`, `--format parquet --out FILE`).
 */
export const MANY_FORMATS: readonly FileFormat[] = FORMATS.filter((f) => 'writeMany' in f && !f.suffix.endsWith('.zip') && f.holds !== 'scores');
export const manyFormat = (id: string): FileFormat | undefined => MANY_FORMATS.find((f) => f.id === id);

/** One assessment document per file read (a values table made one, named by its file), written with `format`. */
export async function writeMany(format: FileFormat, read: readonly { file: string; about: AssessmentInput & AssessmentAbout }[]): Promise<string> {
  const docs: AssessmentDoc[] = read.map(({ file, about }) => {
    if ('format' in about) return about as AssessmentDoc;
    const named = fromFileName(file);
    const created = createAssessment({ city: named.city, country: '', year: named.year ?? 0 }, u4ssc, referenceTargets.data.id, 0);
    // No year in the name: the observations say none rather than a made-up one.
    return { ...created, ...about, id: file, ...(named.year === null && { year: undefined }) } as AssessmentDoc;
  });
  const blob = await format.writeMany!(docs, { fw: u4ssc, targets: referenceTargets });
  return (await blob.text()).replace(/^\ufeff/, '');
}
