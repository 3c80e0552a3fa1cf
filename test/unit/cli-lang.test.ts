/**
 * `npm run score -- FILE --lang fr` (#31): the problems in the chosen language, the scores JSON and the
 * tidy table with their fixed English names (the file contract), and English again afterwards.
 */
import { describe, expect, it } from 'vitest';
import { CLI_TIDY_COLUMNS, runCli } from '../../src/cli/score';
import { shellWords } from '../../src/ui/strings';

const HEADER = 'code,datapoint,numerator,denominator,value,target,status,quality,source,year,note\n';
const files: Record<string, string> = {
  'bad.csv': `${HEADER}EC: ICT: ICT: 1C,,lots,,,,,,,,\nXX: 9Z,,,,1,,,,,,\nEC: ICT: ICT: 5A,,,,12,,,,,,\n`,
};
const read = (f: string) => {
  if (!(f in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return files[f];
};
const size = (f: string) => (files[f] ?? '').length;

describe('the command line in the chosen language', () => {
  it('prints French problems with --lang fr, English without', async () => {
    const fr = await runCli(['bad.csv', '--lang', 'fr'], read, size);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toBe('bad.csv:2: numerator: « lots » n’est pas un nombre.\nbad.csv:3: code: Code d’ICP inconnu « XX: 9Z ».\n');
    const en = await runCli(['bad.csv'], read, size);
    expect(en.stderr).toBe('bad.csv:2: numerator: "lots" is not a number.\nbad.csv:3: code: Unknown KPI code "XX: 9Z".\n');
  });

  it.each(['es', 'ar', 'zh', 'ru'])('words the problems in %s, with no English word but the file’s column names', async (lang) => {
    const r = await runCli(['bad.csv', '--lang', lang], read, size);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    // `bad.csv:2: numerator: …`: the place and the column (the file's own words), then the problem.
    const problems = lines.map((l) => l.replace(/^bad\.csv:\d+: (numerator|code): /, ''));
    for (const p of problems) expect(p).not.toMatch(/\b(is not a number|Unknown KPI code)\b/);
    // In Arabic, Chinese and Russian no Latin word of three letters or more but acronyms (KPI) and what was quoted.
    const latin = (p: string) => (p.replace(/"[^"]*"|«[^»]*»|“[^”]*”|„[^“]*“/g, '').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => w !== w.toUpperCase());
    if (lang !== 'es') expect(problems.flatMap(latin)).toEqual([]);
  });

  it('prints the same scores JSON and tidy table in every language (data, with the fixed English column names)', async () => {
    const ok: Record<string, string> = { 'ok.csv': `${HEADER}EC: ICT: ICT: 5A,,,,12,,,,,,\n` };
    const okRead = (f: string) => ok[f];
    const okSize = (f: string) => ok[f].length;
    const en = await runCli(['ok.csv'], okRead, okSize);
    const ru = await runCli(['ok.csv', '--lang', 'ru'], okRead, okSize);
    expect(ru.code).toBe(0);
    expect(JSON.parse(ru.stdout)).toEqual(JSON.parse(en.stdout));
    const tidy = await runCli(['ok.csv', '--format', 'csv', '--lang', 'ar'], okRead, okSize);
    expect(tidy.stdout.split(/\r?\n/)[0]).toBe(CLI_TIDY_COLUMNS.join(','));
    expect(tidy.stdout).toBe((await runCli(['ok.csv', '--format', 'csv'], okRead, okSize)).stdout);
  });

  it('refuses a language it does not have (exit 2) and is English again after a run in another', async () => {
    const r = await runCli(['bad.csv', '--lang', 'de'], read, size);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^unknown language "de"; expected en, fr, es, ar, zh, ru/);
    await runCli(['bad.csv', '--lang', 'zh'], read, size);
    expect(shellWords.create).toBe('Create');
  });
});
