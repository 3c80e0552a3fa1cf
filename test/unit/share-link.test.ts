import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, linkMode, LinkTooLongError, MAX_INFLATED_BYTES, MAX_LINK_CHARS } from '../../src/share/link';

const doc = JSON.stringify({ format: 'ssc-workbench/assessment', city: 'Zürich — “quoted” ✓', values: { a: 1 } });

describe('share links', () => {
  it('round-trips with the key in the link', async () => {
    const link = await encodeLink(doc);
    expect(linkMode(link)).toBe('key');
    expect(link).not.toContain('Zürich');
    expect(await decodeLink(link)).toEqual({ ok: true, text: doc });
  });

  it('round-trips with a passphrase, and the key is not in the link', async () => {
    const link = await encodeLink(doc, { passphrase: 'correct horse' });
    expect(linkMode(link)).toBe('passphrase');
    expect(link.split('.')).toHaveLength(2);
    expect(await decodeLink(link, 'correct horse')).toEqual({ ok: true, text: doc });
  });

  it('asks for the passphrase, and refuses a wrong one', async () => {
    const link = await encodeLink(doc, { passphrase: 'correct horse' });
    expect(await decodeLink(link)).toMatchObject({ ok: false, error: { kind: 'needs-passphrase' } });
    expect(await decodeLink(link, 'wrong horse')).toMatchObject({
      ok: false,
      error: { kind: 'cannot-decrypt', mode: 'passphrase' },
    });
  });

  it('refuses a tampered link', async () => {
    const link = await encodeLink(doc);
    const at = 10;
    const flipped = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    expect(await decodeLink(flipped)).toMatchObject({ ok: false, error: { kind: 'cannot-decrypt' } });
  });

  it('refuses a truncated link', async () => {
    const link = await encodeLink(doc);
    const cut = link.slice(0, Math.floor(link.length / 2));
    const r = await decodeLink(cut);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['malformed', 'cannot-decrypt']).toContain(r.error.kind);
  });

  it('refuses a link that inflates past the cap', async () => {
    const bomb = await encodeLink('0'.repeat(MAX_INFLATED_BYTES + 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await decodeLink(bomb)).toEqual({ ok: false, error: { kind: 'too-large', limit: MAX_INFLATED_BYTES } });
  });

  it('refuses a link longer than any the app makes, before decoding it', async () => {
    expect(await decodeLink(`#k1.${'A'.repeat(2 * MAX_LINK_CHARS)}.x`)).toEqual({ ok: false, error: { kind: 'too-long', limit: MAX_LINK_CHARS } });
  });

  it('refuses what is not a share link', async () => {
    expect(await decodeLink('#hello')).toEqual({ ok: false, error: { kind: 'not-a-link' } });
    expect(await decodeLink('#k1.!!!.???')).toMatchObject({ ok: false, error: { kind: 'malformed' } });
  });

  it('refuses to make a link too long to share', async () => {
    // Random text does not compress: 60 kB of it cannot fit in 64 kB of base64.
    const noise = Array.from(crypto.getRandomValues(new Uint8Array(60_000)), (b) => String.fromCharCode(33 + (b % 90))).join('');
    await expect(encodeLink(noise)).rejects.toBeInstanceOf(LinkTooLongError);
  });
});
