/** The texts of the SDMX exports (sdmx-csv.ts, sdmx-ml.ts), loaded when one is written: each assessment scored by the engine, then laid out. */
import type { AssessmentDoc } from '../../engine/assessment';
import { score } from '../../engine/evaluator';
import type { Framework } from '../../engine/framework';
import { sdmxCsv, sdmxStructureSpecific, type SdmxAssessment } from '../../engine/sdmx';
import type { TargetSet } from '../../engine/targets';

const scored = (fw: Framework, targets: TargetSet, docs: readonly AssessmentDoc[]): SdmxAssessment[] =>
  docs.map((doc) => ({ about: doc, scores: score(fw, targets, doc) }));

export const sdmxCsvText = (fw: Framework, targets: TargetSet, docs: readonly AssessmentDoc[]): string => sdmxCsv(fw, scored(fw, targets, docs));

export const sdmxMlText = (fw: Framework, targets: TargetSet, docs: readonly AssessmentDoc[], now = Date.now()): string =>
  sdmxStructureSpecific(fw, scored(fw, targets, docs), new Date(now).toISOString());
