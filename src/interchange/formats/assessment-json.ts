/**
 * The lossless assessment file (`.ssc.json`): exactly the stored document; reads workspace files too.
 * The reader (assessment-read.ts, with the schema's compiled validator) is loaded when a file is read.
 */
import { withFittedBases } from '../../engine/basis-fit';
import type { AssessmentDoc } from '../../engine/assessment';
import { readText, type FileFormat } from '../formats';
import { loadOnce } from '../load-once';

const readerModule = loadOnce(() => import('../../engine/assessment-read'));

/** The file's bytes: exactly the stored document. */
export const assessmentBlob = (doc: AssessmentDoc): Blob => new Blob([JSON.stringify(withFittedBases(doc))], { type: 'application/json' });

export const assessmentJson = {
  id: 'assessment-json',
  holds: 'assessments',
  suffix: '.ssc.json',
  extensions: ['.json'],
  mimeTypes: ['application/json'],
  async read(file, ctx) {
    const text = await readText(file, ctx);
    if (!text.ok) return text;
    const { parseWorkspaceJson } = await readerModule();
    const parsed = parseWorkspaceJson(text.text, ctx.fw);
    if (parsed.ok) return { ok: true, holds: 'assessments', docs: parsed.value.docs, refused: parsed.value.refused, notes: parsed.notes ?? [] };
    return { ok: false, error: parsed.error, problems: [] };
  },
  async write(doc) {
    return assessmentBlob(doc);
  },
} as const satisfies FileFormat<'assessment-json'>;
