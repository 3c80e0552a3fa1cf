/**
 * The same work in HyperFormula, the spreadsheet engine made for Handsontable: one sheet per
 * assessment, one row per data point with the inputs and the formulas a careful spreadsheet author
 * would write (value, validity, achievement by direction, U4SSC points), and one row per aggregate
 * with SUMIFS / COUNTIFS over the group codes. Used by the benchmark only; never part of the app.
 */
import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import type { Framework } from '../src/engine/framework';
import type { TargetSet } from '../src/engine/targets';
import type { AssessmentInput } from '../src/engine/types';

// Columns of a data-point row.
export const COL = { numerator: 0, denominator: 1, direct: 2, target: 3 } as const;
/** Aggregate rows follow the data-point rows; their percent is in column B. */
export const AGG_PERCENT_COL = 1;

const cell = (col: string, row: number) => `${col}${row + 1}`;

/** The target in force, as the engine resolves it (override, reference, or none). */
function targetOf(input: AssessmentInput, targets: TargetSet, id: string): number | null {
  const o = input.targets[id];
  if (o) return o.target === 'none' ? null : o.target;
  return targets.byId.get(id)?.target ?? null;
}

/** Builds one assessment's sheet; returns the sheet and the row of every aggregate by code. */
export function assessmentSheet(fw: Framework, targets: TargetSet, input: AssessmentInput): { sheet: RawCellContent[][]; aggregateRows: Map<string, number> } {
  const rows: RawCellContent[][] = [];
  const n = fw.datapoints.length;
  const last = n; // data rows are 1..n in A1 notation
  for (const ref of fw.datapoints) {
    const r = ref.index;
    const e = input.values[ref.id] ?? {};
    const f = ref.def.formula;
    const excluded = e.status === 'not-applicable' || e.status === 'not-reported';
    const num = (v: unknown) => (typeof v === 'number' && !excluded ? v : null);
    const denominator = f.kind === 'ratio' && 'profile' in f.denominator ? input.profile[f.denominator.profile] : e.denominator;
    const direct = f.kind === 'yesno' ? (excluded || e.value === undefined ? null : e.value === 'yes' ? 1 : 0) : num(e.value);
    const t = targetOf(input, targets, ref.id);
    const [A, B, C, D, E, F] = ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => cell(c, r));
    const m = f.kind === 'ratio' ? f.multiplier : 1;
    const min = ref.def.min ?? -1e300;
    const max = ref.def.max ?? 1e300;
    const shareCheck = f.kind === 'ratio' && f.share ? `,${A}<=${B}` : '';
    // E: value; F: valid value; G: achievement; H: points; I: scored (0/1); J/K/L: group codes.
    const value = `=IF(ISNUMBER(${C}),${C},IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),IF(AND(${B}>0,${A}>=0${shareCheck}),${A}/${B}*${m},""),""))`;
    const valid = `=IF(ISNUMBER(${E}),IF(AND(${E}>=${min},${E}<=${max}),${E},""),"")`;
    const achievement = (() => {
      switch (ref.def.direction) {
        case 'higher':
          return `=IF(AND(ISNUMBER(${F}),ISNUMBER(${D})),IF(${D}=0,1,MAX(0,${F})/${D}),"")`;
        case 'lower':
          return `=IF(AND(ISNUMBER(${F}),ISNUMBER(${D})),IF(${F}<=0,1,IF(${D}=0,0,${D}/${F})),"")`;
        case 'band':
          return `=IF(AND(ISNUMBER(${F}),ISNUMBER(${D})),IF(OR(${F}<=0,${D}=0),0,MIN(${F}/${D},${D}/${F})),"")`;
        case 'yesno':
          return `=IF(AND(ISNUMBER(${F}),ISNUMBER(${D})),IF(${F}>=1,1,0),"")`;
      }
    })();
    const G = cell('G', r);
    const points = `=IF(ISNUMBER(${G}),IF(ROUND(${G}*100,9)<33,1,IF(ROUND(${G}*100,9)<66,2,IF(ROUND(${G}*100,9)<95,3,4))),"")`;
    const scored = `=IF(ISNUMBER(${cell('H', r)}),1,0)`;
    rows.push([
      num(e.numerator),
      typeof denominator === 'number' && !excluded ? denominator : null,
      direct,
      t,
      value,
      valid,
      achievement,
      points,
      scored,
      ref.path.category,
      ref.path.subdimension,
      ref.path.dimension,
    ]);
  }
  const aggregateRows = new Map<string, number>();
  const groups: [string, string][] = [
    ...fw.groups.categories.map((g) => [g.code, 'J'] as [string, string]),
    ...fw.groups.subdimensions.map((g) => [g.code, 'K'] as [string, string]),
    ...fw.groups.dimensions.map((g) => [g.code, 'L'] as [string, string]),
  ];
  for (const [code, col] of groups) {
    const r = rows.length;
    aggregateRows.set(code, r);
    const points = `=SUMIFS(H1:H${last},${col}1:${col}${last},"${code}")`;
    const scored = `=COUNTIFS(${col}1:${col}${last},"${code}",I1:I${last},1)`;
    rows.push([code, `=IF(${cell('D', r)}>0,${cell('C', r)}/(4*${cell('D', r)})*100,"")`, points, scored]);
  }
  const r = rows.length;
  aggregateRows.set('overall', r);
  rows.push(['overall', `=IF(${cell('D', r)}>0,${cell('C', r)}/(4*${cell('D', r)})*100,"")`, `=SUM(H1:H${last})`, `=SUM(I1:I${last})`]);
  return { sheet: rows, aggregateRows };
}

export interface HfWorkbook {
  hf: HyperFormula;
  aggregateRows: Map<string, number>;
}

export function buildWorkbook(fw: Framework, targets: TargetSet, inputs: AssessmentInput[]): HfWorkbook {
  const sheets: Record<string, RawCellContent[][]> = {};
  let aggregateRows = new Map<string, number>();
  inputs.forEach((input, i) => {
    const built = assessmentSheet(fw, targets, input);
    sheets[`A${i}`] = built.sheet;
    aggregateRows = built.aggregateRows;
  });
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', useColumnIndex: true });
  return { hf, aggregateRows };
}

/** The aggregate percent HyperFormula computed for a group of one assessment (null when unscored). */
export function aggregatePercent(book: HfWorkbook, sheet: number, code: string): number | null {
  const v: CellValue = book.hf.getCellValue({ sheet, row: book.aggregateRows.get(code)!, col: AGG_PERCENT_COL });
  return typeof v === 'number' ? v : null;
}
