/**
 * Share links as the UI sees them: finding one in the page address, building the address to share,
 * opening one into a validated assessment, and removing it from the address afterwards.
 */
import { type AssessmentDoc, type AssessmentParseError } from '../../engine/assessment';
import type { Framework } from '../../engine/framework';
import { decodeLink, linkMode, type LinkError, type LinkMode } from '../../share/link';

export interface LocatedLink {
  /** The fragment, starting with `#`. */
  fragment: string;
  mode: LinkMode;
}

/** The share link in a location hash, or null when the hash is something else (or nothing). */
export function shareLinkFromHash(hash: string): LocatedLink | null {
  if (!hash) return null;
  const fragment = hash.startsWith('#') ? hash : `#${hash}`;
  const mode = linkMode(fragment);
  return mode ? { fragment, mode } : null;
}

/**
 * Call once on app start, before anything rewrites the hash: the share link in the page address, or
 * null. Reading it sends nothing anywhere: browsers never send the fragment to a server.
 */
export function openLinkFromLocation(loc: Pick<Location, 'hash'> | undefined = globalThis.location): LocatedLink | null {
  return loc ? shareLinkFromHash(loc.hash) : null;
}

/** The address to share: this page without its query or hash, plus the fragment. */
export function shareUrl(loc: Pick<Location, 'origin' | 'pathname'>, fragment: string): string {
  return `${loc.origin}${loc.pathname}${fragment.startsWith('#') ? fragment : `#${fragment}`}`;
}

/** Removes the share link from the address bar (and history), keeping the path and query. */
export function stripShareHash(win: Pick<Window, 'history' | 'location'> = window): void {
  if (!shareLinkFromHash(win.location.hash)) return;
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}`);
}

export type OpenLinkResult =
  { ok: true; doc: AssessmentDoc } | { ok: false; stage: 'link'; error: LinkError } | { ok: false; stage: 'document'; error: AssessmentParseError };

/** Decrypts and validates a share link: every failure is typed, with a message for the user. */
export async function openSharedLink(fragment: string, fw: Framework, passphrase?: string): Promise<OpenLinkResult> {
  const decoded = await decodeLink(fragment, passphrase);
  if (!decoded.ok) return { ok: false, stage: 'link', error: decoded.error };
  // The reader (the schema's validator with it) loads when a link is opened, not with the page.
  const { parseAssessmentJson } = await import('../../engine/assessment-read');
  const parsed = parseAssessmentJson(decoded.text, fw);
  return parsed.ok ? { ok: true, doc: parsed.value } : { ok: false, stage: 'document', error: parsed.error };
}
