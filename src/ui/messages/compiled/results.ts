// Compiled from src/ui/messages/en/results.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, lf, pl, type Arg } from '../runtime';

/** The messages of the namespace `results`, with the argument types of their English text. */
export interface ResultsMessages {
  "bandName"(label: string | number): string;
  readonly "noScore": string;
  readonly "noScoreHint": string;
  readonly "stateText": {
    readonly "scored": string;
    readonly "unbenchmarked": string;
    readonly "not-reported": string;
    readonly "not-applicable": string;
    readonly "invalid": string;
  };
  readonly "legendTitle": string;
  "percent"(p: string | number): string;
  readonly "yes": string;
  readonly "no": string;
  readonly "dash": string;
  "pointsOf"(points: string | number, max: string | number): string;
  "pointsShort"(points: string | number, max: string | number): string;
  "coverage"(reported: string | number, benchmarked: string | number, expected: string | number): string;
  "coverageShort"(reported: string | number, benchmarked: string | number, expected: string | number): string;
  readonly "wheelTitle": string;
  "wheelLabel"(city: string | number, year: string | number): string;
  readonly "wheelHelp": string;
  "wheelTableCaption"(city: string | number, year: string | number): string;
  readonly "ringDimension": string;
  readonly "ringCategory": string;
  readonly "ringDatapoint": string;
  readonly "exportPng": string;
  readonly "provisionalCentre": string;
  "segmentAnnouncement"(name: string | number, detail: string | number): string;
  readonly "colRing": string;
  readonly "colCode": string;
  readonly "colName": string;
  readonly "colIndicator": string;
  readonly "colValue": string;
  readonly "colTarget": string;
  readonly "colPoints": string;
  readonly "colBand": string;
  readonly "colStatus": string;
  readonly "colSource": string;
  readonly "colScore": string;
  readonly "colCoverage": string;
  readonly "colCoverageNote": string;
  readonly "colAchievement": string;
  "tipCode"(code: string | number): string;
  "tipValue"(v: string | number): string;
  "tipTarget"(v: string | number): string;
  "tipPoints"(v: string | number): string;
  "tipBand"(v: string | number): string;
  "tipStatus"(v: string | number): string;
  "tipScore"(v: string | number): string;
  "tipCoverage"(v: string | number): string;
  "tipAchievement"(v: string | number): string;
  readonly "targetOverride": string;
  readonly "noTarget": string;
  readonly "showDataTable": string;
  readonly "radarTitle": string;
  "radarLabel"(summary: string | number): string;
  readonly "radarThis": string;
  "provisionalLabel"(name: string | number): string;
  "radarProvisional"(names: readonly string[]): string;
  readonly "radarCaption": string;
  readonly "barsTitle": string;
  readonly "barsDimension": string;
  "barsLabel"(dimension: string | number, n: string | number): string;
  "barsCaption"(dimension: string | number): string;
  "barsCapped"(max: string | number): string;
  "barsExcluded"(n: number): string;
  readonly "barsNone": string;
  readonly "targetLine": string;
  readonly "coverageTitle": string;
  "coverageLabel"(reported: string | number, benchmarked: string | number, expected: string | number): string;
  readonly "coverageCaption": string;
  readonly "coverageReported": string;
  readonly "coverageBenchmarked": string;
  readonly "coverageExpected": string;
  readonly "colCategory": string;
  readonly "reportTitle": string;
  readonly "reportSubtitle": string;
  readonly "reportCity": string;
  readonly "reportCountry": string;
  readonly "reportYear": string;
  readonly "reportPrinted": string;
  readonly "reportTargets": string;
  readonly "reportMethod": string;
  readonly "methodNames": {
    readonly "u4ssc-points": string;
    readonly "continuous": string;
  };
  readonly "printButton": string;
  readonly "overall": string;
  "overallScore"(score: string | number, band: string | number): string;
  readonly "reportNotes": string;
  readonly "sectionWheel": string;
  readonly "sectionScores": string;
  readonly "sectionKpis": string;
  "kpiCount"(kpis: string | number, rows: string | number): string;
  readonly "sectionNotReported": string;
  readonly "notReportedNone": string;
  readonly "notApplicableTitle": string;
  readonly "invalidTitle": string;
  readonly "sectionMethod": string;
  readonly "levelDimension": string;
  readonly "levelSubdimension": string;
  readonly "levelCategory": string;
  readonly "colLevel": string;
  readonly "methodPoints": string;
  readonly "methodAggregate": string;
  readonly "methodContinuous": string;
  readonly "methodIllustrative": string;
  readonly "methodOwnTargets": string;
  "methodOverrides"(n: number): string;
  readonly "targetJudgement": string;
  "methodJudgement"(n: string | number, of: string | number): string;
  readonly "targetSetStatement": string;
}

export const results = register<ResultsMessages>("results", {
  bandName: (label: Arg) => `${label} of target`,
  noScore: "No score",
  noScoreHint: "not reported, not applicable, invalid or no benchmark",
  stateText: {
    scored: "Scored",
    unbenchmarked: "No benchmark",
    "not-reported": "Not reported",
    "not-applicable": "Not applicable",
    invalid: "Invalid value",
  },
  legendTitle: "Bands",
  percent: (p: Arg) => `${p} %`,
  yes: "yes",
  no: "no",
  dash: "—",
  pointsOf: (points: Arg, max: Arg) => `${points} of ${max} points`,
  pointsShort: (points: Arg, max: Arg) => `${points} / ${max}`,
  coverage: (reported: Arg, benchmarked: Arg, expected: Arg) => `${reported} reported / ${benchmarked} benchmarked / ${expected} expected`,
  coverageShort: (reported: Arg, benchmarked: Arg, expected: Arg) => `${reported} / ${benchmarked} / ${expected}`,
  wheelTitle: "Benchmarking wheel",
  wheelLabel: (city: Arg, year: Arg) => `Benchmarking wheel of ${city} ${year}: the three dimensions in the centre ring, the categories around them and every KPI data point in the outer ring, coloured by band. The table that follows lists every segment.`,
  wheelHelp: "Hover or focus the wheel and use the arrow keys to move through the data points; Enter explains the selected number.",
  wheelTableCaption: (city: Arg, year: Arg) => `Segments of the benchmarking wheel of ${city} ${year}`,
  ringDimension: "Dimension",
  ringCategory: "Category",
  ringDatapoint: "Data point",
  exportPng: "Export PNG",
  provisionalCentre: "provisional",
  segmentAnnouncement: (name: Arg, detail: Arg) => `${name}: ${detail}`,
  colRing: "Ring",
  colCode: "Code",
  colName: "Name",
  colIndicator: "KPI / data point",
  colValue: "Value",
  colTarget: "Target",
  colPoints: "Points",
  colBand: "Band",
  colStatus: "Status",
  colSource: "Source",
  colScore: "Score",
  colCoverage: "Coverage",
  colCoverageNote: "reported / benchmarked / expected",
  colAchievement: "Achievement",
  tipCode: (code: Arg) => `Code: ${code}`,
  tipValue: (v: Arg) => `Value: ${v}`,
  tipTarget: (v: Arg) => `Target: ${v}`,
  tipPoints: (v: Arg) => `Points: ${v}`,
  tipBand: (v: Arg) => `Band: ${v}`,
  tipStatus: (v: Arg) => `Status: ${v}`,
  tipScore: (v: Arg) => `Score: ${v}`,
  tipCoverage: (v: Arg) => `Coverage: ${v}`,
  tipAchievement: (v: Arg) => `Achievement: ${v}`,
  targetOverride: "set for this assessment",
  noTarget: "no benchmark",
  showDataTable: "Show data table",
  radarTitle: "Sub-dimension scores",
  radarLabel: (summary: Arg) => `Radar chart of the seven sub-dimension scores in percent: ${summary}.`,
  radarThis: "This assessment",
  provisionalLabel: (name: Arg) => `${name} (provisional)`,
  radarProvisional: (names: Arg) => `Provisional (fewer than half of the data points with a benchmark scored): ${lf(names)}.`,
  radarCaption: "Sub-dimension scores in percent of the maximum",
  barsTitle: "Achievement per data point",
  barsDimension: "Dimension",
  barsLabel: (dimension: Arg, n: Arg) => `Bar chart of the achievement of ${n} scored data points of ${dimension}, worst first, against the target at 100 %.`,
  barsCaption: (dimension: Arg) => `Achievement per data point in ${dimension}, worst first`,
  barsCapped: (max: Arg) => `Bars stop at ${max} %; the data table gives the exact values.`,
  barsExcluded: (n: Arg) => pl('en', n, false, { "one": `1 data point has no score (not reported, not applicable, invalid or no benchmark) and is not shown.`, "other": `${n} data points have no score (not reported, not applicable, invalid or no benchmark) and are not shown.` }),
  barsNone: "No data point of this dimension is scored yet.",
  targetLine: "Target (100 %)",
  coverageTitle: "Coverage per category",
  coverageLabel: (reported: Arg, benchmarked: Arg, expected: Arg) => `Grouped bar chart of the data points reported, benchmarked and expected in each of the 27 categories; in total ${reported} reported, ${benchmarked} benchmarked, ${expected} expected.`,
  coverageCaption: "Data points per category",
  coverageReported: "Reported",
  coverageBenchmarked: "Reported and benchmarked",
  coverageExpected: "Expected",
  colCategory: "Category",
  reportTitle: "City snapshot",
  reportSubtitle: "U4SSC Key Performance Indicators for Smart Sustainable Cities",
  reportCity: "City",
  reportCountry: "Country",
  reportYear: "Year",
  reportPrinted: "Printed",
  reportTargets: "Target set",
  reportMethod: "Scoring method",
  methodNames: {
    "u4ssc-points": "U4SSC points",
    continuous: "Continuous score",
  },
  printButton: "Print / save as PDF",
  overall: "Overall",
  overallScore: (score: Arg, band: Arg) => `${score} (${band})`,
  reportNotes: "Notes",
  sectionWheel: "Benchmarking wheel",
  sectionScores: "Scores by dimension, sub-dimension and category",
  sectionKpis: "Every KPI data point",
  kpiCount: (kpis: Arg, rows: Arg) => `${kpis} KPIs, ${rows} data points.`,
  sectionNotReported: "KPIs not reported",
  notReportedNone: "Every KPI data point that applies has been reported.",
  notApplicableTitle: "Not applicable",
  invalidTitle: "Reported with an invalid value (not scored)",
  sectionMethod: "Methodology and targets",
  levelDimension: "Dimension",
  levelSubdimension: "Sub-dimension",
  levelCategory: "Category",
  colLevel: "Level",
  methodPoints: "Each data point is compared with its target. Achievement is value ÷ target when higher is better, target ÷ value when lower is better, yes = 100 % and no = 0 % for yes/no questions, and the smaller of the two ratios where the target is a band. Achievement below 33 % of the target earns 1 point, 33–66 % earns 2, 66–95 % earns 3 and 95 % or more earns 4.",
  methodAggregate: "A category, sub-dimension or dimension scores the points of its data points that are both reported and benchmarked, divided by 4 points for each of them, in percent; the score is banded with the same thresholds (0–33 %, 33–66 %, 66–95 %, 95 %+). Data points that are not reported, not applicable or have no benchmark are left out, neither helping nor hurting, and every score shows its coverage as reported / benchmarked / expected data points.",
  methodContinuous: "This assessment uses the continuous method: each scored data point contributes its achievement capped at 100 %, averaged with equal weights; the points above are still shown for reference.",
  methodIllustrative: "The targets are illustrative. They are not the official U4SSC benchmarks, which are kept in the locked U4SSC data-collection template and are not public; the scores in this report must not be presented as official U4SSC results.",
  methodOwnTargets: "The targets come from the target set named above, not from the official U4SSC benchmarks, which are kept in the locked U4SSC data-collection template and are not public.",
  methodOverrides: (n: Arg) => pl('en', n, false, { "one": `1 target was changed for this assessment; it is marked in the table.`, "other": `${n} targets were changed for this assessment; they are marked in the table.` }),
  targetJudgement: "the workbench's judgement",
  methodJudgement: (n: Arg, of: Arg) => `${n} of the ${of} data points scored here are scored against a reference target that is the workbench's judgement: no public document sets that number. "Explain this number" says so beside each of them; replace them with your programme's benchmarks if you have them.`,
  targetSetStatement: "Target-set statement",
});
