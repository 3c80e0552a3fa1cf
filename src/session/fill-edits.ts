/**
 * The edits of a figure filled from a statistics table (#29): the figure, as typing it would write it,
 * then its source (engine/provenance.ts). In one list, so they are journalled, saved, undone and refused
 * by a freeze together.
 */
import type { ProvenancePlace, TableSource } from '../engine/provenance';
import type { Edit } from './edits';

export function fillEdits(place: ProvenancePlace, value: number, source: TableSource): Edit[] {
  const figure: Edit = 'profile' in place ? { kind: 'profile', field: place.profile, value } : { kind: 'value', id: place.id, field: place.field, value };
  return [figure, { kind: 'provenance', place, source }];
}
