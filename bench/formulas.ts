/**
 * `npx tsx bench/formulas.ts [N]` (issue #30, item 2): an edit at N assessments (1 000 by default) of a
 * 300-data-point framework whose local KPIs are formulas of the formula language, in the engine and in
 * HyperFormula laid out as bench/hyperformula.ts lays out U4SSC (the formulas translated into the
 * spreadsheet's own). The framework: U4SSC's 112 data points and 188 local formula data points, of
 * which every fourth reads a U4SSC data point's value, so an edit of a U4SSC input recomputes formulas
 * that read it. Each edit changes one input (a local formula's first input, or a U4SSC numerator) in
 * one assessment and reads what the screen shows (ours: every score).
 */
import { HyperFormula } from 'hyperformula';
import { Evaluator, type Patch } from '../src/engine/evaluator';
import { loadFramework } from '../src/engine/framework';
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { loadTargetSet } from '../src/engine/targets';
import type { AssessmentInput, FrameworkData, KpiDef } from '../src/engine/types';
import { AGG, COL, layout, assessmentSheet } from './hyperformula';
import { stat } from './stat';
import { prng, workspace } from './workspace';

const N = Number(process.argv[2] ?? 1000);
const LOCAL = 188;
const EDITS = 200;

/** U4SSC ratio data points the local formulas read (their numerators are edited too). */
const readers = ['EC: ICT: ICT: 1C', 'EC: ICT: ICT: 2C', 'SC: EH: ED: 2C', 'EC: I: WA: 1C'];
const READ_IDS = readers.map((r) => `${r}|`);
const local: KpiDef[] = Array.from({ length: LOCAL }, (_, k) => ({
  code: `L: F: F${k % 4}: ${k + 1}`,
  aliases: [],
  name: `Local ${k + 1}`,
  category: `L: F: F${k % 4}`,
  tier: 'core',
  type: null,
  definition: 'Bench.',
  sdg: [],
  confidence: 'L',
  sources: 'bench',
  datapoints: [
    {
      key: '',
      label: `Local ${k + 1}`,
      unit: 'points',
      direction: 'higher',
      formula: {
        kind: 'formula',
        expression:
          k % 4 === 0
            ? `max(a, b) / 2 + [${readers[(k / 4) % readers.length]}]`
            : k % 4 === 1
              ? 'if(b > 0, a / b * 100, 0)'
              : 'min(a, b) / profile.population * 100000',
        inputs: [
          { name: 'a', label: 'A' },
          { name: 'b', label: 'B' },
        ],
      },
    },
  ],
}));
const data: FrameworkData = {
  ...u4ssc.data,
  id: 'bench-300',
  dimensions: [
    ...u4ssc.data.dimensions,
    { code: 'L', name: 'Local', subdimensions: [{ code: 'F', name: 'Formulas', categories: [0, 1, 2, 3].map((c) => ({ code: `F${c}`, name: `F${c}` })) }] },
  ],
  kpis: [...u4ssc.data.kpis, ...local],
};
const fw = loadFramework(data);
const targets = loadTargetSet(
  {
    ...referenceTargets.data,
    targets: [...referenceTargets.data.targets, ...local.map((k) => ({ code: k.code, datapoint: '', target: 50, rationale: 'Bench.', source: 'bench' }))],
  },
  fw,
);
if (fw.datapoints.length !== 300) throw new Error(`${fw.datapoints.length} data points, not 300`);

const rand = prng(11);
const inputs: AssessmentInput[] = workspace(u4ssc, N).map((input) => {
  const values = { ...input.values };
  for (const k of local) values[`${k.code}|`] = { numerator: Math.round(rand() * 1000), denominator: Math.round(1 + rand() * 1000) };
  return { ...input, values };
});

const now = () => performance.now();
console.log(`${N} assessments × ${fw.datapoints.length} data points (${LOCAL} formulas); ${EDITS} edits`);
let t0 = now();
const evaluators = inputs.map((input) => new Evaluator(fw, targets, input));
for (const ev of evaluators) ev.scores();
console.log(`ours: full ${(now() - t0).toFixed(0)} ms`);
const lay = layout(fw);
t0 = now();
const hf = HyperFormula.buildFromSheets(Object.fromEntries(inputs.map((input, i) => [`a${i}`, assessmentSheet(fw, targets, input, lay)])), {
  licenseKey: 'gpl-v3',
  useColumnIndex: true,
});
console.log(`HyperFormula: build ${(now() - t0).toFixed(0)} ms`);

// The same edits on both sides; the results must agree (value of the edited data point and overall percent).
const editRand = prng(5);
const edits = Array.from({ length: EDITS }, () => {
  const i = Math.floor(editRand() * N);
  const useLocal = editRand() < 0.5;
  const ref = useLocal ? fw.datapoints[112 + Math.floor(editRand() * LOCAL)] : fw.byId.get(READ_IDS[Math.floor(editRand() * READ_IDS.length)])!;
  return { i, ref, value: Math.round(1 + editRand() * 900) };
});
const ours: number[] = [];
const theirs: number[] = [];
let disagree = 0;
for (const { i, ref, value } of edits) {
  if (!ref) continue;
  const entry = { ...(evaluators[i].snapshotInput().values[ref.id] ?? {}), numerator: value };
  const patch: Patch = { kind: 'value', id: ref.id, entry };
  let t = now();
  evaluators[i].apply([patch]);
  const s = evaluators[i].scores();
  ours.push(now() - t);
  t = now();
  hf.setCellContents({ sheet: i, row: ref.index, col: COL.numerator }, value);
  const hfValue = hf.getCellValue({ sheet: i, row: ref.index, col: COL.valid });
  for (const col of [COL.achievement, COL.points]) hf.getCellValue({ sheet: i, row: ref.index, col });
  const overallRow = lay.aggregateRows.get('overall')!;
  const hfOverall = hf.getCellValue({ sheet: i, row: overallRow, col: AGG.percent });
  for (const code of [ref.path.category, ref.path.subdimension, ref.path.dimension])
    hf.getCellValue({ sheet: i, row: lay.aggregateRows.get(code)!, col: AGG.percent });
  theirs.push(now() - t);
  // The value the screen scores: a data point marked not reported keeps its value on its row but
  // has none to score, which is what the sheet's value column shows.
  const item = s.items[ref.index];
  const v = item.state === 'scored' || item.state === 'unbenchmarked' ? item.value : null;
  if (typeof hfValue === 'number' ? v === null || Math.abs(hfValue - v) > 1e-8 * Math.max(1, Math.abs(v)) : v !== null) disagree++;
  if (typeof hfOverall === 'number' && s.overall.percent !== null && Math.abs(hfOverall - s.overall.percent) > 1e-6 * Math.max(1, s.overall.percent))
    disagree++;
}
const a = stat(ours.slice(20));
const b = stat(theirs.slice(20));
console.log(`edit: ours median ${a.median.toFixed(3)} ms (p95 ${a.p95.toFixed(3)}), HyperFormula median ${b.median.toFixed(3)} ms (p95 ${b.p95.toFixed(3)})`);
console.log(`ours ${(b.median / a.median).toFixed(1)}× faster (median); disagreements: ${disagree}`);
