/**
 * Writes the built-in frameworks as framework files (src/engine/framework-file.ts) under
 * public/frameworks/: the U4SSC catalogue with its reference targets, generated from the catalogue the
 * app scores with (src/engine/frameworks/u4ssc/), so the file and the app cannot drift apart.
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
import { frameworkFile } from '../src/engine/framework-file';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const U4SSC_FILE = path.join(root, 'public/frameworks/u4ssc.framework.json');

/** Every built-in framework file: its path and its text. */
export function frameworkFiles(): { path: string; text: string }[] {
  return [{ path: U4SSC_FILE, text: `${JSON.stringify(frameworkFile(u4ssc.data, referenceTargets.data), null, 2)}\n` }];
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
