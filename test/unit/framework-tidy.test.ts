/**
 * The tidy scores table says which framework each row belongs to (issue #30): U4SSC's rows are
 * `u4ssc-kpi`; an assessment naming a framework file this browser holds gets, after them, that file's
 * own aggregates (a selection of U4SSC) and its local KPIs, with the file's id. The column is described
 * in the table's Data Package and CSVW metadata.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { selectionAggregates } from '../../src/engine/framework-aggregates';
import { parseFrameworkFile, type ReadFramework } from '../../src/engine/framework-file';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { localKpis } from '../../src/engine/local-kpis';
import { readCsv } from '../../src/engine/csv';
import { roundResult } from '../../src/engine/report';
import { TIDY_COLUMNS, tidyRows } from '../../src/engine/results-table';
import { csvwMetadata, dataPackage } from '../../src/engine/table-metadata';
import { assessmentTidyRows, scoresCsv } from '../../src/interchange/formats/scores-table';

const v9 = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v9.json', import.meta.url), 'utf8'));
const frameworkText = readFileSync(new URL('../fixtures/local-framework/demoville-local.framework.json', import.meta.url), 'utf8');
const held = (): ReadFramework => {
  const r = parseFrameworkFile(frameworkText);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const doc = (): AssessmentDoc => {
  const r = readAssessment(structuredClone(v9), u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('the tidy table’s framework column', () => {
  it('is the last column, and every U4SSC row says u4ssc-kpi', () => {
    expect(TIDY_COLUMNS.at(-1)).toBe('framework');
    const rows = tidyRows(u4ssc, score(u4ssc, referenceTargets, doc()), doc());
    expect(new Set(rows.map((r) => r.framework))).toEqual(new Set(['u4ssc-kpi']));
  });

  it('an assessment naming the held framework gets its aggregates and local KPIs after the U4SSC rows, each with the file’s id', () => {
    const d = doc();
    const u4sscRows = tidyRows(u4ssc, score(u4ssc, referenceTargets, d), d);
    const rows = assessmentTidyRows(u4ssc, referenceTargets, d, held());
    // The U4SSC rows first, unchanged.
    expect(rows.slice(0, u4sscRows.length)).toEqual(u4sscRows);
    const mine = rows.slice(u4sscRows.length);
    expect(new Set(mine.map((r) => r.framework))).toEqual(new Set(['demoville-local']));
    // Its local KPIs, as the engine scores them; its U4SSC data points are not repeated.
    const local = localKpis(d, held(), u4ssc);
    if (local.kind !== 'scored') throw new Error('not scored');
    const points = mine.filter((r) => r.level === 'datapoint');
    expect(points.map((r) => r.code)).toEqual(['LOCAL: MOB: 1', 'LOCAL: PSN: 1']);
    expect(points.map((r) => r.value)).toEqual(local.items.map((i) => roundResult(i.value)));
    // Its own aggregates: the selection's overall, as the results view shows it beside U4SSC's.
    const both = selectionAggregates(score(u4ssc, referenceTargets, d), u4ssc, local)!;
    const overall = mine.filter((r) => r.level === 'overall');
    expect(overall).toHaveLength(1);
    expect(overall[0]).toMatchObject({ percent: roundResult(both.selection.overall.percent), expected: both.selection.overall.expected });
    expect(mine.filter((r) => r.level === 'dimension').map((r) => r.code)).toEqual(both.selection.dimensions.map((a) => a.code));
  });

  it('without the framework held, or naming none, the U4SSC rows alone', () => {
    const d = doc();
    const u4sscRows = tidyRows(u4ssc, score(u4ssc, referenceTargets, d), d);
    expect(assessmentTidyRows(u4ssc, referenceTargets, d, null)).toEqual(u4sscRows);
    const { localFramework: _, ...plain } = d;
    expect(assessmentTidyRows(u4ssc, referenceTargets, plain, held())).toHaveLength(u4sscRows.length);
  });

  it('the CSV has the column, and the metadata describe it as required text', () => {
    const csv = readCsv(scoresCsv(u4ssc, referenceTargets, [doc()], held()));
    expect(csv.records[0]).toEqual([...TIDY_COLUMNS]);
    const at = TIDY_COLUMNS.indexOf('framework');
    expect(new Set(csv.records.slice(1).map((r) => r[at]))).toEqual(new Set(['u4ssc-kpi', 'demoville-local']));
    const pkg = dataPackage([{ kind: 'scores', path: 'scores.csv' }]) as {
      resources: { schema: { fields: { name: string; type: string; constraints?: object }[] } }[];
    };
    expect(pkg.resources[0].schema.fields.at(-1)).toMatchObject({ name: 'framework', type: 'string', constraints: { required: true } });
    const w = csvwMetadata([{ kind: 'scores', path: 'scores.csv' }]) as { tables: { tableSchema: { columns: { name: string; required?: boolean }[] } }[] };
    expect(w.tables[0].tableSchema.columns.at(-1)).toMatchObject({ name: 'framework', required: true });
  });
});
