/**
 * Every user-visible string of the results views (wheel, charts, city report). Plain text only, never
 * HTML.
 */
import type { ItemState } from '../../engine/types';

export const R = {
  // Bands and states
  bandName: (label: string) => `${label} of target`,
  noScore: 'No score',
  noScoreHint: 'not reported, not applicable, invalid or no benchmark',
  stateText: {
    scored: 'Scored',
    unbenchmarked: 'No benchmark',
    'not-reported': 'Not reported',
    'not-applicable': 'Not applicable',
    invalid: 'Invalid value',
  } satisfies Record<ItemState, string>,
  legendTitle: 'Bands',

  // Numbers
  percent: (p: string) => `${p} %`,
  yes: 'yes',
  no: 'no',
  dash: '—',
  pointsOf: (points: number, max: number) => `${points} of ${max} points`,
  pointsShort: (points: number, max: number) => `${points} / ${max}`,
  coverage: (reported: number, benchmarked: number, expected: number) => `${reported} reported / ${benchmarked} benchmarked / ${expected} expected`,
  coverageShort: (reported: number, benchmarked: number, expected: number) => `${reported} / ${benchmarked} / ${expected}`,

  // Wheel
  wheelTitle: 'Benchmarking wheel',
  wheelLabel: (city: string, year: number) =>
    `Benchmarking wheel of ${city} ${year}: the three dimensions in the centre ring, the categories around them and every KPI data point in the outer ring, coloured by band. The table that follows lists every segment.`,
  wheelHelp: 'Hover or focus the wheel and use the arrow keys to move through the data points; Enter explains the selected number.',
  wheelTableCaption: (city: string, year: number) => `Segments of the benchmarking wheel of ${city} ${year}`,
  ringDimension: 'Dimension',
  ringCategory: 'Category',
  ringDatapoint: 'Data point',
  exportPng: 'Export PNG',
  provisionalCentre: 'provisional',
  segmentAnnouncement: (name: string, detail: string) => `${name}: ${detail}`,

  // Tooltip / table columns
  colRing: 'Ring',
  colCode: 'Code',
  colName: 'Name',
  colIndicator: 'KPI / data point',
  colValue: 'Value',
  colTarget: 'Target',
  colPoints: 'Points',
  colBand: 'Band',
  colStatus: 'Status',
  colSource: 'Source',
  colScore: 'Score',
  colCoverage: 'Coverage',
  colCoverageNote: 'reported / benchmarked / expected',
  colAchievement: 'Achievement',
  tipCode: (code: string) => `Code: ${code}`,
  tipValue: (v: string) => `Value: ${v}`,
  tipTarget: (v: string) => `Target: ${v}`,
  tipPoints: (v: string) => `Points: ${v}`,
  tipBand: (v: string) => `Band: ${v}`,
  tipStatus: (v: string) => `Status: ${v}`,
  tipScore: (v: string) => `Score: ${v}`,
  tipCoverage: (v: string) => `Coverage: ${v}`,
  tipAchievement: (v: string) => `Achievement: ${v}`,
  targetOverride: 'set for this assessment',
  noTarget: 'no benchmark',

  // Charts
  showDataTable: 'Show data table',
  radarTitle: 'Sub-dimension scores',
  radarLabel: (summary: string) => `Radar chart of the seven sub-dimension scores in percent: ${summary}.`,
  radarThis: 'This assessment',
  provisionalLabel: (name: string) => `${name} (provisional)`,
  radarProvisional: (names: string[]) => `Provisional (fewer than half of the data points with a benchmark scored): ${names.join(', ')}.`,
  radarCaption: 'Sub-dimension scores in percent of the maximum',
  barsTitle: 'Achievement per data point',
  barsDimension: 'Dimension',
  barsLabel: (dimension: string, n: number) =>
    `Bar chart of the achievement of ${n} scored data points of ${dimension}, worst first, against the target at 100 %.`,
  barsCaption: (dimension: string) => `Achievement per data point in ${dimension}, worst first`,
  barsCapped: (max: number) => `Bars stop at ${max} %; the data table gives the exact values.`,
  barsExcluded: (n: number) =>
    n === 1
      ? '1 data point has no score (not reported, not applicable, invalid or no benchmark) and is not shown.'
      : `${n} data points have no score (not reported, not applicable, invalid or no benchmark) and are not shown.`,
  barsNone: 'No data point of this dimension is scored yet.',
  targetLine: 'Target (100 %)',
  coverageTitle: 'Coverage per category',
  coverageLabel: (reported: number, benchmarked: number, expected: number) =>
    `Grouped bar chart of the data points reported, benchmarked and expected in each of the 27 categories; in total ${reported} reported, ${benchmarked} benchmarked, ${expected} expected.`,
  coverageCaption: 'Data points per category',
  coverageReported: 'Reported',
  coverageBenchmarked: 'Reported and benchmarked',
  coverageExpected: 'Expected',
  colCategory: 'Category',

  // Report
  reportTitle: 'City snapshot',
  reportSubtitle: 'U4SSC Key Performance Indicators for Smart Sustainable Cities',
  reportCity: 'City',
  reportCountry: 'Country',
  reportYear: 'Year',
  reportPrinted: 'Printed',
  reportTargets: 'Target set',
  reportMethod: 'Scoring method',
  methodNames: { 'u4ssc-points': 'U4SSC points', continuous: 'Continuous score' } as Record<string, string>,
  printButton: 'Print / save as PDF',
  overall: 'Overall',
  overallScore: (score: string, band: string) => `${score} (${band})`,
  reportNotes: 'Notes',
  sectionWheel: 'Benchmarking wheel',
  sectionScores: 'Scores by dimension, sub-dimension and category',
  sectionKpis: 'Every KPI data point',
  kpiCount: (kpis: number, rows: number) => `${kpis} KPIs, ${rows} data points.`,
  sectionNotReported: 'KPIs not reported',
  notReportedNone: 'Every KPI data point that applies has been reported.',
  notApplicableTitle: 'Not applicable',
  invalidTitle: 'Reported with an invalid value (not scored)',
  sectionMethod: 'Methodology and targets',
  levelDimension: 'Dimension',
  levelSubdimension: 'Sub-dimension',
  levelCategory: 'Category',
  colLevel: 'Level',
  methodPoints:
    'Each data point is compared with its target. Achievement is value ÷ target when higher is better, target ÷ value when lower is better, yes = 100 % and no = 0 % for yes/no questions, and the smaller of the two ratios where the target is a band. Achievement below 33 % of the target earns 1 point, 33–66 % earns 2, 66–95 % earns 3 and 95 % or more earns 4.',
  methodAggregate:
    'A category, sub-dimension or dimension scores the points of its data points that are both reported and benchmarked, divided by 4 points for each of them, in percent; the score is banded with the same thresholds (0–33 %, 33–66 %, 66–95 %, 95 %+). Data points that are not reported, not applicable or have no benchmark are left out, neither helping nor hurting, and every score shows its coverage as reported / benchmarked / expected data points.',
  methodContinuous:
    'This assessment uses the continuous method: each scored data point contributes its achievement capped at 100 %, averaged with equal weights; the points above are still shown for reference.',
  methodIllustrative:
    'The targets are illustrative. They are not the official U4SSC benchmarks, which are kept in the locked U4SSC data-collection template and are not public; the scores in this report must not be presented as official U4SSC results.',
  methodOwnTargets:
    'The targets come from the target set named above, not from the official U4SSC benchmarks, which are kept in the locked U4SSC data-collection template and are not public.',
  methodOverrides: (n: number) =>
    n === 1
      ? '1 target was changed for this assessment; it is marked in the table.'
      : `${n} targets were changed for this assessment; they are marked in the table.`,
  targetJudgement: "the workbench's judgement",
  methodJudgement: (n: number, of: number) =>
    `${n} of the ${of} data points scored here are scored against a reference target that is the workbench's judgement: no public document sets that number. "Explain this number" says so beside each of them; replace them with your programme's benchmarks if you have them.`,
  targetSetStatement: 'Target-set statement',
};
