import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { readFile } from '../../src/interchange/read-file';
import { createReadApi, loadBytes, type ReadProgress } from '../../src/worker/read-api';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('reading an import file in the worker (src/worker/read-api.ts)', () => {
  it('loads a file chunk by chunk, telling its progress at most once a megabyte and at the start', async () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) % 251;
    const told: ReadProgress[] = [];
    const loaded = await loadBytes(new Blob([bytes]), (p) => told.push(p));
    // Compared as buffers: a deep equality over 5 million elements takes most of a minute.
    expect(Buffer.from(loaded).equals(Buffer.from(bytes))).toBe(true);
    expect(told[0]).toEqual({ stage: 'loading', loaded: 0, total: bytes.length });
    expect(told.length).toBeGreaterThanOrEqual(2);
    expect(told.length).toBeLessThanOrEqual(7);
    expect(told.every((p, i) => i === 0 || p.loaded > told[i - 1].loaded)).toBe(true);
  });

  it.each([
    ['sample-values.csv', 'text/csv'],
    ['sample-assessment.json', 'application/json'],
    ['other-tools/libreoffice-de.csv', 'text/csv'],
    ['other-tools/xlsxwriter-manual-calc.xlsx', ''],
    ['other-tools/libreoffice-fr.ods', ''],
    ['other-tools/csv-windows-1252.csv', 'text/csv'],
  ])('%s reads in the worker exactly as in the page, the reading told last', async (name, type) => {
    const bytes = fixture(name);
    const file = new File([new Uint8Array(bytes)], name.split('/').pop()!, { type });
    const told: ReadProgress[] = [];
    const inWorker = await createReadApi(u4ssc, referenceTargets).read(file, { fallback: 'point' }, (p) => told.push(p));
    const inPage = await readFile(
      { name: file.name, type, head: async () => new Uint8Array(bytes.subarray(0, 128)), text: () => file.text(), arrayBuffer: () => file.arrayBuffer() },
      u4ssc,
      referenceTargets,
      ['assessments', 'values'],
      { fallback: 'point' },
    );
    expect(inWorker).toEqual(inPage);
    expect(told.at(-1)).toEqual({ stage: 'reading', loaded: bytes.length, total: bytes.length });
  });
});
