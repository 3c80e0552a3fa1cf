/**
 * Open SDG (`-open-sdg.zip`): one CSV per KPI in Open SDG's data layout and its metadata, for a city's
 * Open SDG site; reads back as the values it publishes. Code in src/engine/open-sdg.ts and src/share/open-sdg-zip.ts.
 */
import type { AssessmentDoc } from '../../engine/assessment';
import { valuesTableRead, type FileFormat, type FormatContext } from '../formats';

export const openSdgFormat = {
  id: 'open-sdg',
  holds: 'values',
  suffix: '-open-sdg.zip',
  extensions: ['-open-sdg.zip', '.open-sdg.zip'],
  mimeTypes: [],
  partial: true,
  async read(file, ctx) {
    const { readOpenSdgZip } = await import('../../share/open-sdg-zip');
    return valuesTableRead(readOpenSdgZip(await file.arrayBuffer(), ctx.fw));
  },
  write: (doc, ctx) => writeMany([doc], ctx),
  writeMany,
} as const satisfies FileFormat<'open-sdg'>;

async function writeMany(docs: readonly AssessmentDoc[], { fw, targets }: FormatContext): Promise<Blob> {
  const { openSdgZip } = await import('../../share/open-sdg-zip');
  return new Blob([openSdgZip(fw, targets, docs)], { type: 'application/zip' });
}
