/**
 * Reads the `provenance` of a (migrated) assessment document (format 8, provenance.ts). The published
 * schema has already checked the shape; this adds what it cannot know (the catalogue's data points and
 * the framework's profile fields) and builds plain objects from untrusted keys. A source that is not of
 * the shape is one `bad-shape` problem at its path, the file refused like any other damage.
 */
import type { Framework } from './framework';
import { textLength } from './parse';
import { quoted, type DocProblem } from './problems';
import {
  isProvenanceField,
  MAX_PICKED,
  MAX_PROVENANCE_HREF,
  MAX_PROVENANCE_TEXT,
  RETRIEVED,
  type PickedCategory,
  type Provenance,
  type ProvenanceField,
  type TableSource,
} from './provenance';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const SOURCE_KEYS = new Set(['kind', 'value', 'source', 'table', 'href', 'updated', 'file', 'retrieved', 'picked', 'status', 'unit', 'multiplier']);
const PICKED_KEYS = new Set(['dimension', 'dimensionLabel', 'category', 'label']);

const text = (v: unknown, limit = MAX_PROVENANCE_TEXT): v is string => typeof v === 'string' && v.length > 0 && textLength(v) <= limit;
const optionalText = (v: unknown, limit = MAX_PROVENANCE_TEXT) => v === undefined || text(v, limit);

function readPicked(v: unknown): PickedCategory | null {
  if (!isObject(v) || Object.keys(v).some((k) => !PICKED_KEYS.has(k))) return null;
  if (!text(v.dimension) || !text(v.category) || !optionalText(v.dimensionLabel) || !optionalText(v.label)) return null;
  return {
    dimension: v.dimension,
    ...(v.dimensionLabel !== undefined && { dimensionLabel: v.dimensionLabel as string }),
    category: v.category,
    ...(v.label !== undefined && { label: v.label as string }),
  };
}

/** One source, or null when it is not of the shape. */
export function readTableSource(v: unknown): TableSource | null {
  if (!isObject(v) || v.kind !== 'json-stat' || Object.keys(v).some((k) => !SOURCE_KEYS.has(k))) return null;
  if (typeof v.value !== 'number' || !Number.isFinite(v.value)) return null;
  if (!text(v.source) || !text(v.file) || typeof v.retrieved !== 'string' || !RETRIEVED.test(v.retrieved)) return null;
  if (!optionalText(v.table) || !optionalText(v.updated) || !optionalText(v.status) || !optionalText(v.unit)) return null;
  if (!(v.href === undefined || (typeof v.href === 'string' && textLength(v.href) <= MAX_PROVENANCE_HREF))) return null;
  if (!(v.multiplier === undefined || (Number.isInteger(v.multiplier) && Math.abs(v.multiplier as number) <= 30))) return null;
  if (!Array.isArray(v.picked) || v.picked.length > MAX_PICKED) return null;
  const picked = v.picked.map(readPicked);
  if (picked.some((p) => p === null)) return null;
  return {
    kind: 'json-stat',
    value: v.value,
    source: v.source,
    ...(v.table !== undefined && { table: v.table as string }),
    ...(v.href !== undefined && { href: v.href as string }),
    ...(v.updated !== undefined && { updated: v.updated as string }),
    file: v.file,
    retrieved: v.retrieved,
    picked: picked as PickedCategory[],
    ...(v.status !== undefined && { status: v.status as string }),
    ...(v.unit !== undefined && { unit: v.unit as string }),
    ...(v.multiplier !== undefined && { multiplier: v.multiplier as number }),
  };
}

export function readProvenance(raw: unknown, fw: Framework, problems: DocProblem[]): Provenance | undefined {
  const bad = (path: string) => problems.push({ path, kind: 'bad-shape', shape: 'provenance' });
  if (!isObject(raw) || Object.keys(raw).some((k) => k !== 'profile' && k !== 'values')) {
    bad('provenance');
    return undefined;
  }
  const out: Provenance = {};
  const profileIds = new Set(fw.data.profile.map((p) => p.id));
  if (raw.profile !== undefined) {
    if (!isObject(raw.profile)) bad('provenance.profile');
    else {
      const profile: Record<string, TableSource> = {};
      for (const key of Object.keys(raw.profile)) {
        const where = `provenance.profile.${key}`;
        if (FORBIDDEN.has(key)) problems.push({ path: 'provenance.profile', kind: 'forbidden-key', key });
        else if (!profileIds.has(key)) problems.push({ path: 'provenance.profile', kind: 'unknown-profile-field', name: quoted(key) });
        else {
          const s = readTableSource(raw.profile[key]);
          if (s) profile[key] = s;
          else bad(where);
        }
      }
      if (Object.keys(profile).length > 0) out.profile = profile;
    }
  }
  if (raw.values !== undefined) {
    if (!isObject(raw.values)) bad('provenance.values');
    else {
      const values: Record<string, Partial<Record<ProvenanceField, TableSource>>> = {};
      for (const id of Object.keys(raw.values)) {
        const where = `provenance.values["${id}"]`;
        const entry = raw.values[id];
        if (FORBIDDEN.has(id)) problems.push({ path: 'provenance.values', kind: 'forbidden-key', key: id });
        else if (!fw.byId.has(id)) problems.push({ path: 'provenance.values', kind: 'unknown-datapoint', id: quoted(id) });
        else if (!isObject(entry) || Object.keys(entry).some((f) => !isProvenanceField(f))) bad(where);
        else {
          const read: Partial<Record<ProvenanceField, TableSource>> = {};
          for (const f of Object.keys(entry) as ProvenanceField[]) {
            const s = readTableSource(entry[f]);
            if (s) read[f] = s;
            else bad(`${where}.${f}`);
          }
          if (Object.keys(read).length > 0) values[id] = read;
        }
      }
      if (Object.keys(values).length > 0) out.values = values;
    }
  }
  return out.profile || out.values ? out : undefined;
}
