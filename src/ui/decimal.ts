import type { AssessmentDoc } from '../engine/assessment';
import type { DecimalStyle } from '../engine/parse';
import type { Edit } from '../session';
import { readInput } from './format';

/** Profile fields kept as text that read as numbers under a new decimal mark, as profile edits. */
export function rereadProfile(doc: AssessmentDoc, decimal: DecimalStyle): Edit[] {
  const edits: Edit[] = [];
  for (const [field, kept] of Object.entries(doc.profile)) {
    if (typeof kept !== 'string') continue;
    const value = readInput(kept, decimal).value;
    if (typeof value === 'number') edits.push({ kind: 'profile', field, value });
  }
  return edits;
}
