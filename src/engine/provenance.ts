/**
 * Where a figure came from (assessment format 8): a profile field or a data point's input filled from a
 * statistics office's table keeps the table's source beside it, so a reader of the assessment (a
 * verifier, next year's team) can find the very cell again: the office, the table and its file, every
 * dimension's category that was picked, the table's own update date and the day it was read.
 *
 * A source holds only while its place holds the number it brought (`value`): typing another number, a
 * paste or an import over the field drops it (`withoutStaleProvenance`, applied by every edit path in
 * session/edits.ts), so a figure is never shown as the office's when it is no longer. Pure: no DOM.
 */
import type { AssessmentDoc } from './assessment';
import type { JsonStatDataset, JsonStatFigure } from './jsonstat';
import type { NumInput } from './types';

/** The inputs of a data point a table may fill (a status, a note or a year is not a figure). */
export const PROVENANCE_FIELDS = ['value', 'numerator', 'denominator'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

/** Texts of a source (the office, the table, a file name, a dimension or category) are at most this long. */
export const MAX_PROVENANCE_TEXT = 500;
/** A table's address is at most this long (a statistics API's query string can be long). */
export const MAX_PROVENANCE_HREF = 2000;
/** A table of more dimensions than this is not a statistics office's (Eurostat's have at most ~10). */
export const MAX_PICKED = 50;
export const RETRIEVED = /^\d{4}-\d{2}-\d{2}$/;

export interface PickedCategory {
  dimension: string;
  dimensionLabel?: string;
  category: string;
  label?: string;
}

/** One figure's source: a cell of a JSON-stat table the user chose. */
export interface TableSource {
  kind: 'json-stat';
  /** The number the table gave (scaled by its unit multiplier): the source holds while its place holds it. */
  value: number;
  /** The office (the table's `source`), else the table's label, else the file's name. */
  source: string;
  /** The table's label. */
  table?: string;
  /** The table's address, when the file gives one (`href`). */
  href?: string;
  /** The table's own update date, as the file gives it (`updated`). */
  updated?: string;
  /** The name of the file the user chose. */
  file: string;
  /** The day the file was read (YYYY-MM-DD): the figure's retrieval date. */
  retrieved: string;
  /** Every dimension's category, in the table's order. */
  picked: PickedCategory[];
  /** The cell's status code (estimate, provisional…) and the unit, when the table gives them. */
  status?: string;
  unit?: string;
  multiplier?: number;
}

/** The provenance of an assessment: by profile field, and by data point and input. */
export interface Provenance {
  profile?: Record<string, TableSource>;
  values?: Record<string, Partial<Record<ProvenanceField, TableSource>>>;
}

/** A place a table can fill. */
export type ProvenancePlace = { profile: string } | { id: string; field: ProvenanceField };

export const isProvenanceField = (f: unknown): f is ProvenanceField => (PROVENANCE_FIELDS as readonly unknown[]).includes(f);

/** The source the file records for a place, whether it still holds or not. */
export function recordedSource(p: Provenance | undefined, place: ProvenancePlace): TableSource | undefined {
  return 'profile' in place ? p?.profile?.[place.profile] : p?.values?.[place.id]?.[place.field];
}

const currentAt = (doc: Pick<AssessmentDoc, 'profile' | 'values'>, place: ProvenancePlace): NumInput | undefined =>
  'profile' in place ? doc.profile[place.profile] : doc.values[place.id]?.[place.field];

/** The source of the figure a place holds now: none when the place was changed since it was filled. */
export function sourceOf(doc: Pick<AssessmentDoc, 'profile' | 'values' | 'provenance'>, place: ProvenancePlace): TableSource | null {
  const s = recordedSource(doc.provenance, place);
  return s && currentAt(doc, place) === s.value ? s : null;
}

/** The provenance with one place set (a source) or cleared (null); undefined when nothing is left. */
export function withSource(p: Provenance | undefined, place: ProvenancePlace, source: TableSource | null): Provenance | undefined {
  const out: Provenance = { ...(p?.profile && { profile: { ...p.profile } }), ...(p?.values && { values: { ...p.values } }) };
  if ('profile' in place) {
    const profile = { ...out.profile };
    if (source) profile[place.profile] = source;
    else delete profile[place.profile];
    if (Object.keys(profile).length > 0) out.profile = profile;
    else delete out.profile;
  } else {
    const values = { ...out.values };
    const entry = { ...values[place.id] };
    if (source) entry[place.field] = source;
    else delete entry[place.field];
    if (Object.keys(entry).length > 0) values[place.id] = entry;
    else delete values[place.id];
    if (Object.keys(values).length > 0) out.values = values;
    else delete out.values;
  }
  return out.profile || out.values ? out : undefined;
}

/**
 * The provenance after a place was set to `value` by anything but a fill: the source is dropped when the
 * number is no longer the table's. Returns the same object when nothing changes.
 */
export function withoutStaleProvenance(p: Provenance | undefined, place: ProvenancePlace, value: unknown): Provenance | undefined {
  const s = recordedSource(p, place);
  if (!s || value === s.value) return p;
  return withSource(p, place, null);
}

/** A JSON-stat figure's source, as stored: `file` the name of the file chosen, `retrieved` the day it was read. */
export function tableSource(ds: JsonStatDataset, figure: JsonStatFigure, file: string, retrieved: string): TableSource {
  const cut = (t: string) => (t.length > MAX_PROVENANCE_TEXT ? t.slice(0, MAX_PROVENANCE_TEXT) : t);
  return {
    kind: 'json-stat',
    value: figure.value,
    source: cut(ds.source ?? ds.label ?? file),
    ...(ds.label !== null && { table: cut(ds.label) }),
    ...(ds.href !== null && ds.href.length <= MAX_PROVENANCE_HREF && { href: ds.href }),
    ...(ds.updated !== null && { updated: cut(ds.updated) }),
    file: cut(file),
    retrieved,
    picked: figure.picked.slice(0, MAX_PICKED).map((p) => ({
      dimension: cut(p.dimension),
      ...(p.dimensionLabel !== p.dimension && { dimensionLabel: cut(p.dimensionLabel) }),
      category: cut(p.category),
      ...(p.label !== p.category && { label: cut(p.label) }),
    })),
    ...(figure.status !== null && { status: cut(figure.status) }),
    ...(figure.unit !== null && { unit: cut(figure.unit) }),
    ...(figure.multiplier !== 0 && { multiplier: figure.multiplier }),
  };
}

/** The picked categories in one line: "Pontevedra (36), 2011, Total" (labels, with the id where it differs). */
export const pickedLine = (s: TableSource): string =>
  s.picked.map((p) => (p.label && p.label !== p.category ? `${p.label} (${p.category})` : p.category)).join(', ');

/** The source in one line for a CSV cell or an SDMX attribute: "INE, Population by municipality (file.json, read 2026-12-07; Pontevedra (36), 2011)". */
export const sourceLine = (s: TableSource): string =>
  `${s.source}${s.table && s.table !== s.source ? `, ${s.table}` : ''} (${s.file}, ${s.retrieved}; ${pickedLine(s)})`;

/** Every place a provenance records a source for, with it. */
export function sourcesIn(p: Provenance | undefined): { place: ProvenancePlace; source: TableSource }[] {
  const out: { place: ProvenancePlace; source: TableSource }[] = [];
  for (const [field, source] of Object.entries(p?.profile ?? {})) out.push({ place: { profile: field }, source });
  for (const [id, entry] of Object.entries(p?.values ?? {}))
    for (const field of PROVENANCE_FIELDS) {
      const source = entry[field];
      if (source) out.push({ place: { id, field }, source });
    }
  return out;
}

/**
 * The provenance of a document whose figures were taken from several (a merge): for each place, the
 * first candidate's source that still holds for the number the document has there. Undefined when none.
 */
export function holdingProvenance(doc: Pick<AssessmentDoc, 'profile' | 'values'>, candidates: readonly (Provenance | undefined)[]): Provenance | undefined {
  let out: Provenance | undefined;
  for (const p of candidates)
    for (const { place, source } of sourcesIn(p)) {
      if (recordedSource(out, place) === undefined && currentAt(doc, place) === source.value) out = withSource(out, place, source);
    }
  return out;
}

/**
 * The statistics tables a data point's figures came from, in one line (an export's source cell where
 * nothing was typed in the data point's own source): its value, numerator and denominator, and the
 * profile field a ratio divides by. Empty when none holds.
 */
export function tablesLine(doc: Pick<AssessmentDoc, 'profile' | 'values' | 'provenance'>, id: string, profileField?: string): string {
  if (!doc.provenance) return '';
  const places: ProvenancePlace[] = [...PROVENANCE_FIELDS.map((field) => ({ id, field })), ...(profileField ? [{ profile: profileField }] : [])];
  return places
    .map((place) => sourceOf(doc, place))
    .filter((s): s is TableSource => s !== null)
    .map(sourceLine)
    .join('; ');
}
