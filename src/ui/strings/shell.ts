/**
 * The words of the shell, library, grid and panels (S). Functions take the parts that vary; they
 * return plain text (never HTML).
 */
import type { AchievementRule } from '../../engine/achievement';
import type { Quality, Status } from '../../engine/types';
import type { View } from '../views';
import { WS } from './workshop';

/** One label per view; a view added to src/ui/views.ts without a label here does not compile. */
const VIEW_LABELS: Record<View, string> = {
  grid: 'Grid',
  review: 'Review',
  results: 'Wheel and charts',
  report: 'City report',
  share: 'Share, export, compare',
  workshop: WS.viewLabel,
  compare: 'Compare years and cities',
};

export const S = {
  appName: 'SSC Workbench',
  appTagline: 'Evaluate a city with the U4SSC Key Performance Indicators, privately in your browser.',
  skipToMain: 'Skip to main content',
  language: 'Language',

  // Views of an open assessment
  views: 'Views',
  viewLabel: (v: View) => VIEW_LABELS[v],
  backUpAll: 'Back up all',
  backUpHint: 'One file with every assessment in this browser; import it here or in another browser.',
  backedUp: (n: number) => `Saved a backup of ${n} assessment${n === 1 ? '' : 's'}.`,
  imported: (n: number) => (n === 1 ? 'Imported 1 assessment.' : `Imported ${n} assessments.`),
  compareTitle: 'Compare and merge',
  compareHint:
    'Pick another version of this assessment (evaluator A and B, or last year) to see every difference and merge chosen values into a new assessment.',
  loadingView: 'Loading…',
  viewLoadFailed:
    'This part of the app could not be loaded (offline before it was saved for offline use, or the server no longer has it). Nothing is lost: your assessments stay in this browser. Go back, reconnect, and open the assessment again.',
  compareWith: 'Compare with',
  compareNone: 'nothing',

  // Privacy and storage
  privacyStatement:
    "Your assessments stay in this browser on this device (IndexedDB); the interface language you choose is kept there too (localStorage). Nothing is sent anywhere: the app makes no request to any other site. To delete your data, delete the assessments here or clear this site's data in the browser settings.",
  storageState: (state: 'persisted' | 'best-effort' | 'unsupported' | 'memory' | null) =>
    state === 'persisted'
      ? 'Storage: persistent (the browser will not clear it to free space).'
      : state === 'best-effort'
        ? 'Storage: the browser may clear it if the disk runs low; export a backup from time to time.'
        : state === 'memory'
          ? 'Storage: this tab only.'
          : state === 'unsupported'
            ? 'Storage: this browser does not say whether it keeps the data; export a backup from time to time.'
            : '',
  memoryMode:
    'This browser does not let the workbench store data (private mode or storage disabled). You can work, but everything is lost when this tab closes: export your assessment before leaving.',
  newerAppOpened: 'A newer version of the workbench was opened in another tab. Reload this tab to keep working; nothing was overwritten.',
  storageFailed: (message: string) => `The workbench cannot open its storage: ${message}`,

  // Offline / updates
  updateReady: 'A new version of the workbench is available. Your work is saved; reload to use it.',
  updateReload: 'Reload now',
  updateLater: 'Later',
  offlineReady: 'The workbench now works offline in this browser.',

  // Library
  libraryTitle: 'Assessments',
  libraryEmpty: 'No assessments yet. Create one, or open the fictional demo city.',
  libraryLoading: 'Loading assessments…',
  librarySearch: 'Search assessments',
  libraryShown: (shown: number, total: number) => `Shown: ${shown} of ${total}`,
  libraryNoMatch: 'No assessment matches the search.',
  newAssessment: 'New assessment',
  city: 'City',
  country: 'Country',
  year: 'Year',
  create: 'Create',
  demoCity: 'Demo city (fictional)',
  demoCityHint: 'Opens "Demoville (fictional)", creating it the first time: invented values for training, not a real city.',
  demoOpened: (name: string) => `Opened the existing ${name}. "Reset demo" in the list restores its shipped values.`,
  resetDemo: 'Reset demo',
  confirmDemoReset: (name: string) => `Put the shipped demo values back into ${name}? Your changes to it are replaced; you can undo this for a short while.`,
  demoReset: (name: string) => `${name} has its shipped demo values again.`,
  open: 'Open',
  rename: 'Rename',
  save: 'Save',
  cancel: 'Cancel',
  duplicateNextYear: 'Duplicate as next year',
  delete: 'Delete',
  confirmDelete: (name: string) => `Delete the assessment ${name}? You can undo this for a short while.`,
  deleted: (name: string) => `Deleted ${name}.`,
  undo: 'Undo',
  restored: (name: string) => `Restored ${name}.`,
  duplicated: (name: string) => `Created ${name} from the previous year.`,
  created: (name: string) => `Created ${name}.`,
  renamed: (name: string) => `Renamed to ${name}.`,
  lastEdited: 'Last edited',
  completion: 'Completion',
  completionValue: (reported: number, expected: number) => `${reported} / ${expected} data points`,
  cityRequired: 'Enter the city name.',
  yearInvalid: 'Enter a year between 1900 and 2200.',
  fictionalBadge: 'Fictional',
  assessmentLabel: (city: string, year: number) => `${city} ${year}`,

  // Workbench toolbar
  backToLibrary: 'All assessments',
  toolbar: 'Grid tools',
  decimalMark: 'Decimal mark',
  decimalPoint: 'Point (1,234.5)',
  decimalComma: 'Comma (1 234,5)',
  undoEdit: 'Undo',
  redoEdit: 'Redo',
  undoShortcut: 'Undo (Ctrl+Z)',
  redoShortcut: 'Redo (Ctrl+Y)',
  filters: 'Show',
  filterCore: 'Core KPIs only',
  gridFind: 'Find',
  gridFindHint: 'A code (EC: ICT: 1C) or words of a KPI name; the grid shows only the rows that match, and pasting or filling writes only into them.',
  gridFindCount: (shown: number, total: number) => `${shown} of ${total} data points match`,
  filterNotReported: 'Not yet reported',
  filterErrors: 'Errors',
  filterWarnings: 'Warnings',
  filterReminders: 'To enter',
  filterCount: (label: string, n: number | null) => (n === null ? label : `${label} (${n})`),
  filterHints: {
    error: 'Rows with a refused value: it is kept as typed but not scored until corrected.',
    warning: 'Rows scored, but with a value the Verification Manual checks call implausible.',
    reminder: 'Rows with an input still to be entered (rows marked not reported or not applicable ask for nothing).',
  },
  flagKindLabel: { error: 'Error', warning: 'Warning', reminder: 'To enter' },
  columnSets: 'Columns',
  columnSetLabel: { work: 'Inputs and results', provenance: 'Provenance', review: 'Review', all: 'All' },
  columnSetHint: {
    work: 'Inputs with their value, target, achievement, points and band',
    provenance: 'Status, data quality, source, year and note of each value, beside its points',
    review: 'The review state of each value (draft, submitted, queried, answered, verified, not verifiable), beside its value, points and source',
    all: 'Every column (scroll sideways)',
  },
  previous: 'Previous',
  next: 'Next',
  position: (i: number, n: number) => `${i} of ${n}`,
  dataPoint: 'Data point',
  expandAll: 'Expand all',
  moreTools: 'Tools and filters',
  collapseAll: 'Collapse all',
  exportJson: 'Export JSON',
  exportNow: 'Export now',
  gridLabel: 'KPI data grid',
  cellEditor: 'Cell value',
  cellEditorAt: (column: string, row: string) => `${column}: ${row}`,
  gridHelp: 'Arrow keys move, Enter or typing edits, Enter commits. On a group row, Enter or Space collapses or expands it. Ctrl+Z undoes, Ctrl+Y redoes.',
  pasteTooManyRows: (lines: number, available: number) =>
    `Nothing was pasted: the block has ${lines} rows, but only ${available} data point ${available === 1 ? 'row is' : 'rows are'} shown from the selected row down. Select a higher row, show the hidden rows, or paste a shorter block.`,
  pasteTooWide: (width: number, available: number) =>
    `Nothing was pasted: the block has ${width} columns, but only ${available} ${available === 1 ? 'column is' : 'columns are'} left from the selected cell to the right.`,
  pasteReport: (rows: number, groups: number, hidden: number, readOnly: number) =>
    [
      groups + hidden > 0
        ? `Pasted ${rows} ${rows === 1 ? 'line' : 'lines'} into data point rows only, skipping ${[
            groups > 0 ? `${groups} group ${groups === 1 ? 'row' : 'rows'} (headings)` : '',
            hidden > 0 ? `${hidden} hidden ${hidden === 1 ? 'row' : 'rows'}` : '',
          ]
            .filter(Boolean)
            .join(' and ')}.`
        : '',
      readOnly > 0
        ? `${readOnly} pasted ${readOnly === 1 ? 'value falls' : 'values fall'} on cells that cannot be edited (computed, from the city profile, or not used by that KPI) and ${readOnly === 1 ? 'was' : 'were'} not pasted.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  hiddenRowsLeft: (rows: number, cells: number) =>
    `Changed the rows shown only: ${cells} ${cells === 1 ? 'cell' : 'cells'} in ${rows} hidden ${rows === 1 ? 'row was' : 'rows were'} left as ${cells === 1 ? 'it was' : 'they were'}.`,
  rereadReport: (n: number) =>
    `${n} ${n === 1 ? 'value kept as text now reads' : 'values kept as text now read'} as ${n === 1 ? 'a number' : 'numbers'} with the new decimal mark.`,
  fictionalNotice: 'Fictional demonstration data: Demoville does not exist and its values are invented.',

  // Save status
  saveSaved: 'All changes saved in this browser.',
  savePending: 'Unsaved changes…',
  saveSaving: 'Saving…',
  saveError: (msg: string) => `Could not save: ${msg}`,
  quotaError: 'The browser has no storage space left for this site. Your latest edits are kept in this tab only: export the assessment now.',
  externalUpdate: 'This assessment was changed in another tab; its changes were merged in.',
  clashList: (items: string[]) =>
    `Both this tab and another tab changed the same ${items.length === 1 ? 'cell' : 'cells'}: ${items.join('; ')}. The value typed here was kept.`,
  clashItem: (what: string, theirs: string) => `${what} (the other tab had "${theirs}")`,
  deletedElsewhere: 'This assessment was deleted in another tab. Export it now to keep your work.',
  notFound: 'This assessment is not stored in this browser.',
  engineFailed: 'The scoring engine did not answer, so the scores on screen may be out of date. Your edits are saved; reload the page to score again.',

  // Columns
  columns: {
    code: 'Code',
    name: 'KPI / data point',
    numerator: 'Numerator',
    denominator: 'Denominator',
    value: 'Reported value',
    unit: 'Unit',
    computed: 'Value',
    target: 'Target',
    achievement: 'Achievement',
    band: 'Points · band',
    status: 'Status',
    quality: 'Data quality',
    source: 'Source',
    year: 'Year',
    note: 'Note',
    review: 'Review',
  },
  fromProfile: (label: string) => `From the city profile: ${label}`,
  notUsed: 'Not used by this KPI',
  readOnlyComputed: 'Computed; read-only',
  yes: 'yes',
  no: 'no',
  noBenchmark: 'none',
  targetOverridden: 'Target set for this assessment (clear the cell to return to the reference target).',
  targetRemoved: 'Benchmark removed for this assessment: reported, not scored (clear the cell to restore it).',
  targetNotValid: (text: string) =>
    `"${text}" is not a target: enter a number of 0 or more, "none" for no benchmark, or leave it blank for the reference target.`,
  targetOverride: 'set for this assessment',
  yearNotValid: (text: string) => `"${text}" is not a year between 1900 and 2200.`,
  statusNotValid: (text: string) => `"${text}" is not a status; choose reported, not reported or not applicable.`,
  qualityNotValid: (text: string) => `"${text}" is not one of the six data-quality grades.`,
  core: 'core',
  advanced: 'advanced',
  collapsed: 'collapsed',
  expanded: 'expanded',

  statusLabels: {
    reported: 'reported',
    'not-reported': 'not reported',
    'not-applicable': 'not applicable',
  } satisfies Record<Status, string>,
  qualityLabels: {
    accurate: 'accurate measurement',
    survey: 'extrapolated from an inhabitant survey',
    'higher-level': 'extrapolated from higher-level data',
    assumption: 'estimate based on assumptions',
    personal: 'personal estimate',
    unknown: 'unknown',
  } satisfies Record<Quality, string>,
  itemState: {
    scored: 'scored',
    unbenchmarked: 'reported, no benchmark',
    'not-reported': 'not reported',
    'not-applicable': 'not applicable',
    invalid: 'rejected input',
  },

  // Profile
  profileTitle: 'City profile',
  profileHelp: 'Entered once; every KPI that divides by these uses them.',

  // Summary
  summaryTitle: 'Scores',
  method: 'Scoring method',
  methodPoints: 'U4SSC points',
  methodContinuous: 'Continuous (capped achievement)',
  overall: 'Overall',
  level: 'Level',
  percent: 'Score',
  band: 'Band',
  coverage: 'Reported / benchmarked / expected',
  coverageShort: 'Rep. / bench. / exp.',
  coverageValue: (r: number, b: number, e: number) => `${r} / ${b} / ${e}`,
  notScored: 'not scored',
  bandText: (band: number, label: string) => `band ${band} · ${label}`,
  pointsBand: (points: number, label: string) => `${points} · ${label}`,
  percentText: (p: string) => `${p} %`,
  scoresPending: 'Scoring…',
  // Coverage of a headline score (src/engine/coverage.ts)
  basedOn: (scored: number, expected: number) => `based on ${scored} of ${expected} data points`,
  provisional: 'Provisional',
  provisionalShort: 'provisional',
  provisionalWhy: (scored: number, benchmarkable: number) =>
    `only ${scored} of the ${benchmarkable} data points with a benchmark are scored; a score is provisional until at least half of them are.`,
  provisionalRule: 'A score is marked provisional while fewer than half of the data points of its group that apply and have a benchmark are scored.',
  headlineOverall: 'Overall',

  // Explain
  explainTitle: 'Explain this number',
  explainEmpty: 'Select a data point row in the grid to see how its value, points and band come about.',
  explainFormula: 'Formula',
  explainInputs: 'Inputs',
  explainValue: 'Value',
  explainTarget: 'Target',
  explainAchievement: 'Achievement',
  explainPoints: 'Points',
  explainAggregates: 'Counts towards',
  explainFlags: 'Problems',
  explainDefinition: 'Definition',
  explainRationale: 'Rationale',
  explainSource: 'Source',
  explainOrigin: { reference: 'reference target (illustrative)', override: 'set for this assessment', own: "the city's own target", none: 'no benchmark' },
  explainNotes: 'Notes',
  explainSourceNotes: 'About the sources of this catalogue entry',
  explainSourceNotesHint: "A note on how this KPI's definition was researched for the catalogue; it says nothing about your data.",
  explainWorking: (numerator: string, denominator: string, multiplier: string | null, value: string) =>
    `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`} = ${value}`,
  explainFormulaRatio: (numerator: string, denominator: string, multiplier: string | null) =>
    `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`}`,
  explainFormulaKind: { direct: 'reported directly', yesno: 'reported as yes or no' },
  explainFromProfile: (label: string) => `${label} (city profile)`,
  explainReported: 'Reported value',
  explainReportedWins: 'Reported value (wins over the inputs)',
  explainTargetOverride: 'Target set for this assessment.',
  explainTargetRemoved: 'Benchmark removed for this assessment.',
  explainTargetNoEntry: 'The target set has no entry for this data point: it is reported but not scored.',
  explainTargetThisAssessment: 'this assessment',
  explainPointsRule: 'below 33 % of target → 1 point; 33–66 % → 2; 66–95 % → 3; 95 % or more → 4',
  /** Each achievement rule of the engine (src/engine/achievement.ts), worded; the record must name every rule. */
  explainRule: {
    yesno: 'yes/no: yes = 100 %, no = 0 %',
    higher: 'higher is better: value ÷ target',
    'higher-target-zero': 'higher is better, target 0: any value meets it',
    lower: 'lower is better: target ÷ value',
    'lower-at-most-zero': 'lower is better: a value of 0 or less counts as fully achieved',
    'lower-target-zero': 'lower is better, target 0: any value above 0 achieves 0 %',
    band: 'target band: the smaller of value ÷ target and target ÷ value',
    'band-at-most-zero': 'target band: a value of 0 or less achieves 0 %',
  } satisfies Record<AchievementRule, string>,
  explainNotScored: (state: string) => `not scored: ${state}`,
  explainNotScoredInvalid: 'not scored: the input is rejected (see Problems below)',
  quoted: (text: string) => `"${text}"`,
  explainState: 'State',
  explainAggHow: 'How it is pooled',
  explainAggPooled: (points: number, max: number, scored: number, percent: string) =>
    `${points} of ${max} points (4 × ${scored} data points scored) = ${percent}`,
  explainAggContinuous: (sum: string, scored: number, percent: string) => `achievements capped at 100 %: ${sum} ÷ ${scored} data points scored = ${percent}`,
  explainAggNone: 'No data point of this group is scored.',
  explainAggRulePoints: 'pooled points ÷ (4 × data points reported and benchmarked) × 100, then banded like a data point',
  explainAggRuleContinuous: 'the mean of the scored data points’ achievements, each capped at 100 %',
  explainAggCounted: (n: number) => `Data points that count (${n})`,
  explainAggLeftOut: (n: number) => `Left out (${n})`,
  explainAggParts: 'Made of',
  explainAggSelect: (name: string) => `Explain ${name}`,
  illustrativeTargets: 'Reference targets are illustrative, not the official U4SSC benchmarks.',

  // First steps (src/ui/FirstSteps.tsx)
  stepsTitle: 'Your progress',
  stepsCount: (done: number, total: number) => `${done} of ${total} steps done`,
  stepName: { profile: '1. City profile', data: '2. Data', review: '3. Review', report: '4. Report' },
  stepState: { done: 'done', current: 'next step', todo: 'to do' },
  stepProfileDetail: (filled: number, total: number) =>
    filled === total
      ? `All ${total} profile figures entered.`
      : `${filled} of ${total} figures entered. Population, households, GDP and the rest are entered once; every KPI that divides by them uses them.`,
  stepDataDetail: (done: number, expected: number, provisional: boolean) =>
    `${done} of ${expected} data points have a valid value.${provisional ? ' Scores stay provisional until at least half of the benchmarked data points are in.' : ''}`,
  stepReviewDetail: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? 'No rejected values and nothing to check.'
      : `${errors === 1 ? '1 rejected value' : `${errors} rejected values`} to fix, ${warnings === 1 ? '1 value' : `${warnings} values`} to check (warnings).`,
  stepReportDetail: 'See the wheel and the city report, print it or share it.',
  stepProfileAction: 'Fill the city profile',
  stepGridAction: 'Go to the grid',
  stepReportAction: 'Open the city report',

  // Grid legend (src/ui/GridLegend.tsx)
  legendTitle: 'What the cell markings mean',
  legendSample: 'Sample',
  legendItems: {
    advanced: ['EC: ICT: T: 3A', 'Italic code: an advanced KPI (core KPIs are upright).'],
    profile: ['250 000', 'Grey italic on blue: taken from the city profile; change it there, once for every KPI.'],
    unused: ['', 'Hatched: an input this KPI does not use.'],
    computed: ['45.5', 'Grey: computed by the workbench; read-only.'],
    override: ['80', 'Bold, dotted underline: a target set for this assessment instead of the reference target.'],
    error: [
      'abc',
      'Red outline, pink: error. The value is refused (not a number, impossible, a division by zero); it is kept as typed and never scored. Point at the cell or select the row to read why.',
    ],
    warning: ['140', 'Amber outline: warning. The value is scored but looks implausible by the U4SSC Verification Manual; check it.'],
    reminder: [
      '',
      'Dotted outline: reminder. An input that is still empty, for example a numerator once the city profile gives its denominator. Not an error; rows marked not reported or not applicable never ask for inputs.',
    ],
    review: [
      'EN: EN: AQ: 1C',
      'Code marked Δ on a violet stripe: the data point\'s definition changed in a catalogue update since this assessment was made. Its value is kept; read what changed in "Explain this number" and mark it as read.',
    ],
  } as Record<string, readonly [string, string]>,
  legendBands: 'Points · band: the colour and the written band say how close a value is to its target (the wheel and charts add a pattern per band):',
  legendBand: (points: number, label: string) => `${points} point${points === 1 ? '' : 's'} · ${label} of target`,
  none: '—',
} as const;
