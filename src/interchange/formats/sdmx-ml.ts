/** SDMX-ML 2.1 structure-specific data (`-sdmx.xml`) against the U4SSC data structure (public/sdmx/u4ssc-structure.xml). Write-only. */
import type { AssessmentDoc } from '../../engine/assessment';
import type { FileFormat, FormatContext } from '../formats';

export const sdmxMlFormat = {
  id: 'sdmx-ml',
  holds: 'values',
  suffix: '-sdmx.xml',
  extensions: ['.xml'],
  mimeTypes: ['application/vnd.sdmx.structurespecificdata+xml'],
  write: (doc, ctx) => writeMany([doc], ctx),
  writeMany,
} as const satisfies FileFormat<'sdmx-ml'>;

async function writeMany(docs: readonly AssessmentDoc[], { fw, targets }: FormatContext): Promise<Blob> {
  const { sdmxMlText } = await import('./sdmx-files');
  return new Blob([sdmxMlText(fw, targets, docs)], { type: 'application/xml' });
}
