/**
 * One line that tells a copy of an assessment from its other versions (#24 item 4): its version
 * number, whether it is frozen or verified, the version it started from, where this copy came from
 * (a file, a link, a merge: when, and who signed the other side) and when it was last changed. Shown
 * in the library, the compare and merge screen and the share dialog; the same facts name exported
 * files (`Lisbon-2024-v3-verified.ssc.json`).
 */
import type { JSX } from 'solid-js';
import type { AssessmentDoc } from '../engine/assessment';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { reviewRows } from '../engine/review';
import { versionNumberOf } from '../engine/versions';
import { fmtDateTime } from './strings';
import { V } from './strings/review';

type Versioned = Pick<AssessmentDoc, 'versionNumber' | 'origin' | 'frozen' | 'parent' | 'updatedAt' | 'review' | 'values' | 'profile' | 'catalogueReview'>;

/** Frozen with every data point that applies verified (or said not verifiable): the verified result. */
export function isVerifiedResult(doc: Versioned): boolean {
  if (!doc.frozen) return false;
  const rows = reviewRows(doc as AssessmentDoc, u4ssc.datapoints);
  return rows.length > 0 && rows.every((r) => r.state === 'verified' || r.state === 'not-verifiable');
}

/** `v3`, `v3-frozen` or `v3-verified` for a file name; '' for a first version not frozen (its name stays `Lisbon-2024`). */
export function versionFileTag(doc: Partial<Versioned>): string {
  const n = doc.versionNumber ?? 1;
  if (!doc.frozen) return n > 1 ? `v${n}` : '';
  return `v${n}-${isVerifiedResult(doc as Versioned) ? 'verified' : 'frozen'}`;
}

export function versionLine(doc: Versioned): string {
  const parts = [V.versionLabel(versionNumberOf(doc))];
  if (doc.frozen) parts.push(isVerifiedResult(doc) ? V.versionVerified(doc.frozen.by) : V.versionFrozen(doc.frozen.by));
  else parts.push(V.versionOpen);
  if (doc.parent) parts.push(V.versionParent(doc.parent.fingerprint.slice(0, 8)));
  const o = doc.origin;
  if (o) parts.push(V.versionOrigin(o.kind, o.name ?? '', fmtDateTime(o.at), o.signer ?? ''));
  parts.push(V.versionChanged(fmtDateTime(doc.updatedAt)));
  return parts.join(' · ');
}

export function VersionLine(props: { doc: Versioned }): JSX.Element {
  return (
    <span class="version-line hint" data-testid="version-line">
      {versionLine(props.doc)}
    </span>
  );
}
