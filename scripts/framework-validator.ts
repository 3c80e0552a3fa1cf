/**
 * Compiles public/framework.schema.json into src/engine/framework-schema.validate.js, as
 * scripts/schema-validator.ts does for the assessment's schema (Ajv standalone: no `eval` at run time).
 *
 *   npx tsx scripts/framework-validator.ts          writes the module
 *   npx tsx scripts/framework-validator.ts --check  exits 1 when the module is not what the schema gives
 *
 * test/unit/framework-file.test.ts runs the check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatorSource } from './schema-validator';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FRAMEWORK_SCHEMA_PATH = path.join(root, 'public/framework.schema.json');
export const FRAMEWORK_MODULE_PATH = path.join(root, 'src/engine/framework-schema.validate.js');

export const frameworkValidatorSource = (): string => validatorSource(FRAMEWORK_SCHEMA_PATH);

if (process.argv[1] && /framework-validator\.ts$/.test(process.argv[1])) {
  const source = frameworkValidatorSource();
  if (process.argv.includes('--check')) {
    if (readFileSync(FRAMEWORK_MODULE_PATH, 'utf8') !== source) {
      process.stderr.write(`${path.relative(root, FRAMEWORK_MODULE_PATH)} is out of date: run npx tsx scripts/framework-validator.ts\n`);
      process.exitCode = 1;
    }
  } else writeFileSync(FRAMEWORK_MODULE_PATH, source);
}
