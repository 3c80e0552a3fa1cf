import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/score';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { toScoresJson } from '../../src/engine/report';

const text = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const files: Record<string, string> = { 'city.json': text('sample-assessment.json'), 'galicia.json': text('jsonstat/galicia.json') };
const read = (f: string) => {
  if (!(f in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return files[f]!;
};
const size = (f: string) => (files[f] ?? '').length;
const PONTEVEDRA = [
  '--profile-from',
  'galicia.json',
  '--area-dimension',
  'residence',
  '--area',
  '36',
  '--period',
  '2011',
  '--dim',
  'birth=T',
  '--dim',
  'age=T',
  '--dim',
  'gender=T',
];

describe('npm run score -- FILE --profile-from TABLE.json (#29 item 4)', () => {
  it('scores with the population of Pontevedra in 2011 from the INE/IGE table instead of the file’s', async () => {
    const r = await runCli(['city.json', ...PONTEVEDRA], read, size);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = parseAssessmentJson(files['city.json']!, u4ssc);
    if (!doc.ok) throw new Error('sample not read');
    expect(doc.value.profile.population).not.toBe(954877);
    const expected = toScoresJson(score(u4ssc, referenceTargets, { ...doc.value, profile: { ...doc.value.profile, population: 954877 } }));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(r.stdout)).not.toEqual(JSON.parse(JSON.stringify(toScoresJson(score(u4ssc, referenceTargets, doc.value)))));
  });

  it('names a category the table has not, in the language asked, and prints no scores', async () => {
    const wrong = PONTEVEDRA.map((a) => (a === '36' ? '99' : a));
    const en = await runCli(['city.json', ...wrong], read, size);
    expect(en).toMatchObject({ code: 1, stdout: '' });
    expect(en.stderr).toMatch(/^galicia\.json: The area "99" is not in dimension "residence" \(it has e\.g\. .*36.*\)\.\n$/);
    const fr = await runCli(['city.json', ...wrong, '--lang', 'fr'], read, size);
    expect(fr.stderr).toContain('Le territoire « 99 » n’est pas dans la dimension « residence »');
  });

  it('asks for a dimension left open, and refuses a field the profile has not', async () => {
    const open = await runCli(['city.json', ...PONTEVEDRA.slice(0, -2)], read, size);
    expect(open.code).toBe(1);
    expect(open.stderr).toMatch(/^galicia\.json: .*gender/);
    const field = await runCli(['city.json', ...PONTEVEDRA, '--field', 'inhabitants'], read, size);
    expect(field.code).toBe(1);
    expect(field.stderr).toContain('inhabitants');
  });

  it('wrong usage exits 2: an area without the table, a table without its period, a --dim without =', async () => {
    expect((await runCli(['city.json', '--area', '36'], read, size)).code).toBe(2);
    expect((await runCli(['city.json', '--profile-from', 'galicia.json', '--area', '36'], read, size)).stderr).toMatch(
      /^--profile-from needs --area and --period/,
    );
    expect((await runCli(['city.json', ...PONTEVEDRA, '--dim', 'birth'], read, size)).code).toBe(2);
  });

  it('a table that is not there is said, not thrown', async () => {
    const r = await runCli(['city.json', ...PONTEVEDRA.map((a) => (a === 'galicia.json' ? 'gone.json' : a))], read, size);
    expect(r).toMatchObject({ code: 1, stderr: 'gone.json: ENOENT\n' });
  });
});
