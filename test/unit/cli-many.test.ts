/**
 * `npm run score` over a programme (issue #29 item 6): folders and globs, and the files shared among
 * worker threads with the same output as one thread.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/score';

const sample = new URL('../fixtures/sample-values.csv', import.meta.url).pathname;
const libreoffice = new URL('../fixtures/other-tools/libreoffice-de.xlsx', import.meta.url).pathname;
let dir = '';
const at = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ssc-cli-many-'));
  mkdirSync(at('data', 'north'), { recursive: true });
  mkdirSync(at('data', '.cache'));
  mkdirSync(at('empty'));
  copyFileSync(sample, at('data', 'b-city.csv'));
  copyFileSync(sample, at('data', 'a-city.csv'));
  copyFileSync(libreoffice, at('data', 'north', 'c-city.xlsx'));
  copyFileSync(sample, at('data', '.cache', 'old.csv'));
  writeFileSync(at('data', 'README.md'), '# not a table\n');
  writeFileSync(at('empty', 'notes.md'), 'nothing to read\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tableFiles = (stdout: string) => [
  ...new Set(
    stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]),
  ),
];

describe('npm run score over folders and globs', () => {
  it('a folder gives every file a reader takes, in it and below, sorted; hidden folders and other endings are left out', async () => {
    const r = await runCli([at('data')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(tableFiles(r.stdout)).toEqual([at('data', 'a-city.csv'), at('data', 'b-city.csv'), at('data', 'north', 'c-city.xlsx')]);
    // The same table as the files named one by one.
    expect((await runCli([at('data', 'a-city.csv'), at('data', 'b-city.csv'), at('data', 'north', 'c-city.xlsx')])).stdout).toBe(r.stdout);
  });

  it('a quoted glob gives the files it matches: * within a folder, ** at any depth, [..] and ?', async () => {
    expect(tableFiles((await runCli([at('data', '*.csv')])).stdout)).toEqual([at('data', 'a-city.csv'), at('data', 'b-city.csv')]);
    expect(tableFiles((await runCli([at('data', '**', '*-city.*')])).stdout)).toEqual([
      at('data', 'a-city.csv'),
      at('data', 'b-city.csv'),
      at('data', 'north', 'c-city.xlsx'),
    ]);
    expect(tableFiles((await runCli([at('data', '[b-z]-city.cs?')])).stdout)).toEqual([at('data', 'b-city.csv')]);
    // A glob of one file is still a programme: its table, not the scores JSON of one file.
    expect((await runCli([at('data', 'a-*.csv')])).stdout.startsWith('file,')).toBe(true);
  });

  it('a glob that matches nothing and a folder with nothing to read are errors of the command line (exit 2)', async () => {
    expect(await runCli([at('data', '*.tsv')])).toEqual({ code: 2, stdout: '', stderr: `no file matches ${at('data', '*.tsv')}\n` });
    const empty = await runCli([at('empty')]);
    expect(empty).toMatchObject({ code: 2, stdout: '' });
    expect(empty.stderr).toMatch(/empty: the folder holds no file a reader takes \(\.json, \.csv/);
  });

  it('--jobs needs a whole number', async () => {
    expect((await runCli([sample, '--jobs', 'all'])).code).toBe(2);
    expect((await runCli([sample, '--jobs', '0'])).code).toBe(2);
  });
});

describe('npm run score shared among worker threads', () => {
  it('120 files over 2 threads print the same table, problems and exit status as one thread, in the files’ order', async () => {
    const many = at('many');
    mkdirSync(many);
    for (let i = 0; i < 120; i++)
      copyFileSync(i % 7 === 3 ? libreoffice : sample, path.join(many, `city-${String(i).padStart(3, '0')}${i % 7 === 3 ? '.xlsx' : '.csv'}`));
    // Two files with problems, early and late, whose lines must keep their places.
    writeFileSync(path.join(many, 'city-010.csv'), 'code,value\nEC: ICT: ICT: 2C,150\n');
    writeFileSync(path.join(many, 'city-110.csv'), 'not a table\n');
    const one = await runCli([many, '--jobs', '1']);
    const two = await runCli([many, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/city-010\.csv.*\n.*city-110\.csv/s);
    expect(two).toEqual(one);
    // city-110.csv is refused; the other 119 are in the table.
    expect(tableFiles(two.stdout)).toHaveLength(119);
  }, 120_000);
});
