/**
 * Reading stored rows defensively: a damaged row is reported, never crashes a listing. The shape a row
 * must have is the schema's (public/assessment.schema.json, compiled by scripts/document-shape.ts).
 * Split out of db.ts (#27, item 3); db.ts still exports every name.
 */
import { ASSESSMENT_VERSION, type AssessmentDoc } from '../engine/assessment';
import { upgradeCatalogue } from '../engine/catalogue-version';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { IMPORT_MAX_REVISION, IMPORT_MAX_TIME } from '../engine/headroom';
import { migrateAssessment } from '../engine/migrations';
import { StorageError } from './errors';
import { validate as validStoredShape } from './stored-shape.validate.js';

export type DamageReason = 'not-an-object' | 'no-id' | 'no-values' | 'no-profile' | 'bad-revision' | 'bad-date' | 'bad-text' | 'bad-field';

/** A stored row that cannot be used as an assessment as it is; `raw` is kept for export and repair. */
export interface DamagedRow {
  id: string;
  reason: DamageReason;
  raw: unknown;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Which reason a field of the stored shape is damaged for; a field not listed is a 'bad-field'. */
const DAMAGE_OF_FIELD: Record<string, DamageReason> = {
  id: 'no-id',
  values: 'no-values',
  targets: 'no-values',
  profile: 'no-profile',
  revision: 'bad-revision',
  createdAt: 'bad-date',
  updatedAt: 'bad-date',
  city: 'bad-text',
  country: 'bad-text',
  notes: 'bad-text',
  year: 'bad-text',
};
/** The order reasons are named in when a row has several. */
const DAMAGE_ORDER: readonly DamageReason[] = ['no-id', 'no-values', 'no-profile', 'bad-revision', 'bad-date', 'bad-text', 'bad-field'];

/**
 * The structural checks every stored row must pass before the app uses it (the framework-aware
 * validation is readAssessment's, used on import and on repair). Null when the row is sound. The shape
 * is the schema's (public/assessment.schema.json, compiled by scripts/document-shape.ts): each top-level
 * field by its kind and numeric range, the required ones present.
 */
export function damageOf(row: unknown): DamageReason | null {
  if (!isRecord(row)) return 'not-an-object';
  if (validStoredShape(row)) return null;
  const reasons = new Set(
    (validStoredShape.errors ?? []).map((e) => {
      const field = e.keyword === 'required' ? String(e.params.missingProperty) : e.instancePath.split('/')[1];
      return DAMAGE_OF_FIELD[field] ?? 'bad-field';
    }),
  );
  return DAMAGE_ORDER.find((r) => reasons.has(r)) ?? 'bad-field';
}

/**
 * The bookkeeping of the next write over `stored`: revision + 1 and a later time. A row stored before
 * imports kept room for use (headroom.ts) can sit at a revision near 2^53 or a time past 9999; bumping
 * it would cross the hard limits and damage it two edits later. Such a row starts again from revision 1
 * and the time of the write instead. 1 still differs from the stored revision, so a tab that read the
 * old row meets a conflict on its next save, as with any other save.
 */
export function nextStamp(
  stored: Pick<AssessmentDoc, 'revision' | 'updatedAt' | 'createdAt'>,
  now: number,
): Pick<AssessmentDoc, 'revision' | 'updatedAt'> & Partial<Pick<AssessmentDoc, 'createdAt'>> {
  const revision = stored.revision >= IMPORT_MAX_REVISION ? 1 : stored.revision + 1;
  const updatedAt = stored.updatedAt > IMPORT_MAX_TIME ? now : Math.max(now, stored.updatedAt + 1);
  // createdAt is never bumped, but a creation after the last change would read as nonsense.
  return { revision, updatedAt, ...(stored.createdAt > IMPORT_MAX_TIME && { createdAt: Math.min(now, updatedAt) }) };
}

/** The row as the app uses it, or a StorageError naming its damage. */
export function sound(row: unknown): AssessmentDoc {
  const reason = damageOf(row);
  if (reason) throw new StorageError({ kind: 'damaged', id: isRecord(row) && typeof row.id === 'string' ? row.id : '', reason });
  return upToDate(row as AssessmentDoc);
}

/**
 * A sound row of this or an older format, as the app uses it: an older format is brought up by the
 * numbered steps of migrations.ts, and an assessment made with an older catalogue is brought to the
 * current one (every value kept, the changed data points listed for review: catalogue-version.ts).
 * The row itself is rewritten only by the next save. A current row is returned as it is.
 */
export function upToDate(row: AssessmentDoc): AssessmentDoc {
  if (row.version > ASSESSMENT_VERSION) return row;
  const migrated = row.version < ASSESSMENT_VERSION ? migrateAssessment(row) : null;
  const doc = migrated?.ok ? (migrated.value as unknown as AssessmentDoc) : row;
  return upgradeCatalogue(doc, u4ssc);
}
