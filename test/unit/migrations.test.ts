import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import {
  ASSESSMENT_MIGRATIONS,
  migrate,
  migrateAssessment,
  migrateWorkspace,
  tableProblems,
  WORKSPACE_MIGRATIONS,
  type Migration,
} from '../../src/engine/migrations';

const dir = new URL('../fixtures/frozen/', import.meta.url);
const frozen = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the migration tables', () => {
  it('the assessment table steps by one from version 1 and ends at ASSESSMENT_VERSION', () => {
    expect(tableProblems(ASSESSMENT_MIGRATIONS, ASSESSMENT_VERSION)).toEqual([]);
  });

  it('the workspace table steps by one from version 1 and ends at WORKSPACE_VERSION', () => {
    expect(tableProblems(WORKSPACE_MIGRATIONS, WORKSPACE_VERSION)).toEqual([]);
  });

  it('a table that skips a version, starts late or ends short is reported', () => {
    const step = (from: number, to = from + 1): Migration => ({ from, to, description: '', up: (d) => d });
    expect(tableProblems([step(1), step(2, 4)], 4)).toEqual([{ kind: 'not-by-one', index: 1, from: 2, to: 4 }]);
    expect(tableProblems([step(2)], 3)).toEqual([{ kind: 'wrong-start', index: 0, from: 2, expected: 1 }]);
    expect(tableProblems([step(1)], 3)).toEqual([{ kind: 'wrong-end', end: 2, current: 3 }]);
    expect(tableProblems([], 2)).toEqual([{ kind: 'wrong-end', end: 1, current: 2 }]);
  });
});

describe('every frozen file migrates and reads', () => {
  it.each(frozen)('%s', (file) => {
    const raw: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const migrated = migrateAssessment(raw);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.value.version).toBe(ASSESSMENT_VERSION);
    const read = readAssessment(migrated.value, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(score(u4ssc, referenceTargets, read.value).overall.benchmarked).toBeGreaterThan(0);
  });

  it('a current document is returned as it is, without a copy', () => {
    const raw = JSON.parse(readFileSync(new URL(`assessment-v${ASSESSMENT_VERSION}.json`, dir), 'utf8'));
    const migrated = migrateAssessment(raw);
    expect(migrated.ok && migrated.value).toBe(raw);
  });

  it('a workspace envelope of the current version migrates', () => {
    const migrated = migrateWorkspace({ format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt: 0, assessments: [] });
    expect(migrated).toMatchObject({ ok: true, from: WORKSPACE_VERSION });
  });
});

describe('migrate runs the steps in order (a made-up format at version 3)', () => {
  const table: Migration[] = [
    { from: 1, to: 2, description: 'name → city', up: ({ name, ...rest }) => ({ ...rest, city: name }) },
    {
      from: 2,
      to: 3,
      description: 'values as a list → values by id',
      up: (d) => ({ ...d, values: Object.fromEntries((d.values as { id: string; v: number }[]).map((e) => [e.id, e.v])) }),
    },
  ];

  it('a version-1 document passes through both steps and is stamped version 3; the input is left untouched', () => {
    const v1 = { format: 'x', version: 1, name: 'Demoville', values: [{ id: 'a', v: 2 }] };
    const before = structuredClone(v1);
    expect(migrate(v1, 'x', 3, table)).toEqual({ ok: true, from: 1, value: { format: 'x', version: 3, city: 'Demoville', values: { a: 2 } } });
    expect(v1).toEqual(before);
  });

  it('a version-2 document runs only the second step', () => {
    expect(migrate({ format: 'x', version: 2, city: 'B', values: [] }, 'x', 3, table)).toEqual({
      ok: true,
      from: 2,
      value: { format: 'x', version: 3, city: 'B', values: {} },
    });
  });

  it('refuses, as data, what it cannot migrate', () => {
    expect(migrate([], 'x', 3, table)).toEqual({ ok: false, problem: { kind: 'not-an-object' } });
    expect(migrate({ format: 'y', version: 1 }, 'x', 3, table)).toEqual({ ok: false, problem: { kind: 'wrong-format', expected: 'x', found: 'y' } });
    expect(migrate({ format: 'x', version: '1' }, 'x', 3, table)).toEqual({ ok: false, problem: { kind: 'no-version', found: '1' } });
    expect(migrate({ format: 'x', version: 0 }, 'x', 3, table)).toEqual({ ok: false, problem: { kind: 'no-version', found: 0 } });
    expect(migrate({ format: 'x', version: 4 }, 'x', 3, table)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 4, current: 3 } });
    expect(migrate({ format: 'x', version: 3 }, 'x', 4, table)).toEqual({ ok: false, problem: { kind: 'missing-step', from: 3 } });
    // The second step throws on a version-2 document whose values are not a list.
    const failed = migrate({ format: 'x', version: 2, values: 'oops' }, 'x', 3, table);
    expect(failed).toMatchObject({ ok: false, problem: { kind: 'step-failed', from: 2, to: 3 } });
  });

  it('the assessment entry point checks the assessment envelope', () => {
    expect(migrateAssessment({ format: WORKSPACE_FORMAT, version: 1 })).toEqual({
      ok: false,
      problem: { kind: 'wrong-format', expected: ASSESSMENT_FORMAT, found: WORKSPACE_FORMAT },
    });
    expect(migrateAssessment({ format: ASSESSMENT_FORMAT, version: ASSESSMENT_VERSION + 1 })).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: ASSESSMENT_VERSION + 1, current: ASSESSMENT_VERSION },
    });
  });
});

describe('assessment format 1 → 2 (catalogue versions, #12)', () => {
  it('a version-1 document without a catalogue version was made with catalogue 2017.1', () => {
    const migrated = migrateAssessment({ format: ASSESSMENT_FORMAT, version: 1, framework: { id: 'u4ssc-kpi' }, values: {} });
    expect(migrated).toMatchObject({ ok: true, from: 1, value: { version: ASSESSMENT_VERSION, framework: { id: 'u4ssc-kpi', version: '2017.1' } } });
  });
  it('a recorded catalogue version is kept, and nothing else is touched', () => {
    const raw = { format: ASSESSMENT_FORMAT, version: 1, framework: { id: 'u4ssc-kpi', version: '2017.1' }, values: { 'SC: EH: ED: 2C|': { value: 104 } } };
    const migrated = migrateAssessment(raw);
    // Step 4 → 5 records the target set a version-4 document was scored against (the reference set).
    expect(migrated.ok && migrated.value).toEqual({ ...raw, version: ASSESSMENT_VERSION, scoringTargets: 'reference' });
  });
  it('a document with no framework object is left for the reader to judge, with the version it was made with', () => {
    const migrated = migrateAssessment({ format: ASSESSMENT_FORMAT, version: 1 });
    expect(migrated.ok && migrated.value.framework).toEqual({ version: '2017.1' });
  });
});
