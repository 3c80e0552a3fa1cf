/**
 * Writes the built-in frameworks as framework files (src/engine/framework-file.ts) under
 * public/frameworks/: the U4SSC catalogue with its reference targets and its links to SDG 11,
 * generated from the catalogue the app scores with (src/engine/frameworks/u4ssc/) and the crosswalk
 * (src/engine/frameworks/crosswalks/), so the file and the app cannot drift apart; and SDG 11's
 * (src/engine/frameworks/sdg11/), as authored.
 *
 *   npx tsx scripts/framework-files.ts          writes the files
 *   npx tsx scripts/framework-files.ts --check  exits 1 when a file is not what the catalogue gives
 *
 * test/unit/framework-file.test.ts runs the check, and scores every fixture under the file and under
 * the catalogue and finds the same scores.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { u4sscFile } from '../src/engine/framework-edit';
import sdg11File from '../src/engine/frameworks/sdg11/sdg11.framework.json';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const U4SSC_FILE = path.join(root, 'public/frameworks/u4ssc.framework.json');
export const SDG11_FILE = path.join(root, 'public/frameworks/sdg11.framework.json');

/** Every built-in framework file: its path and its text (U4SSC with its links to SDG 11; SDG 11 as authored). */
export function frameworkFiles(): { path: string; text: string }[] {
  return [
    { path: U4SSC_FILE, text: `${JSON.stringify(u4sscFile(), null, 2)}\n` },
    { path: SDG11_FILE, text: `${JSON.stringify(sdg11File, null, 2)}\n` },
  ];
}

if (process.argv[1] && /framework-files\.ts$/.test(process.argv[1])) {
  for (const f of frameworkFiles()) {
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(f.path, 'utf8');
      } catch {
        // A missing file is out of date too.
      }
      if (current !== f.text) {
        process.stderr.write(`${path.relative(root, f.path)} is out of date: run npx tsx scripts/framework-files.ts\n`);
        process.exitCode = 1;
      }
    } else writeFileSync(f.path, f.text);
  }
}
