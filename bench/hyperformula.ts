/**
 * The same work in HyperFormula, the spreadsheet engine made for Handsontable, as a careful spreadsheet
 * author would lay it out: one sheet per assessment (a city is one tab of a workbook), with
 *
 * - one row per data point (rows 1…N, in catalogue order): the raw inputs as typed (numerator,
 *   denominator, direct value or yes/no text, status text) and the target in force, then formulas for
 *   the value (status, share and sign rejection, direct value wins), the value within its bounds, the
 *   achievement by direction, the U4SSC points, and the 0/1 flags scored / reported / expected;
 *   a denominator taken from the city profile is a reference to the profile cell, not a copy;
 * - one row per aggregate (categories, sub-dimensions, dimensions, overall): pooled points, scored,
 *   reported and expected counts with SUMIFS over the group-code columns, the percent
 *   (points ÷ (4 × scored) × 100) and its band;
 * - one row per city-profile field.
 *
 * Not modelled (the engine does it, so leaving it out favours HyperFormula): plausibility warnings and
 * error messages, the continuous method's achievement sums, the explanation of each number.
 * Used by the benchmark only; never part of the app.
 */
import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import { compileFormula, type FormulaNode } from '../src/engine/formula';
import type { Framework } from '../src/engine/framework';
import type { TargetSet } from '../src/engine/targets';
import type { AssessmentInput } from '../src/engine/types';

/** Columns of a data-point row (0-based). */
export const COL = {
  numerator: 0, // A
  denominator: 1, // B
  direct: 2, // C
  target: 3, // D
  status: 4, // E
  value: 5, // F
  valid: 6, // G
  achievement: 7, // H
  points: 8, // I
  scored: 9, // J
  reported: 10, // K
  expected: 11, // L
  // M, N, O: category, sub-dimension, dimension codes
} as const;

/** Columns of an aggregate row: code, percent, points, scored, reported, expected, band. */
export const AGG = { percent: 1, points: 2, scored: 3, reported: 4, expected: 5, band: 6 } as const;

const A1 = (col: string, row: number) => `${col}${row + 1}`;
const bandFormula = (x: string) => `IF(ROUND(${x},9)<33,1,IF(ROUND(${x},9)<66,2,IF(ROUND(${x},9)<95,3,4)))`;

/** The target in force, as the engine resolves it (override, reference, or none). */
function targetOf(input: AssessmentInput, targets: TargetSet, id: string): number | null {
  const o = input.targets[id];
  if (o) return o.target === 'none' ? null : o.target;
  return targets.byId.get(id)?.target ?? null;
}

/** The raw content of a numeric input cell: numbers as numbers, text as typed, nothing as empty. */
const raw = (v: unknown): RawCellContent => (typeof v === 'number' || typeof v === 'string' ? v : null);

export interface Layout {
  /** Row of every aggregate by code (`overall` included). */
  aggregateRows: Map<string, number>;
  /** Row of every profile field by id. */
  profileRows: Map<string, number>;
}

/** The layout is the same for every assessment of a framework. */
export function layout(fw: Framework): Layout {
  const aggregateRows = new Map<string, number>();
  let r = fw.datapoints.length;
  for (const g of [...fw.groups.categories, ...fw.groups.subdimensions, ...fw.groups.dimensions]) aggregateRows.set(g.code, r++);
  aggregateRows.set('overall', r++);
  const profileRows = new Map<string, number>();
  for (const p of fw.data.profile) profileRows.set(p.id, r++);
  return { aggregateRows, profileRows };
}

/** A formula of the formula language as a spreadsheet formula on data point row `r` (bench only). */
/** The rows of the data points a formula reads (`[code]`). */
function readsOf(fw: Framework, f: Extract<Framework['datapoints'][number]['def']['formula'], { kind: 'formula' }>): number[] {
  const compiled = compileFormula(f.expression, {
    inputs: f.inputs.map((x) => x.name),
    profile: fw.data.profile.map((p) => p.id),
    datapoint: (code) => {
      const bar = code.lastIndexOf('|');
      return (bar < 0 ? fw.datapoint(code, '') : fw.datapoint(code.slice(0, bar), code.slice(bar + 1)))?.id;
    },
  });
  return compiled.ok ? compiled.formula.refs.flatMap((r) => (r.kind === 'datapoint' ? [fw.byId.get(r.id)!.index] : [])) : [];
}

function spreadsheetFormula(fw: Framework, f: Extract<Framework['datapoints'][number]['def']['formula'], { kind: 'formula' }>, r: number, lay: Layout): string {
  const compiled = compileFormula(f.expression, {
    inputs: f.inputs.map((x) => x.name),
    profile: fw.data.profile.map((p) => p.id),
    datapoint: (code) => {
      const bar = code.lastIndexOf('|');
      return (bar < 0 ? fw.datapoint(code, '') : fw.datapoint(code.slice(0, bar), code.slice(bar + 1)))?.id;
    },
  });
  if (!compiled.ok) return '""';
  const text = (n: FormulaNode): string => {
    switch (n.t) {
      case 'num':
        return String(n.v);
      case 'ref':
        if (n.ref.kind === 'input') return A1(f.inputs.findIndex((x) => x.name === (n.ref as { name: string }).name) === 0 ? 'A' : 'B', r);
        if (n.ref.kind === 'profile') return A1('B', lay.profileRows.get(n.ref.field)!);
        return A1('G', fw.byId.get(n.ref.id)!.index);
      case 'inputs':
        return `${A1('A', r)},${A1('B', r)}`;
      case 'neg':
        return `(-${text(n.a)})`;
      case 'bin':
        return `(${text(n.a)}${n.op}${text(n.b)})`;
      case 'call':
        return `${n.fn.toUpperCase()}(${n.args.map(text).join(',')})`;
    }
  };
  return text(compiled.formula.root);
}

/** One assessment's sheet. */
export function assessmentSheet(fw: Framework, targets: TargetSet, input: AssessmentInput, lay: Layout = layout(fw)): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  const n = fw.datapoints.length;
  for (const ref of fw.datapoints) {
    const r = ref.index;
    const e = input.values[ref.id] ?? {};
    const f = ref.def.formula;
    const [A, B, C, D, E, F, G, H, I] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => A1(c, r));
    let denominator: RawCellContent = null;
    let inner: string;
    if (f.kind === 'ratio') {
      if ('profile' in f.denominator) {
        const p = A1('B', lay.profileRows.get(f.denominator.profile)!).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
        denominator = `=IF(ISNUMBER(${p}),${p},"")`;
      } else denominator = raw(e.denominator);
      const share = f.share ? `,${A}<=${B}` : '';
      inner = `IF(ISNUMBER(${C}),${C},IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),IF(AND(${B}>0,${A}>=0${share}),${A}/${B}*${f.multiplier},""),""))`;
    } else if (f.kind === 'formula') {
      // The same formula in the spreadsheet's language: inputs are A and B, profile fields their cells,
      // other data points their valid value (G); blank inputs give no value, as in the engine.
      denominator = raw(e.denominator);
      // A data point read with no valid value makes the formula give none, as the engine's (a reference
      // to an empty-string cell in arithmetic is 0 in HyperFormula, which made a value of nothing).
      const blanks = [...f.inputs.slice(0, 2).map((_, k) => `ISNUMBER(${k === 0 ? A : B})`), ...readsOf(fw, f).map((j) => `ISNUMBER(${A1('G', j)})`)];
      inner = `IF(ISNUMBER(${C}),${C},IF(AND(${blanks.join(',')}),IFERROR(${spreadsheetFormula(fw, f, r, lay)},""),""))`;
    } else if (f.kind === 'direct') inner = `IF(ISNUMBER(${C}),${C},"")`;
    else inner = `IF(${C}="yes",1,IF(${C}="no",0,""))`;
    const value = `=IF(OR(${E}="not-reported",${E}="not-applicable"),"",${inner})`;
    const bounds = [ref.def.min !== undefined ? `${F}>=${ref.def.min}` : '', ref.def.max !== undefined ? `${F}<=${ref.def.max}` : ''].filter(Boolean);
    const valid = `=IF(ISNUMBER(${F}),${bounds.length ? `IF(AND(${bounds.join(',')}),${F},"")` : F},"")`;
    const achievement = (() => {
      switch (ref.def.direction) {
        case 'higher':
          return `=IF(AND(ISNUMBER(${G}),ISNUMBER(${D})),IF(${D}=0,1,MAX(0,${G})/${D}),"")`;
        case 'lower':
          return `=IF(AND(ISNUMBER(${G}),ISNUMBER(${D})),IF(${G}<=0,1,IF(${D}=0,0,${D}/${G})),"")`;
        case 'band':
          return `=IF(AND(ISNUMBER(${G}),ISNUMBER(${D})),IF(OR(${G}<=0,${D}=0),0,MIN(${G}/${D},${D}/${G})),"")`;
        case 'yesno':
          return `=IF(AND(ISNUMBER(${G}),ISNUMBER(${D})),IF(${G}>=1,1,0),"")`;
      }
    })();
    rows.push([
      raw(e.numerator),
      denominator,
      raw(e.value),
      targetOf(input, targets, ref.id),
      e.status ?? null,
      value,
      valid,
      achievement,
      `=IF(ISNUMBER(${H}),${bandFormula(`${H}*100`)},"")`,
      `=IF(ISNUMBER(${I}),1,0)`,
      `=IF(ISNUMBER(${G}),1,0)`,
      `=IF(${E}="not-applicable",0,1)`,
      ref.path.category,
      ref.path.subdimension,
      ref.path.dimension,
    ]);
  }
  const range = (col: string) => `${col}1:${col}${n}`;
  const aggregateRow = (r: number, label: string, sum: (col: string) => string): RawCellContent[] => [
    label,
    `=IF(${A1('D', r)}>0,${A1('C', r)}/(4*${A1('D', r)})*100,"")`,
    sum('I'),
    sum('J'),
    sum('K'),
    sum('L'),
    `=IF(ISNUMBER(${A1('B', r)}),${bandFormula(A1('B', r))},"")`,
  ];
  const groups: [string, string][] = [
    ...fw.groups.categories.map((g) => [g.code, 'M'] as [string, string]),
    ...fw.groups.subdimensions.map((g) => [g.code, 'N'] as [string, string]),
    ...fw.groups.dimensions.map((g) => [g.code, 'O'] as [string, string]),
  ];
  for (const [code, by] of groups) {
    rows.push(aggregateRow(rows.length, code, (col) => `=SUMIFS(${range(col)},${range(by)},"${code}")`));
  }
  rows.push(aggregateRow(rows.length, 'overall', (col) => `=SUM(${range(col)})`));
  for (const p of fw.data.profile) rows.push([p.id, raw(input.profile[p.id])]);
  return rows;
}

export interface HfWorkbook {
  hf: HyperFormula;
  layout: Layout;
}

/** The sheets of a workspace (prepared outside the timed build: that is typing the data in). */
export function workbookSheets(fw: Framework, targets: TargetSet, inputs: AssessmentInput[]): Record<string, RawCellContent[][]> {
  const lay = layout(fw);
  const sheets: Record<string, RawCellContent[][]> = {};
  inputs.forEach((input, i) => (sheets[`A${i}`] = assessmentSheet(fw, targets, input, lay)));
  return sheets;
}

/** Parses and evaluates every formula of the workbook. */
export function buildWorkbook(fw: Framework, sheets: Record<string, RawCellContent[][]>): HfWorkbook {
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', useColumnIndex: true });
  return { hf, layout: layout(fw) };
}

const num = (v: CellValue): number | null => (typeof v === 'number' ? v : null);

/** The aggregate HyperFormula computed for a group of one assessment. */
export function aggregateOf(book: HfWorkbook, sheet: number, code: string) {
  const row = book.layout.aggregateRows.get(code)!;
  const at = (col: number) => num(book.hf.getCellValue({ sheet, row, col }));
  return {
    percent: at(AGG.percent),
    points: at(AGG.points),
    scored: at(AGG.scored),
    reported: at(AGG.reported),
    expected: at(AGG.expected),
    band: at(AGG.band),
  };
}

/** U4SSC points of one data point (null when not scored). */
export function pointsOf(book: HfWorkbook, sheet: number, row: number): number | null {
  return num(book.hf.getCellValue({ sheet, row, col: COL.points }));
}
