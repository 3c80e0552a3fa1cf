/**
 * Writes the U4SSC SDMX data structure (SDMX-ML 2.1 structure message) from the catalogue as shipped,
 * so a statistics office can load the structure the SDMX exports are made against.
 *
 *   npx tsx scripts/sdmx-structure.ts          writes public/sdmx/u4ssc-structure.xml
 *   npx tsx scripts/sdmx-structure.ts --check  exits 1 when the file is not what the catalogue gives
 *
 * test/unit/sdmx.test.ts runs the same comparison, so a catalogue edit without regenerating fails `npm test`.
 * Only the message's preparation time may differ.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { u4ssc } from '../src/engine/frameworks/u4ssc';
import { sdmxStructure } from '../src/engine/sdmx';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STRUCTURE_PATH = path.join(root, 'public/sdmx/u4ssc-structure.xml');

/** The structure message with its preparation time blanked, for comparing two of them. */
export const withoutPrepared = (xml: string): string => xml.replace(/<mes:Prepared>[^<]*<\/mes:Prepared>/, '<mes:Prepared/>');

if (process.argv[1] && /sdmx-structure\.ts$/.test(process.argv[1])) {
  const xml = sdmxStructure(u4ssc, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  if (process.argv.includes('--check')) {
    const current = withoutPrepared(readFileSync(STRUCTURE_PATH, 'utf8')) === withoutPrepared(xml);
    if (!current) console.error(`${path.relative(root, STRUCTURE_PATH)} is out of date: run npx tsx scripts/sdmx-structure.ts`);
    process.exitCode = current ? 0 : 1;
  } else {
    mkdirSync(path.dirname(STRUCTURE_PATH), { recursive: true });
    writeFileSync(STRUCTURE_PATH, xml);
  }
}
