/** The texts of the DHIS2 exports (dhis2.ts), loaded when one is written or read. */
import { MAX_JSON_CHARS, type AssessmentDoc } from '../../engine/assessment';
import { parseValuesTable } from '../../engine/csv';
import { dhis2AsValues, dhis2DataValueSet, dhis2Metadata } from '../../engine/dhis2';
import { score } from '../../engine/evaluator';
import type { Framework } from '../../engine/framework';
import { repeatedKeyProblems, repeatedKeys } from '../../engine/json-keys';
import type { TargetSet } from '../../engine/targets';
import { valuesTableRead, type FormatReadResult } from '../formats';

export const dhis2MetadataText = (fw: Framework): string => JSON.stringify(dhis2Metadata(fw), null, 2);

export const dhis2ValuesText = (fw: Framework, targets: TargetSet, docs: readonly AssessmentDoc[]): string =>
  JSON.stringify(
    dhis2DataValueSet(
      fw,
      docs.map((doc) => ({ about: doc, scores: score(fw, targets, doc) })),
    ),
    null,
    2,
  );

/** A data value set's text read as a values table: JSON that is not one is an error of the file, never a throw. */
export function readDhis2Values(text: string, fw: Framework): FormatReadResult {
  if (text.length > MAX_JSON_CHARS) return { ok: false, error: { kind: 'too-large', limit: MAX_JSON_CHARS }, problems: [] };
  const body = text.replace(/^\ufeff/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', detail: (e as Error).message }, problems: [] };
  }
  // A data value with "value" written twice would be read as the last in silence: refused, where it is.
  const repeated = repeatedKeys(body);
  if (repeated.length > 0) return { ok: false, error: { kind: 'invalid', problems: repeatedKeyProblems(repeated) }, problems: [] };
  const source = dhis2AsValues(json, fw);
  if (source === null)
    return { ok: false, problems: [{ row: 1, problem: { kind: 'missing-columns', columns: ['dataValues'], expected: ['dataValues'], separators: false } }] };
  return valuesTableRead(parseValuesTable(source, fw, { decimal: 'point' }));
}
