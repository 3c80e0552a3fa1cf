/**
 * Edits of the user's own framework inside an assessment (issue #30, format 9, engine/local-kpis.ts):
 * which framework file the assessment names, and the values of its local KPIs. They change no U4SSC
 * score, so they make no engine patch (edits.ts counts them with the cycle's record); the local KPIs
 * are scored from the document by `localKpis` wherever they are shown. A freeze refuses both
 * (freeze-rule.ts): they are sealed content.
 */
import type { AssessmentDoc, LocalFrameworkRef } from '../engine/assessment';
import type { ValueEntry } from '../engine/types';

export type LocalEdit =
  /** One field of a local KPI's value entry, as `value` edits one of `values` (undefined or '' removes it). */
  | { kind: 'local-value'; id: string; field: keyof ValueEntry; value: ValueEntry[keyof ValueEntry] | undefined }
  /** The framework file the assessment names (null: none, the U4SSC KPIs alone); its local values are kept either way. */
  | { kind: 'local-framework'; ref: LocalFrameworkRef | null };

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The document with a local edit applied (a copy of what it changes; the fields absent when empty, as the file writes them). */
export function applyLocalEdit(doc: AssessmentDoc, e: LocalEdit): AssessmentDoc {
  if (e.kind === 'local-framework') {
    const { localFramework: _, ...rest } = doc;
    return e.ref ? { ...rest, localFramework: { ...e.ref } } : rest;
  }
  const values = { ...doc.localValues };
  const entry: ValueEntry = { ...(values[e.id] ?? {}) };
  if (e.value === undefined || e.value === null || e.value === '') delete entry[e.field];
  else (entry as Record<string, unknown>)[e.field] = e.value;
  if (Object.keys(entry).length === 0) delete values[e.id];
  else values[e.id] = entry;
  const { localValues: _, ...rest } = doc;
  return Object.keys(values).length > 0 ? { ...rest, localValues: values } : rest;
}

/** The current content of the place a local edit writes to. */
export const readLocalAt = (doc: AssessmentDoc, e: LocalEdit): unknown =>
  e.kind === 'local-framework' ? (doc.localFramework ?? null) : doc.localValues?.[e.id]?.[e.field];

export const localEditKey = (e: LocalEdit): string => (e.kind === 'local-framework' ? 'local-framework' : `local-value|${e.id}|${e.field}`);

/** A journal row that is a well-formed local edit. */
export function isLocalEdit(v: Record<string, unknown>): boolean {
  if (v.kind === 'local-value') return typeof v.id === 'string' && typeof v.field === 'string';
  if (v.kind === 'local-framework') return v.ref === null || (isPlain(v.ref) && typeof v.ref.id === 'string' && typeof v.ref.version === 'string');
  return false;
}
