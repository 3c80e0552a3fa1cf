/**
 * The one id convention for things that are stored or sent between tabs (assessments, editing
 * sessions): a random RFC 4122 version-4 UUID. Element ids in the UI are another matter: components
 * use Solid's `createUniqueId()`.
 *
 * `crypto.randomUUID` exists only in secure contexts (https, localhost); a page served over plain http
 * on a LAN address still has `crypto.getRandomValues`, from which the same format is built.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
