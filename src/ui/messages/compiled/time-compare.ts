// Compiled from src/ui/messages/en/time-compare.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, type Args } from '../runtime';

/** The messages of the namespace `time-compare`, with the argument types of their English text. */
export interface TimeCompareMessages {
  readonly "title": string;
  readonly "hint": string;
  readonly "pick": string;
  readonly "pickAll": string;
  readonly "pickNone": string;
  readonly "base": string;
  readonly "baseHint": string;
  readonly "show": string;
  readonly "showWhat": {
    readonly "value": string;
    readonly "points": string;
    readonly "percent": string;
  };
  readonly "filter": string;
  readonly "filterPlaceholder": string;
  readonly "level": string;
  readonly "levels": {
    readonly "all": string;
    readonly "aggregates": string;
    readonly "datapoints": string;
  };
  readonly "exportCsv": string;
  readonly "empty": string;
  readonly "loading": string;
  readonly "listing": string;
  "scored"(a: { n: string | number }): string;
  readonly "colCode": string;
  readonly "colName": string;
  readonly "colTrend": string;
  readonly "higher": string;
  readonly "lower": string;
  readonly "sortHint": string;
  readonly "gridLabel": string;
  readonly "rankTitle": string;
  readonly "rankHint": string;
  readonly "normalisation": string;
  readonly "normalisations": {
    readonly "min-max": string;
    readonly "z-score": string;
    readonly "rank": string;
  };
  readonly "aggregation": string;
  readonly "aggregations": {
    readonly "arithmetic": string;
    readonly "geometric": string;
  };
  readonly "rankCity": string;
  readonly "rankComposite": string;
  readonly "rankRank": string;
  readonly "rankRange": string;
  readonly "rankChangedBy": string;
  "rankRangeAlways"(a: { best: string | number }): string;
  "rankRangeBetween"(a: { best: string | number; worst: string | number }): string;
  readonly "rankNeedsTwo": string;
  readonly "rankProblem": {
    readonly "no-values": string;
    readonly "single-city": string;
    readonly "no-spread": string;
    readonly "geometric-needs-non-negative": string;
    readonly "no-weight": string;
  };
  readonly "rankMethod": string;
  readonly "chartRankTitle": string;
  "chartLineTitle"(a: { name: string | number }): string;
  readonly "chartTarget": string;
  readonly "chartDeadline": string;
  readonly "chartPickDatapoint": string;
  "chartCapped"(a: { shown: string | number; total: string | number }): string;
  readonly "tableYear": string;
  readonly "tableValue": string;
  readonly "tableTarget": string;
  readonly "wheelsTitle": string;
  readonly "wheelsHint": string;
  readonly "wheelsSeries": string;
  readonly "wheelsFirst": string;
  readonly "wheelsSecond": string;
  "wheelsSummary"(a: { a: string | number; b: string | number; up: string | number; down: string | number; same: string | number }): string;
  "wheelsChanges"(a: { a: string | number; b: string | number }): string;
  readonly "wheelsChange": string;
  readonly "wheelsChangeText": {
    readonly "up": string;
    readonly "down": string;
    readonly "same": string;
    readonly "none": string;
  };
}

export const timeCompare = register<TimeCompareMessages>("time-compare", {
  title: "Compare assessments",
  hint: "Pick assessments to set side by side: one row per data point and aggregate, one column per assessment. Years of the same city form a series with its trend status.",
  pick: "Assessments to compare",
  pickAll: "All",
  pickNone: "None",
  base: "Base column",
  baseHint: "Differences from the base column are marked with an arrow and a shaded cell.",
  show: "Show",
  showWhat: {
    value: "values",
    points: "points",
    percent: "percent of target",
  },
  filter: "Filter rows",
  filterPlaceholder: "code or name",
  level: "Rows",
  levels: {
    all: "all rows",
    aggregates: "aggregates only",
    datapoints: "data points only",
  },
  exportCsv: "Download as CSV",
  empty: "Pick at least one assessment.",
  loading: "Scoring the assessments…",
  listing: "Reading the assessments stored in this browser…",
  scored: (a: Args) => `${a.n} assessments compared.`,
  colCode: "Code",
  colName: "Data point or aggregate",
  colTrend: "Trend",
  higher: "higher than the base",
  lower: "lower than the base",
  sortHint: "Click a column header, or press Enter on it, to sort; again to reverse.",
  gridLabel: "Comparison of assessments",
  rankTitle: "Ranking across cities (relative methods)",
  rankHint: "Where each city stands among the cities picked, from the latest year of each: the data points normalised across them, then aggregated with equal weights. It sits beside the target-based scores and never replaces them.",
  normalisation: "Normalisation",
  normalisations: {
    "min-max": "min-max (0–100)",
    "z-score": "z-score",
    rank: "rank",
  },
  aggregation: "Aggregation",
  aggregations: {
    arithmetic: "arithmetic mean",
    geometric: "geometric mean",
  },
  rankCity: "City (year)",
  rankComposite: "Composite",
  rankRank: "Rank",
  rankRange: "Rank leaving one data point out",
  rankChangedBy: "Data points that move it",
  rankRangeAlways: (a: Args) => `always ${a.best}`,
  rankRangeBetween: (a: Args) => `${a.best} to ${a.worst}`,
  rankNeedsTwo: "Pick assessments of at least two cities to rank them.",
  rankProblem: {
    "no-values": "no data point has a value",
    "single-city": "only one city has a value",
    "no-spread": "every city has the same value",
    "geometric-needs-non-negative": "a geometric mean needs values of 0 or more: use min-max or rank",
    "no-weight": "no weighted data point has a value",
  },
  rankMethod: "Each data point is turned so that higher is better (lower-is-better values negated, a band by its achievement), normalised across the cities, and averaged over the data points each city has (OECD/JRC Handbook on Constructing Composite Indicators). The range is the ranks the city takes when each data point in turn is left out.",
  chartRankTitle: "Composite score by city, with rank range",
  chartLineTitle: (a: Args) => `${a.name} over the years`,
  chartTarget: "target",
  chartDeadline: "deadline",
  chartPickDatapoint: "Data point to chart",
  chartCapped: (a: Args) => `The chart shows ${a.shown} of the ${a.total} cities picked (this assessment's city first, then those with the most years); the grid above has them all.`,
  tableYear: "Year",
  tableValue: "Value",
  tableTarget: "Target",
  wheelsTitle: "Two years' wheels",
  wheelsHint: "The benchmarking wheel of two years of one city side by side: the same segments in the same places, each with its band in colour, pattern and words (hover or focus a segment). The table below lists what changed.",
  wheelsSeries: "City",
  wheelsFirst: "First year",
  wheelsSecond: "Second year",
  wheelsSummary: (a: Args) => `From ${a.a} to ${a.b}: ${a.up} data points up a band, ${a.down} down, ${a.same} in the same band.`,
  wheelsChanges: (a: Args) => `What changed from ${a.a} to ${a.b} (aggregates, and the data points whose band changed)`,
  wheelsChange: "Change",
  wheelsChangeText: {
    up: "up a band or more",
    down: "down a band or more",
    same: "same band",
    none: "not scored in both years",
  },
});
