/**
 * "Download all" (`-all.zip`): every other export of the assessment in one zip (each file named
 * `<city>-<year>` and the format's ending), with the SDMX data structure the SDMX files refer to and
 * the descriptors of the values and scores tables (a Frictionless `datapackage.json` and CSVW
 * `csv-metadata.json`).
 */
import type { AssessmentDoc } from '../../engine/assessment';
import type { FileFormat, FormatContext } from '../formats';

export const allZipFormat = {
  id: 'all-zip',
  holds: 'scores',
  suffix: '-all.zip',
  extensions: ['-all.zip'],
  mimeTypes: [],
  write: (doc, ctx) => writeAll(doc, ctx),
} as const satisfies FileFormat<'all-zip'>;

/** A file name's stem from the city and year: letters and digits of any script, the rest as dashes. */
const stem = (doc: AssessmentDoc) =>
  `${
    doc.city
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'assessment'
  }-${doc.year}`;

/** The modules the zips need: the list of formats imports this module, so they are read when a zip is written. */
const modules = () =>
  Promise.all([import('../formats'), import('../../share/open-sdg-zip'), import('../../engine/sdmx'), import('../../engine/table-metadata')]);

/** Every other export of `doc`, named `<prefix><city>-<year><ending>`, with the descriptors of its two tables. */
async function assessmentFiles(doc: AssessmentDoc, ctx: FormatContext, prefix: string, files: Map<string, Uint8Array>): Promise<void> {
  const [{ FORMATS }, , , { csvwMetadata, dataPackage }] = await modules();
  for (const f of FORMATS as readonly FileFormat[]) {
    if (!f.write || f.id === 'all-zip') continue;
    files.set(`${prefix}${stem(doc)}${f.suffix}`, new Uint8Array(await (await f.write(doc, ctx)).arrayBuffer()));
  }
  // The descriptors name the tables by their path beside them.
  const tables = [
    { kind: 'values', path: `${stem(doc)}-values.csv` },
    { kind: 'scores', path: `${stem(doc)}-scores.csv` },
  ] as const;
  const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2));
  files.set(`${prefix}datapackage.json`, json(dataPackage(tables)));
  files.set(`${prefix}csv-metadata.json`, json(csvwMetadata(tables)));
}

async function writeAll(doc: AssessmentDoc, ctx: FormatContext, now = Date.now()): Promise<Blob> {
  const [, { zipText }, { sdmxStructure }] = await modules();
  const files = new Map<string, Uint8Array>();
  await assessmentFiles(doc, ctx, '', files);
  files.set('sdmx/u4ssc-structure.xml', new TextEncoder().encode(sdmxStructure(ctx.fw, new Date(now).toISOString())));
  return new Blob([zipText(files)], { type: 'application/zip' });
}

/**
 * "Download all" for the whole library: each assessment's "download all" in a folder of its own
 * (`<city>-<year>/`, a second of the same name `<city>-<year>-2/`), and the SDMX data structure once.
 * `onProgress` is told after each assessment, for a library of hundreds.
 */
export async function writeLibraryAll(
  docs: readonly AssessmentDoc[],
  ctx: FormatContext,
  onProgress: (done: number) => void = () => {},
  now = Date.now(),
): Promise<Blob> {
  const [, { zipText }, { sdmxStructure }] = await modules();
  const files = new Map<string, Uint8Array>();
  const taken = new Map<string, number>();
  for (const [i, doc] of docs.entries()) {
    const base = stem(doc);
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    await assessmentFiles(doc, ctx, `${n === 1 ? base : `${base}-${n}`}/`, files);
    onProgress(i + 1);
  }
  files.set('sdmx/u4ssc-structure.xml', new TextEncoder().encode(sdmxStructure(ctx.fw, new Date(now).toISOString())));
  return new Blob([zipText(files)], { type: 'application/zip' });
}
