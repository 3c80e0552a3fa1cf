/**
 * Telling versions of one assessment apart (#24 item 4, format 7). After an import as new and a merge
 * a library held three identical "Lisbon · Portugal · 2024" rows, and the city's and the verifier's
 * exports had one file name. Each copy now says which version it is (`versionNumber`: 1 for an
 * assessment started fresh, one more than its parent for a new version, one more than the later of
 * the two sides for a merge) and where this copy came from (`origin`: the file or link it was
 * imported from, or the merge that made it, when, and the name that signed the other side).
 *
 * The version number is sealed by a freeze like the rest of the data (fingerprint.ts): a report says
 * "version 3, verified". The origin is not: it is bookkeeping of this copy, like its id, and two copies
 * of one verified file imported on two machines must still fingerprint alike.
 *
 * Pure: no DOM, no storage.
 */
import type { AssessmentDoc } from './assessment';
import { u4ssc } from './frameworks/u4ssc';
import { reviewRows, type CycleFields, type ReviewStamp } from './review';

export const ORIGIN_KINDS = ['file', 'link', 'merge'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

/** Where this copy came from (absent: made in this browser, or a new version of one stored here). */
export interface Origin {
  kind: OriginKind;
  /** When it was imported or merged (ms since 1970). */
  at: number;
  /** The file name, or for a merge the other side's name ("Lisbon 2024"). */
  name?: string;
  /** Who signed the other side: who froze it, else who made its latest review step. */
  signer?: string;
}

/** The largest version number a file may carry (a version a day for 270 years). */
export const MAX_VERSION_NUMBER = 100_000;

export const versionNumberOf = (doc: { versionNumber?: number }): number => doc.versionNumber ?? 1;

/** Who signed a copy: who froze it, else who made its latest review step; undefined when nobody did. */
export function signerOf(doc: CycleFields): string | undefined {
  if (doc.frozen) return doc.frozen.by;
  let latest: ReviewStamp | undefined;
  for (const s of Object.values(doc.review ?? {})) if (!latest || s.at > latest.at) latest = s;
  return latest?.by;
}

/**
 * A copy marked with where it came from (a new object; the document is not changed). `signer`: who
 * signed the other side; for an imported file or link that is the file's own signer.
 */
export function withOrigin<T extends CycleFields & { origin?: Origin }>(doc: T, kind: OriginKind, at: number, name?: string, signer = signerOf(doc)): T {
  return { ...doc, origin: { kind, at, ...(name && { name }), ...(signer && { signer }) } };
}

type Versioned = Pick<AssessmentDoc, 'versionNumber' | 'origin' | 'frozen' | 'parent' | 'updatedAt' | 'review' | 'values' | 'profile' | 'catalogueReview'>;

/** Frozen with every data point that applies verified (or said not verifiable): the verified result. */
export function isVerifiedResult(doc: Versioned): boolean {
  if (!doc.frozen) return false;
  const rows = reviewRows(doc as AssessmentDoc, u4ssc.datapoints);
  return rows.length > 0 && rows.every((r) => r.state === 'verified' || r.state === 'not-verifiable');
}

/**
 * What tells one copy from its other versions, in a few plain fields: what the library keeps in its
 * summary of each row (storage's light index), so a list of 10 000 says it without reading every row.
 */
export interface VersionFacts {
  versionNumber: number;
  /** Who froze it, when frozen. */
  frozenBy?: string;
  /** Frozen with every data point that applies verified. */
  verified: boolean;
  /** The start of the parent's fingerprint, for a new version. */
  parent?: string;
  origin?: Origin;
  updatedAt: number;
}

export function versionFacts(doc: Versioned): VersionFacts {
  return {
    versionNumber: versionNumberOf(doc),
    ...(doc.frozen && { frozenBy: doc.frozen.by }),
    verified: isVerifiedResult(doc),
    ...(doc.parent && { parent: doc.parent.fingerprint.slice(0, 8) }),
    ...(doc.origin && { origin: doc.origin }),
    updatedAt: doc.updatedAt,
  };
}
