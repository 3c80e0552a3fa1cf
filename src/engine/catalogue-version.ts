/**
 * Catalogue versions: an assessment records the catalogue version it was made with
 * (`framework.version`, e.g. `2017.1`). Opening one made with an older version brings it to the
 * current catalogue without touching a single value: the data points whose definitions changed since
 * (and that hold something) are listed in `catalogueReview`, which stays with the assessment until the
 * user acknowledges each one. Nothing is rescored silently: the UI says, in words, what changed and
 * what it means for the values (src/ui/strings/catalogue.ts), marks the rows in the grid and in
 * "explain this number".
 *
 * The review is hooked to the U4SSC cycle's review states (engine/review.ts): a verified data point
 * whose definition changed since it was verified (a change of any kind but a new reference target or a
 * check that no longer applies, which leave what the verifier vouched for as it was) no longer reads as verified: it reads "verified under catalogue
 * <from>, definition changed" (state: submitted) until it is verified again (which acknowledges the
 * change) or the change is marked as read (`definitionChanged`).
 */
import type { Framework } from './framework';
import type { AssessmentInput, CatalogueChange, CatalogueStep } from './types';

/** The catalogue changes an assessment has not yet acknowledged, per data point. */
export interface CatalogueReview {
  /** The catalogue version the assessment was made with. */
  from: string;
  /** The catalogue version it was brought to. */
  to: string;
  datapoints: Record<string, CatalogueChange[]>;
}

/** The part of an assessment the catalogue upgrade reads and writes. */
export interface CatalogueVersioned extends AssessmentInput {
  framework: { id: string; version: string };
  catalogueReview?: CatalogueReview;
}

/**
 * Every change from `version` to the framework's current version, per data point, in order; null when
 * `version` is not a version this framework's history knows (a newer catalogue, or a typo).
 */
export function changesSince(fw: Framework, version: string): Record<string, CatalogueChange[]> | null {
  const steps: readonly CatalogueStep[] = fw.data.changes ?? [];
  const start = steps.findIndex((s) => s.from === version);
  if (start < 0) return version === fw.data.frameworkVersion ? {} : null;
  const out: Record<string, CatalogueChange[]> = {};
  for (let i = start; i < steps.length; i++) {
    for (const [id, changes] of Object.entries(steps[i].datapoints)) (out[id] ??= []).push(...changes);
  }
  return out;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Brings an assessment to the current catalogue version. Values, targets and everything else are kept
 * exactly; the version is raised and the changed data points that hold a value or an input
 * are added to `catalogueReview` (a reference-target change only where the assessment uses the
 * reference target). A current document, or one whose version this history does not know, is
 * returned as it is.
 */
export function upgradeCatalogue<T extends CatalogueVersioned>(doc: T, fw: Framework): T {
  const version = doc.framework?.version;
  if (typeof version !== 'string' || version === fw.data.frameworkVersion) return doc;
  const changes = changesSince(fw, version);
  if (changes === null) return doc;
  const datapoints: Record<string, CatalogueChange[]> = { ...(doc.catalogueReview?.datapoints ?? {}) };
  for (const [id, list] of Object.entries(changes)) {
    const entry = doc.values[id];
    const holdsValue = entry !== undefined && (present(entry.value) || present(entry.numerator) || present(entry.denominator));
    if (!holdsValue) continue;
    const relevant = list.filter((c) => c.kind !== 'target' || doc.targets[id] === undefined);
    if (relevant.length > 0) datapoints[id] = [...(datapoints[id] ?? []), ...relevant];
  }
  const next: T = { ...doc, framework: { ...doc.framework, version: fw.data.frameworkVersion } };
  if (Object.keys(datapoints).length > 0) next.catalogueReview = { from: doc.catalogueReview?.from ?? version, to: fw.data.frameworkVersion, datapoints };
  else delete next.catalogueReview;
  return next;
}

/** The same document with the review of one data point acknowledged (removed); the review goes when empty. */
export function acknowledgeChanges<T extends CatalogueVersioned>(doc: T, id: string): T {
  if (!doc.catalogueReview?.datapoints[id]) return doc;
  const datapoints = { ...doc.catalogueReview.datapoints };
  delete datapoints[id];
  const next: T = { ...doc };
  if (Object.keys(datapoints).length > 0) next.catalogueReview = { ...doc.catalogueReview, datapoints };
  else delete next.catalogueReview;
  return next;
}

/** The catalogue versions between which a data point's definition changed, still unacknowledged. */
export interface DefinitionChangedSince {
  from: string;
  to: string;
}

/**
 * Changes that leave a verification standing: a new reference target (a verification vouches for the
 * value, not for the benchmark) and a check that no longer applies (nothing the verifier saw is lost).
 */
const KEEPS_VERIFICATION: ReadonlySet<CatalogueChange['kind']> = new Set(['target', 'check-removed']);

/**
 * Whether a data point's definition changed with a catalogue update the assessment has not yet
 * acknowledged for it: the versions, or null. A change that keeps a verification standing (see
 * `KEEPS_VERIFICATION`) does not count.
 */
export function definitionChanged(review: CatalogueReview | undefined, id: string): DefinitionChangedSince | null {
  const list = review?.datapoints[id];
  if (!review || !list || !list.some((c) => !KEEPS_VERIFICATION.has(c.kind))) return null;
  return { from: review.from, to: review.to };
}
