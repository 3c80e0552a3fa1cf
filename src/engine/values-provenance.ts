/**
 * Where a row's figures came from, in the values CSV (#29): an optional last column `provenance` holds,
 * for each input of the row filled from a statistics table, its source (provenance.ts) as one JSON object
 * `{"value": {…}, "numerator": {…}, "denominator": {…}}`, the very object the assessment JSON keeps, so
 * a CSV round trip loses nothing. The `denominator` of a data point divided by a profile figure
 * (population, households…) is that profile field's source, as the denominator cell is its number.
 *
 * The column is written only when some figure has a source that still holds, so a file without one is
 * byte for byte what the values CSV always was, and a reader that predates it is never shown a column
 * it does not know. A cell whose source no longer holds for the number of its row (the figure was
 * changed in a spreadsheet after the export) reads as no source, as the app drops a source on an edit.
 */
import type { AssessmentDoc } from './assessment';
import { repeatedKeys } from './json-keys';
import type { DatapointRef } from './framework';
import { PROVENANCE_FIELDS, sourceOf, type Provenance, type ProvenanceField, type TableSource } from './provenance';
import { readTableSource } from './provenance-read';
import { profileDenominatorOf } from './review';
import type { NumInput } from './types';

export const PROVENANCE_COLUMN = 'provenance';

/** The sources of a row that still hold, by input; undefined when none. */
export function rowSources(
  doc: Pick<AssessmentDoc, 'profile' | 'values' | 'provenance'>,
  ref: DatapointRef,
): Partial<Record<ProvenanceField, TableSource>> | undefined {
  if (!doc.provenance) return undefined;
  const out: Partial<Record<ProvenanceField, TableSource>> = {};
  const profileField = profileDenominatorOf(ref);
  for (const field of PROVENANCE_FIELDS) {
    const s = field === 'denominator' && profileField !== null ? sourceOf(doc, { profile: profileField }) : sourceOf(doc, { id: ref.id, field });
    if (s) out[field] = s;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The cell of a row: the JSON of its sources, or '' when it has none. */
export const provenanceCell = (sources: Partial<Record<ProvenanceField, TableSource>> | undefined): string => (sources ? JSON.stringify(sources) : '');

/**
 * A cell read back: its sources, each kept only when it holds for the row's number in its field
 * (`numbers`); null when the cell is not such an object, or names a field whose number the row leaves
 * blank (a problem of the cell, said by the reader).
 */
export function readProvenanceCell(
  cell: string,
  numbers: Partial<Record<ProvenanceField, NumInput | undefined>>,
): Partial<Record<ProvenanceField, TableSource>> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(cell);
  } catch {
    return null;
  }
  // A source written twice for one figure would be read as the last in silence: the cell is refused.
  if (repeatedKeys(cell, 1).length > 0) return null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0 || entries.some(([k]) => !(PROVENANCE_FIELDS as readonly string[]).includes(k))) return null;
  const out: Partial<Record<ProvenanceField, TableSource>> = {};
  for (const [field, value] of entries as [ProvenanceField, unknown][]) {
    const s = readTableSource(value);
    if (!s) return null;
    // A source for a figure the row does not have (a blank cell, or a numerator on a data point
    // reported directly) is never written by the workbench: it belongs to another row or another
    // field, and taking it silently would put a source on the wrong figure; the cell is said.
    const number = numbers[field];
    if (number === undefined || number === null || number === '') return null;
    if (numbers[field] === s.value) out[field] = s;
  }
  return out;
}

/** Adds a row's sources read back to the provenance of the assessment being read. */
export function addRowSources(p: Provenance, ref: DatapointRef, sources: Partial<Record<ProvenanceField, TableSource>>): void {
  const profileField = profileDenominatorOf(ref);
  for (const field of PROVENANCE_FIELDS) {
    const s = sources[field];
    if (!s) continue;
    if (field === 'denominator' && profileField !== null) (p.profile ??= {})[profileField] = s;
    else ((p.values ??= {})[ref.id] ??= {})[field] = s;
  }
}
