import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { formatById } from '../../src/interchange/formats';
import { writeLibraryAll } from '../../src/interchange/formats/all-zip';
import sample from '../fixtures/sample-assessment.json';

const ctx = { fw: u4ssc, targets: referenceTargets };
const doc = (over: Partial<AssessmentDoc>): AssessmentDoc => ({ ...(sample as unknown as AssessmentDoc), ...over });
const files = async (blob: Blob) => unzipSync(new Uint8Array(await blob.arrayBuffer()));

describe('"download all" for the whole library (#29 item 2)', () => {
  it('each assessment has a folder holding exactly its own "download all", a second of the same name its own folder, the SDMX structure once', async () => {
    const docs = [doc({ id: 'a', city: 'Lisbon' }), doc({ id: 'b', city: 'Lisbon' }), doc({ id: 'c', city: 'São Paulo', year: 2024 })];
    const told: number[] = [];
    const library = await files(await writeLibraryAll(docs, ctx, (n) => told.push(n), 0));
    expect(told).toEqual([1, 2, 3]);
    const folders = [...new Set(Object.keys(library).map((p) => p.split('/')[0]))].sort();
    expect(folders).toEqual(['Lisbon-2025', 'Lisbon-2025-2', 'São-Paulo-2024', 'sdmx']);
    // A folder is the assessment's own zip, the structure apart.
    const own = await files(await formatById('all-zip').write(docs[2], ctx));
    const inFolder = Object.fromEntries(
      Object.entries(library)
        .filter(([p]) => p.startsWith('São-Paulo-2024/'))
        .map(([p, b]) => [p.slice('São-Paulo-2024/'.length), b]),
    );
    const { ['sdmx/u4ssc-structure.xml']: structure, ...rest } = own;
    expect(Object.keys(inFolder).sort()).toEqual(Object.keys(rest).sort());
    // Byte for byte, but for the workbooks and SDMX-ML, which carry the time they were written.
    for (const [p, b] of Object.entries(rest)) if (!/\.(xlsx|xml)$/.test(p)) expect(Buffer.from(inFolder[p]).equals(Buffer.from(b)), p).toBe(true);
    expect(structure.length).toBeGreaterThan(0);
    expect(Object.keys(library).filter((p) => p.endsWith('u4ssc-structure.xml'))).toEqual(['sdmx/u4ssc-structure.xml']);
  });

  it("the two assessments of the same city and year keep their own values, which read back to each one's", async () => {
    const other = doc({ id: 'b', values: { 'EC: ICT: ICT: 2C|': { value: 12 } } });
    const library = await files(await writeLibraryAll([doc({ id: 'a' }), other], ctx));
    const second = new TextDecoder().decode(library['Demoville-fictional-2025-2/Demoville-fictional-2025-values.csv']);
    expect(second).toBe(await (await formatById('values-csv').write(other, ctx)).text());
    expect(second).not.toBe(new TextDecoder().decode(library['Demoville-fictional-2025/Demoville-fictional-2025-values.csv']));
  });
});
