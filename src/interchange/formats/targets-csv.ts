/** A target file: `code,datapoint,target,rationale,source`, the assessment's targets over the reference set. Its reader and writer load when used. */
import { readText, type FileFormat } from '../formats';
import { csvBlob } from './csv-blob';

export const targetsCsv = {
  id: 'targets-csv',
  holds: 'targets',
  suffix: '-targets.csv',
  extensions: ['.csv'],
  mimeTypes: ['text/csv'],
  async read(file, ctx) {
    const text = await readText(file, ctx);
    if (!text.ok) return text;
    const { parseTargetCsv } = await import('../../engine/target-file');
    const parsed = parseTargetCsv(text.text, ctx.fw);
    return parsed.ok ? { ok: true, holds: 'targets', targets: parsed.targets } : { ok: false, problems: parsed.problems };
  },
  async write(doc, { fw, targets }) {
    const { targetCsv } = await import('../../engine/target-file');
    return csvBlob(targetCsv(fw, targets, doc.targets));
  },
} as const satisfies FileFormat<'targets-csv'>;
