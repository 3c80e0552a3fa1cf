/**
 * One line that tells a copy of an assessment from its other versions (#24 item 4): its version
 * number, whether it is frozen or verified, the version it started from, where this copy came from
 * (a file, a link, a merge: when, and who signed the other side) and when it was last changed. Shown
 * in the library, the compare and merge screen and the share dialog; the same facts name exported
 * files (`Lisbon-2024-v3-verified.ssc.json`).
 */
import type { JSX } from 'solid-js';
import { isVerifiedResult, versionFacts, type VersionFacts } from '../engine/versions';
import { fmtDateTime } from './strings';
import { reviewWords } from './strings/review';

type Versioned = Parameters<typeof versionFacts>[0];

/** `v3`, `v3-frozen` or `v3-verified` for a file name; '' for a first version not frozen (its name stays `Lisbon-2024`). */
export function versionFileTag(doc: Partial<Versioned>): string {
  const n = doc.versionNumber ?? 1;
  if (!doc.frozen) return n > 1 ? `v${n}` : '';
  return `v${n}-${isVerifiedResult(doc as Versioned) ? 'verified' : 'frozen'}`;
}

/** The line, from a document or from the facts the library's summary keeps. */
export function versionLine(of: Versioned | VersionFacts): string {
  const f = 'values' in of ? versionFacts(of) : of;
  const parts = [reviewWords.versionLabel(f.versionNumber)];
  if (f.frozenBy !== undefined) parts.push(f.verified ? reviewWords.versionVerified(f.frozenBy) : reviewWords.versionFrozen(f.frozenBy));
  else parts.push(reviewWords.versionOpen);
  if (f.parent) parts.push(reviewWords.versionParent(f.parent));
  const o = f.origin;
  if (o) parts.push(reviewWords.versionOrigin(o.kind, o.name ?? '', fmtDateTime(o.at), o.signer ?? ''));
  parts.push(reviewWords.versionChanged(fmtDateTime(f.updatedAt)));
  return parts.join(' · ');
}

export function VersionLine(props: { doc: Versioned | VersionFacts }): JSX.Element {
  return (
    <span class="version-line hint" data-testid="version-line">
      {versionLine(props.doc)}
    </span>
  );
}
