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

async function writeAll(doc: AssessmentDoc, ctx: FormatContext, now = Date.now()): Promise<Blob> {
  // The list of formats imports this module: it is read when the zip is written.
  const [{ FORMATS }, { zipText }, { sdmxStructure }, { csvwMetadata, dataPackage }] = await Promise.all([
    import('../formats'),
    import('../../share/open-sdg-zip'),
    import('../../engine/sdmx'),
    import('../../engine/table-metadata'),
  ]);
  const files = new Map<string, Uint8Array>();
  for (const f of FORMATS as readonly FileFormat[]) {
    if (!f.write || f.id === 'all-zip') continue;
    files.set(`${stem(doc)}${f.suffix}`, new Uint8Array(await (await f.write(doc, ctx)).arrayBuffer()));
  }
  const tables = [
    { kind: 'values', path: `${stem(doc)}-values.csv` },
    { kind: 'scores', path: `${stem(doc)}-scores.csv` },
  ] as const;
  const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2));
  files.set('datapackage.json', json(dataPackage(tables)));
  files.set('csv-metadata.json', json(csvwMetadata(tables)));
  files.set('sdmx/u4ssc-structure.xml', new TextEncoder().encode(sdmxStructure(ctx.fw, new Date(now).toISOString())));
  return new Blob([zipText(files)], { type: 'application/zip' });
}
