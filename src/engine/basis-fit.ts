/**
 * A verification's basis that every reader accepts. The basis is the canonical text of the inputs a
 * verification vouches for (review.ts `valueBasis`); with long text kept in its number cells (up to
 * 200 characters in each of four) it reached 520 characters, more than the 500 the reader allows for
 * a stamp's basis, and the backup and the JSON export were then refused on import (issue #33). A basis
 * longer than that is stored as a digest of its text instead: a different text still gives a different
 * digest, which is all a basis is for (telling that the value changed since it was verified).
 * Existing long bases still match (`sameBasis`), so no verification reads as stale after an update.
 */
import { MAX_SHORT } from './assessment';
import { textLength } from './parse';

/** Marks a digest, which no canonical basis (a JSON array) starts with. */
const DIGEST = '#';

/** 53-bit string hash (cyrb53); four seeds give 212 bits, far beyond any chance collision between two inputs. */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The basis as stored: as it is when the reader accepts its length, else its digest. */
export function fitBasis(basis: string): string {
  if (textLength(basis) <= MAX_SHORT) return basis;
  return DIGEST + [1, 2, 3, 4].map((seed) => cyrb53(basis, seed)).join('');
}

/** Whether a stamp's stored basis vouches for the current one (a long basis stored before digests matches its digest). */
export const sameBasis = (stored: string, current: string): boolean => stored === current || fitBasis(stored) === current;

/**
 * A document as a file is written: each stamp's basis fitted, so a verification stored before digests
 * (with a basis over the reader's limit) does not make the file unreadable. Same meaning (`sameBasis`).
 */
export function withFittedBases<T extends { review?: Record<string, { basis?: string }> }>(doc: T): T {
  const review = doc.review;
  if (!review || !Object.values(review).some((s) => s.basis !== undefined && fitBasis(s.basis) !== s.basis)) return doc;
  const fitted = Object.fromEntries(Object.entries(review).map(([id, s]) => [id, s.basis === undefined ? s : { ...s, basis: fitBasis(s.basis) }]));
  return { ...doc, review: fitted };
}
