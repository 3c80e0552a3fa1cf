/**
 * The content fingerprint of an assessment: SHA-256 (hex) of a canonical text of its data, so that a
 * reader of a printed report can check that a file is the one that was verified.
 *
 * The canonical form holds what the assessment says: city, country, year, notes, framework, target
 * set, method, profile, values, targets, own targets, the target set that scores them (only when it is
 * the city's own: the reference set is the default, which a file frozen before format 5 does not name), and the cycle (review stamps, query threads, evidence,
 * recommendations, actions, the history per value of format 7, and where a figure came from, format 8). It leaves out bookkeeping that changes on every save or copy and says
 * nothing about the data: format and version, id, revision, createdAt, updatedAt, and the freeze mark
 * itself (which holds the fingerprint) with the parent reference, and where this copy came from (origin). Keys are sorted at every level;
 * empty text, null, empty objects and empty lists are dropped (a file written by hand with `"note": ""`
 * says the same as one without it); threads are sorted by time then id, recommendations and actions
 * by id, so two copies that merged the same entries in another order agree. Numbers are written as
 * JavaScript writes them (the shortest text that reads back to the same double), so an export and a
 * re-import give the same text.
 */
import { upgradeCatalogue, type CatalogueVersioned } from './catalogue-version';
import type { Framework } from './framework';

// `provenance` (format 8, provenance.ts) is sealed: it is not left out here. A verifier signs a
// population together with the statistics table it was read from; a source swapped or removed after
// the freeze (a figure passed off as the office's, or the office's hidden) must read 'does not match'.
// A file frozen before format 8 has none, and an absent field fingerprints as it always did.
// `origin` (format 7, versions.ts) says where this copy came from: two copies of one verified file
// imported on two machines differ in it and must fingerprint alike. `versionNumber` is content.
const LEFT_OUT = new Set(['format', 'version', 'id', 'revision', 'createdAt', 'updatedAt', 'frozen', 'parent', 'origin']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function normalise(v: unknown): Json | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : undefined;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) {
    const items = v.map(normalise).filter((x): x is Json => x !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const key of Object.keys(v).sort()) {
      const n = normalise((v as Record<string, unknown>)[key]);
      if (n !== undefined) out[key] = n;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}

/** Code-unit order, never the locale's: every machine sorts alike. */
const byId = (a: { id?: unknown }, b: { id?: unknown }) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);
const byTimeThenId = (a: { at?: unknown; id?: unknown }, b: { at?: unknown; id?: unknown }) => Number(a.at) - Number(b.at) || byId(a, b);

/** The canonical text of a document's data (see above). Pure; the same in Node and the browser. */
export function canonicalForm(doc: object): string {
  const src = doc as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(src)) if (!LEFT_OUT.has(key)) picked[key] = src[key];
  // Scored against the reference targets is the default (format version 5 records it; an older file
  // frozen before then says the same without it): only the choice of own targets is content.
  if (picked.scoringTargets === 'reference') delete picked.scoringTargets;
  if (picked.threads && typeof picked.threads === 'object') {
    picked.threads = Object.fromEntries(
      Object.entries(picked.threads as Record<string, unknown>).map(([k, list]) => [k, Array.isArray(list) ? [...list].sort(byTimeThenId) : list]),
    );
  }
  // The history per value (format 7) is sealed content, not bookkeeping: it is the record of who changed
  // a value after it was submitted, which the self-verification rule and the report's annex rest on, so
  // deleting the entry that shows a verifier changed the value they verified must read "does not match".
  // A file frozen before format 7 has none, so its fingerprint is unchanged. Entries in time then id
  // order, so two copies that merged the same entries agree.
  if (picked.history && typeof picked.history === 'object') {
    picked.history = Object.fromEntries(
      Object.entries(picked.history as Record<string, unknown>).map(([k, log]) => {
        const entries = (log as { entries?: unknown } | null)?.entries;
        return [k, Array.isArray(entries) ? { ...(log as object), entries: [...(entries as { at?: unknown; id?: unknown }[])].sort(byTimeThenId) } : log];
      }),
    );
  }
  for (const key of ['recommendations', 'actions']) if (Array.isArray(picked[key])) picked[key] = [...(picked[key] as { id?: unknown }[])].sort(byId);
  return JSON.stringify(normalise(picked) ?? {});
}

const sha256 = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

/** SHA-256 of the canonical form, as 64 lowercase hex digits (the data only: fingerprint scheme 1). */
export function fingerprint(doc: object): Promise<string> {
  return sha256(canonicalForm(doc));
}

/**
 * Fingerprint schemes, recorded in the freeze mark (`frozen.scheme`, format 6) so that a file keeps
 * being checked under the scheme it was frozen with:
 *  1 (absent in every freeze before format 6): the data (canonicalForm). Who froze it, when and the
 *    parent are not covered: they can be edited without the fingerprint noticing, and are shown so.
 *  2: the data, then who froze it, when, and the parent (id and fingerprint). Review stamps, threads
 *    and evidence are part of the data in both.
 */
export const FINGERPRINT_SCHEME = 2;
export type FingerprintScheme = 1 | 2;

/** What a freeze seals besides the data (scheme 2). */
interface Seal {
  frozen?: { by?: unknown; at?: unknown };
  parent?: unknown;
}

/** The text a scheme-2 fingerprint is the SHA-256 of: the canonical data, a line break, the seal. */
export function sealedForm(doc: object): string {
  const d = doc as Seal;
  const seal = normalise({ scheme: 2, by: d.frozen?.by, at: d.frozen?.at, parent: d.parent });
  return `${canonicalForm(doc)}\n${JSON.stringify(seal ?? {})}`;
}

/** The fingerprint of a document under a scheme (`frozen.by` and `frozen.at` are read from the document for scheme 2). */
export function fingerprintUnder(doc: object, scheme: FingerprintScheme): Promise<string> {
  return scheme === 1 ? fingerprint(doc) : sha256(sealedForm(doc));
}

/** The freeze mark of a document frozen now by `by`: the current scheme, covering the data, the signer, the time and the parent. */
export async function freezeMark(doc: object, by: string, at: number): Promise<{ at: number; by: string; scheme: 2; fingerprint: string }> {
  return { at, by, scheme: 2, fingerprint: await fingerprintUnder({ ...doc, frozen: { at, by } }, 2) };
}

/** A fingerprint grouped in fours for print and reading aloud. */
export const groupedFingerprint = (hex: string): string => hex.match(/.{1,4}/g)?.join(' ') ?? hex;

/**
 * The document as it may have been read, before the catalogue step of opening it
 * (catalogue-version.ts): opening a file made with an older catalogue raises `framework.version` and
 * lists the changed data points in `catalogueReview`, which changes the canonical form though not one
 * value changed. Each older version of the framework's history is a candidate only if bringing it to
 * the current catalogue gives back exactly this document, so nothing but that step is undone.
 * The document itself comes first.
 */
export function asRead(doc: CatalogueVersioned, fw: Framework): CatalogueVersioned[] {
  const out: CatalogueVersioned[] = [doc];
  const version = doc.framework?.version;
  if (version !== fw.data.frameworkVersion) return out;
  const canonical = canonicalForm(doc);
  for (const step of fw.data.changes ?? []) {
    const before: CatalogueVersioned = { ...doc, framework: { ...doc.framework, version: step.from } };
    delete before.catalogueReview;
    if (canonicalForm(upgradeCatalogue(before, fw)) === canonical) out.push(before);
  }
  return out;
}

/**
 * Whether a document still has the fingerprint it was frozen with: its own, or that of the document
 * as read before the catalogue step (see `asRead`), so a file frozen under an older catalogue still
 * matches its printed fingerprint once opened, and a changed value still does not. `print` is the
 * fingerprint that matched, else the document's own (for an assessment not frozen, its own).
 */
export async function checkFingerprint(
  doc: CatalogueVersioned & { frozen?: { fingerprint: string; scheme?: FingerprintScheme } },
  fw: Framework,
): Promise<{ print: string; matches: boolean; scheme: FingerprintScheme; coversSeal: boolean }> {
  // A freeze is checked under the scheme it was made with; a mark naming none predates schemes (1), and
  // an assessment not frozen has no seal: its data alone.
  const scheme: FingerprintScheme = doc.frozen?.scheme ?? 1;
  const coversSeal = scheme >= 2;
  const own = await fingerprintUnder(doc, scheme);
  const mark = doc.frozen?.fingerprint;
  if (!mark || own === mark) return { print: own, matches: own === mark, scheme, coversSeal };
  for (const candidate of asRead(doc, fw).slice(1))
    if ((await fingerprintUnder(candidate, scheme)) === mark) return { print: mark, matches: true, scheme, coversSeal };
  return { print: own, matches: false, scheme, coversSeal };
}
