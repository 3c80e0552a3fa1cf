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
import type { CycleFields, ReviewStamp } from './review';

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
