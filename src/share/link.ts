/**
 * Share links without a server: the document is compressed (deflate-raw, built into browsers and Node)
 * and encrypted with AES-GCM, and the whole ciphertext travels in the URL fragment, which browsers never
 * send to a server.
 *
 *   #k1.<base64url(iv ‖ ciphertext)>.<base64url(raw 128-bit key)>   key in the link
 *   #w1.<base64url(salt ‖ iv ‖ ciphertext)>                          key from a passphrase (PBKDF2)
 *
 * What it protects against: servers, proxies, logs and link scanners that see the page address but not
 * the fragment; with a passphrase, also anyone who gets the link without the passphrase. What it does
 * not: whoever holds the link (and, in passphrase mode, the passphrase) can read the assessment.
 * GCM authenticates the data, so a changed or truncated link fails to open instead of opening wrong.
 */

export type LinkMode = 'key' | 'passphrase';

/** Why a link did not open: data only; src/ui/strings/interchange.ts (X.linkProblem) says it in words. */
export type LinkError =
  /** Damaged or cut while copied: the parts do not decode. */
  | { kind: 'malformed' }
  /** Not a workbench share link at all (no known prefix). */
  | { kind: 'not-a-link' }
  | { kind: 'needs-passphrase' }
  /** Decryption failed: a wrong passphrase, or a changed or cut link. */
  | { kind: 'cannot-decrypt'; mode: LinkMode | null }
  /** Longer than any link the app makes (`limit` characters), or unpacking to more than `limit` bytes. */
  | { kind: 'too-long'; limit: number }
  | { kind: 'too-large'; limit: number };

export type LinkResult = { ok: true; text: string } | { ok: false; error: LinkError };

/** Fragments longer than this are refused when made: mail and chat clients cut long links. */
export const MAX_LINK_CHARS = 64 * 1024;
/** Decompression stops here, so a crafted link cannot exhaust memory (a few kB can inflate to GBs). */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
export const PBKDF2_ITERATIONS = 310_000;

const te = new TextEncoder();
const td = new TextDecoder('utf-8', { fatal: true });

// ---------------------------------------------------------------------------------------------------
// bytes

export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, stopping with null as soon as the output passes `cap` bytes; null also for corrupt data. */
export async function inflateCapped(bytes: Uint8Array<ArrayBuffer>, cap: number): Promise<Uint8Array<ArrayBuffer> | null | 'too-large'> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel();
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  return concat(...chunks);
}

// ---------------------------------------------------------------------------------------------------
// keys

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', te.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' }, base, { name: 'AES-GCM', length: 128 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

// ---------------------------------------------------------------------------------------------------

/** Makes a fragment (starting with `#`) that carries `text`; throws if it would be longer than allowed. */
export async function encodeLink(text: string, options: { passphrase?: string } = {}): Promise<string> {
  const packed = await deflate(te.encode(text));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  let fragment: string;
  if (options.passphrase !== undefined) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const key = await passphraseKey(options.passphrase, salt);
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, packed));
    fragment = `#w1.${toBase64Url(concat(salt, iv, sealed))}`;
  } else {
    const raw = crypto.getRandomValues(new Uint8Array(16));
    const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, packed));
    fragment = `#k1.${toBase64Url(concat(iv, sealed))}.${toBase64Url(raw)}`;
  }
  if (fragment.length > MAX_LINK_CHARS) throw new LinkTooLongError(fragment.length);
  return fragment;
}

/** Thrown by `encodeLink`: the link would be `length` characters, over MAX_LINK_CHARS (X.linkTooLong says it). */
export class LinkTooLongError extends Error {
  constructor(readonly length: number) {
    super('link-too-long');
  }
}

/** Which kind of link a fragment is, without decrypting it; null if it is not a share link. */
export function linkMode(fragment: string): LinkMode | null {
  const body = fragment.replace(/^#/, '');
  if (body.startsWith('k1.')) return 'key';
  if (body.startsWith('w1.')) return 'passphrase';
  return null;
}

/** Opens a fragment made by `encodeLink`. Every failure is a typed error (data, no words). */
export async function decodeLink(fragment: string, passphrase?: string): Promise<LinkResult> {
  const body = fragment.replace(/^#/, '');
  const fail = (error: LinkError): LinkResult => ({ ok: false, error });
  const malformed = fail({ kind: 'malformed' });
  if (body.length > MAX_LINK_CHARS * 2) return fail({ kind: 'too-long', limit: MAX_LINK_CHARS });

  let packed: ArrayBuffer;
  const mode = linkMode(body);
  try {
    if (mode === 'key') {
      const [, data, k] = body.split('.');
      const bytes = fromBase64Url(data ?? '');
      const raw = fromBase64Url(k ?? '');
      if (!bytes || !raw || raw.length !== 16 || bytes.length < 12 + 16) return malformed;
      const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
      packed = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, key, bytes.subarray(12));
    } else if (mode === 'passphrase') {
      if (passphrase === undefined) return fail({ kind: 'needs-passphrase' });
      const bytes = fromBase64Url(body.slice(3));
      if (!bytes || bytes.length < 16 + 12 + 16) return malformed;
      const key = await passphraseKey(passphrase, bytes.slice(0, 16));
      packed = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(16, 28) }, key, bytes.subarray(28));
    } else return fail({ kind: 'not-a-link' });
  } catch {
    return fail({ kind: 'cannot-decrypt', mode });
  }
  const inflated = await inflateCapped(new Uint8Array(packed), MAX_INFLATED_BYTES);
  if (inflated === 'too-large') {
    return fail({ kind: 'too-large', limit: MAX_INFLATED_BYTES });
  }
  if (!inflated) return malformed;
  try {
    return { ok: true, text: td.decode(inflated) };
  } catch {
    return malformed;
  }
}
