/**
 * DHIS2: the metadata package (`-dhis2-metadata.json`: data elements with codes, the data set, category
 * combinations for the data points) and the data value set by code (`-dhis2.json`, for
 * `/api/dataValueSets?idScheme=CODE`), which reads back as the values it holds. Code in src/engine/dhis2.ts.
 */
import type { AssessmentDoc } from '../../engine/assessment';
import { readText, type FileFormat, type FormatContext } from '../formats';

const json = (text: string) => new Blob([text], { type: 'application/json' });

/** The catalogue as DHIS2 metadata: the same for every assessment (a DHIS2 instance imports it once). */
export const dhis2MetadataFormat = {
  id: 'dhis2-metadata',
  holds: 'values',
  suffix: '-dhis2-metadata.json',
  extensions: ['-dhis2-metadata.json'],
  mimeTypes: [],
  async write(_doc, { fw }) {
    const { dhis2MetadataText } = await import('./dhis2-files');
    return json(dhis2MetadataText(fw));
  },
} as const satisfies FileFormat<'dhis2-metadata'>;

export const dhis2ValuesFormat = {
  id: 'dhis2-values',
  holds: 'values',
  suffix: '-dhis2.json',
  extensions: ['-dhis2.json', '.dhis2.json'],
  mimeTypes: [],
  partial: true,
  async read(file, ctx) {
    const text = await readText(file, ctx);
    if (!text.ok) return text;
    const { readDhis2Values } = await import('./dhis2-files');
    return readDhis2Values(text.text, ctx.fw);
  },
  write: (doc, ctx) => writeMany([doc], ctx),
  writeMany,
} as const satisfies FileFormat<'dhis2-values'>;

async function writeMany(docs: readonly AssessmentDoc[], { fw, targets }: FormatContext): Promise<Blob> {
  const { dhis2ValuesText } = await import('./dhis2-files');
  return json(dhis2ValuesText(fw, targets, docs));
}
