/**
 * Every user-visible string of progress over time and across cities (issue #14): the city's own
 * targets and deadlines, trends, the comparison grid and the ranking. Plain text only. Every language
 * is complete (src/ui/strings/{fr,es,ar,zh,ru}/time.ts).
 */
import type { ProgressStatus, InsufficientReason, Trend, TrendBasis } from '../../engine/trend';
import type { Aggregation, Normalisation, RelativeProblem } from '../../engine/relative';
import type { BandChange } from '../time/two-wheels';

/** A mark beside each trend status, so the status is never told by colour alone; the same in every language. */
export const STATUS_SYMBOL: Record<ProgressStatus, string> = {
  achieved: '✔',
  'on-track': '▲',
  'acceleration-needed': '△',
  stagnating: '▬',
  'moving-away': '▼',
  'insufficient-data': '?',
};

/** The mark of a target in force that is the city's own (grid, report), so it is never told by colour alone. */
export const OWN_TARGET_MARK = '◆';

export const TM = {
  // Which target set scores the assessment (the choice, the report, the grid, "explain this number")
  scoring: {
    title: 'Targets that score this assessment',
    reference: 'Reference targets',
    own: "The city's own targets where set",
    hint: 'With own targets, a data point that has an own target is scored against it; every other data point keeps its reference target (or the target set for this assessment).',
    inForceReference: 'Scored against the reference targets.',
    inForceOwn: (n: number, total: number) => `Scored against own targets where set: ${n} of ${total} data points; the others against the reference targets.`,
    reportLabel: 'Targets in force',
    ownShort: 'own target',
    ownDetail: (target: string, deadline: number | null) => (deadline === null ? `own target ${target}` : `own target ${target} by ${deadline}`),
    referenceDetail: (target: string) => `reference: ${target}`,
    deadlineOnly: (deadline: number) => `own deadline ${deadline}`,
    explainOwn: (deadline: number | null) =>
      deadline === null
        ? "This number is scored against the city's own target."
        : `This number is scored against the city's own target (deadline ${deadline}).`,
    explainOwnNone: 'The assessment is scored against own targets where set; this data point has none, so its reference target scores it.',
    explainReference: 'This number is scored against the reference target (the assessment uses the reference targets).',
    explainReferenceHasOwn:
      "This number is scored against the reference target: the assessment uses the reference targets, so this data point's own target is shown but does not score.",
    ownRationale: "The city's own target for this data point.",
    legendOwn: "the city's own target scores this row",
  },
  // Own targets and deadlines (in the explain panel)
  ownTitle: 'Own target and deadline',
  ownHint:
    "The city's own target for this data point, the year it means to reach it by, and the value and year it measures progress from. The trend measures progress against them; the points follow the own target only when the assessment is scored against own targets.",
  ownTarget: 'Own target',
  ownDeadline: 'Deadline (year)',
  ownBaseline: 'Baseline value',
  ownBaselineYear: 'Baseline year',
  ownSave: 'Save own target',
  ownRemove: 'Remove own target',
  ownSaved: 'Own target saved.',
  ownRemoved: 'Own target removed.',
  ownNone: 'No own target: the trend uses the target above and the 2030 deadline.',
  ownYesNoTarget: 'The target of a yes/no data point is "yes".',
  ownReadOnly: 'This assessment is frozen: its own targets cannot be changed.',
  ownProblem: {
    notNumber: (field: string, text: string) => `${field}: "${text}" is not a number.`,
    notYear: (field: string, text: string, min: number, max: number) => `${field}: "${text}" is not a whole year between ${min} and ${max}.`,
    baselinePair: 'A baseline needs both its value and its year.',
    deadlineAfterBaseline: 'The deadline must come after the baseline year.',
  },
  ownSummary: (target: string | null, deadline: number | null, baseline: string | null, baselineYear: number | null) =>
    [
      target !== null ? `target ${target}` : null,
      deadline !== null ? `by ${deadline}` : null,
      baseline !== null && baselineYear !== null ? `from ${baseline} in ${baselineYear}` : null,
    ]
      .filter(Boolean)
      .join(', '),

  status: {
    achieved: 'target achieved',
    'on-track': 'on track',
    'acceleration-needed': 'acceleration needed',
    stagnating: 'stagnating',
    'moving-away': 'moving away',
    'insufficient-data': 'insufficient data',
  } satisfies Record<ProgressStatus, string>,
  /** A short symbol per status, so that colour is never the only signal. */
  reason: {
    'no-values': 'no year has a value',
    'one-year': 'only one year has a value',
    'no-target': 'there is no target to measure against',
    'deadline-not-after-baseline': 'the deadline is not after the baseline year',
  } satisfies Record<InsufficientReason, string>,
  basisTarget: {
    own: "the city's own target",
    assessment: 'the target that scores the latest assessment',
    none: 'no target',
  } satisfies Record<TrendBasis['target'], string>,
  basisDeadline: { own: "the city's own deadline", default: 'the 2030 Agenda deadline' } satisfies Record<TrendBasis['deadline'], string>,
  basisBaseline: {
    own: "the city's own baseline",
    series: 'the earliest year with a value',
    incomplete: 'the earliest year with a value (the own baseline lacks its value or year)',
  } satisfies Record<TrendBasis['baseline'], string>,
  trendStatus: 'Status',
  trendAgainst: 'Measured against',
  trendMethod: 'Method',
  methodCompound:
    'Compound annual growth (UN SDG Progress Chart): actual = (latest ÷ baseline)^(1 ÷ years) − 1; needed = (target ÷ baseline)^(1 ÷ (deadline − baseline year)) − 1.',
  methodLinear:
    'Change per year (a value or target of 0 or below, or a target band, has no compound rate): actual = (latest − baseline) ÷ years; needed = (target − baseline) ÷ (deadline − baseline year).',
  methodYesNo: 'A yes/no answer has no rate: yes is achieved, a no that stays no is stagnating, a yes that became no is moving away.',
  statusRule: 'On track at 95 % or more of the rate needed; acceleration needed from 10 %; stagnating between −10 % and 10 %; moving away below.',

  // The trend in "explain this number"
  xTitle: 'Over the years',
  xNoSeries: (city: string) =>
    `No other year of ${city} in this browser. Duplicate this assessment as next year (in the library), or import another year, to see its trend here.`,
  xThis: 'this assessment',
  xGrowth: 'Growth rate',
  xGrowthCompound: (rate: string, from: number, to: number) => `${rate} a year, compound (${from}–${to})`,
  xGrowthLinear: (change: string, from: number, to: number) => `${change} a year (${from}–${to})`,
  xGrowthNone: 'none: fewer than two years have a value',
  xReached: 'Target reached',
  xReach: {
    reached: (year: number | null) => `already reached (${year ?? '—'})`,
    'at-this-rate': (year: number | null) => `in ${year ?? '—'} at this rate`,
    never: () => 'not at this rate',
    unknown: () => 'cannot be said',
  } satisfies Record<Trend['reach'], (year: number | null) => string>,
  xStatus: (deadline: number) => `Status by ${deadline}`,
  xRatio: (ratio: string, needed: string) => `the rate since the baseline is ${ratio} × the rate needed (${needed} a year)`,
  xAgainst: (basis: string, target: string) => `${basis}: ${target}`,
  xAggregates: 'Its aggregates over the years (toward 95 %)',
  xAggregateTarget: 'the top band: 95 % of the maximum',
  xSource: 'The method of the UN SDG Progress Chart (UN Statistics Division, technical note), applied to this data point.',
};

/** Words of the comparison and the ranking across cities. */
export const TC = {
  title: 'Compare assessments',
  hint: 'Pick assessments to set side by side: one row per data point and aggregate, one column per assessment. Years of the same city form a series with its trend status.',
  pick: 'Assessments to compare',
  pickAll: 'All',
  pickNone: 'None',
  base: 'Base column',
  baseHint: 'Differences from the base column are marked with an arrow and a shaded cell.',
  show: 'Show',
  showWhat: { value: 'values', points: 'points', percent: 'percent of target' },
  filter: 'Filter rows',
  filterPlaceholder: 'code or name',
  level: 'Rows',
  levels: { all: 'all rows', aggregates: 'aggregates only', datapoints: 'data points only' },
  exportCsv: 'Download as CSV',
  empty: 'Pick at least one assessment.',
  loading: 'Scoring the assessments…',
  listing: 'Reading the assessments stored in this browser…',
  scored: (n: number) => `${n} assessments compared.`,
  colCode: 'Code',
  colName: 'Data point or aggregate',
  colTrend: 'Trend',
  higher: 'higher than the base',
  lower: 'lower than the base',
  sortHint: 'Click a column header, or press Enter on it, to sort; again to reverse.',
  gridLabel: 'Comparison of assessments',
  // The ranking across cities
  rankTitle: 'Ranking across cities (relative methods)',
  rankHint:
    'Where each city stands among the cities picked, from the latest year of each: the data points normalised across them, then aggregated with equal weights. It sits beside the target-based scores and never replaces them.',
  normalisation: 'Normalisation',
  normalisations: { 'min-max': 'min-max (0–100)', 'z-score': 'z-score', rank: 'rank' } satisfies Record<Normalisation, string>,
  aggregation: 'Aggregation',
  aggregations: { arithmetic: 'arithmetic mean', geometric: 'geometric mean' } satisfies Record<Aggregation, string>,
  rankCity: 'City (year)',
  rankComposite: 'Composite',
  rankRank: 'Rank',
  rankRange: 'Rank leaving one data point out',
  rankChangedBy: 'Data points that move it',
  rankRangeText: (best: string, worst: string) => (best === worst ? `always ${best}` : `${best} to ${worst}`),
  rankNeedsTwo: 'Pick assessments of at least two cities to rank them.',
  rankProblem: {
    'no-values': 'no data point has a value',
    'single-city': 'only one city has a value',
    'no-spread': 'every city has the same value',
    'geometric-needs-non-negative': 'a geometric mean needs values of 0 or more: use min-max or rank',
    'no-weight': 'no weighted data point has a value',
  } satisfies Record<RelativeProblem, string>,
  rankMethod:
    'Each data point is turned so that higher is better (lower-is-better values negated, a band by its achievement), normalised across the cities, and averaged over the data points each city has (OECD/JRC Handbook on Constructing Composite Indicators). The range is the ranks the city takes when each data point in turn is left out.',
  chartRankTitle: 'Composite score by city, with rank range',
  chartLineTitle: (name: string) => `${name} over the years`,
  chartTarget: 'target',
  chartDeadline: 'deadline',
  chartPickDatapoint: 'Data point to chart',
  chartCapped: (shown: number, total: number) =>
    `The chart shows ${shown} of the ${total} cities picked (this assessment's city first, then those with the most years); the grid above has them all.`,
  tableYear: 'Year',
  tableValue: 'Value',
  tableTarget: 'Target',
  // Two years' wheels of one city
  wheelsTitle: "Two years' wheels",
  wheelsHint:
    'The benchmarking wheel of two years of one city side by side: the same segments in the same places, each with its band in colour, pattern and words (hover or focus a segment). The table below lists what changed.',
  wheelsSeries: 'City',
  wheelsFirst: 'First year',
  wheelsSecond: 'Second year',
  wheelsSummary: (a: number, b: number, up: number, down: number, same: number) =>
    `From ${a} to ${b}: ${up} data points up a band, ${down} down, ${same} in the same band.`,
  wheelsChanges: (a: number, b: number) => `What changed from ${a} to ${b} (aggregates, and the data points whose band changed)`,
  wheelsChange: 'Change',
  wheelsChangeText: { up: 'up a band or more', down: 'down a band or more', same: 'same band', none: 'not scored in both years' } satisfies Record<
    BandChange,
    string
  >,
};
