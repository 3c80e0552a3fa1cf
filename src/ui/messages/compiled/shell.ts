// Compiled from src/ui/messages/en/shell.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, pl, sel, type Args, type Arg } from '../runtime';

/** The messages of the namespace `shell`, with the argument types of their English text. */
export interface ShellMessages {
  readonly "appName": string;
  readonly "appTagline": string;
  readonly "skipToMain": string;
  readonly "language": string;
  readonly "views": string;
  "viewLabel"(v: string | number): string;
  readonly "backUpAll": string;
  readonly "backUpHint": string;
  "backedUp"(n: number): string;
  "imported"(n: number): string;
  readonly "compareTitle": string;
  readonly "compareHint": string;
  readonly "loadingView": string;
  readonly "viewLoadFailed": string;
  readonly "compareWith": string;
  readonly "compareNone": string;
  readonly "privacyStatement": string;
  "storageState"(state: string | number | null): string;
  readonly "memoryMode": string;
  readonly "newerAppOpened": string;
  "storageFailed"(message: string | number): string;
  readonly "updateReady": string;
  readonly "updateReload": string;
  readonly "updateLater": string;
  readonly "offlineReady": string;
  readonly "libraryTitle": string;
  readonly "libraryEmpty": string;
  readonly "libraryLoading": string;
  readonly "librarySearch": string;
  "libraryShown"(shown: string | number, total: string | number): string;
  readonly "libraryNoMatch": string;
  readonly "newAssessment": string;
  readonly "city": string;
  readonly "country": string;
  readonly "year": string;
  readonly "create": string;
  readonly "demoCity": string;
  readonly "demoCityHint": string;
  "demoOpened"(name: string | number): string;
  readonly "resetDemo": string;
  "confirmDemoReset"(name: string | number): string;
  "demoReset"(name: string | number): string;
  readonly "open": string;
  readonly "rename": string;
  readonly "save": string;
  readonly "cancel": string;
  readonly "duplicateNextYear": string;
  readonly "delete": string;
  "confirmDelete"(name: string | number): string;
  "deleted"(name: string | number): string;
  readonly "undo": string;
  "restored"(name: string | number): string;
  "duplicated"(name: string | number): string;
  "created"(name: string | number): string;
  "renamed"(name: string | number): string;
  readonly "lastEdited": string;
  readonly "completion": string;
  "completionValue"(reported: string | number, expected: string | number): string;
  readonly "cityRequired": string;
  readonly "yearInvalid": string;
  readonly "fictionalBadge": string;
  "assessmentLabel"(city: string | number, year: string | number): string;
  readonly "backToLibrary": string;
  readonly "toolbar": string;
  readonly "decimalMark": string;
  readonly "decimalPoint": string;
  readonly "decimalComma": string;
  readonly "undoEdit": string;
  readonly "redoEdit": string;
  readonly "undoShortcut": string;
  readonly "redoShortcut": string;
  readonly "filters": string;
  readonly "filterCore": string;
  readonly "gridFind": string;
  readonly "gridFindHint": string;
  "gridFindCount"(shown: string | number, total: string | number): string;
  readonly "filterNotReported": string;
  readonly "filterErrors": string;
  readonly "filterWarnings": string;
  readonly "filterReminders": string;
  "filterCount"(label: string | number, n: string | number | null): string;
  readonly "filterHints": {
    readonly "error": string;
    readonly "warning": string;
    readonly "reminder": string;
  };
  readonly "flagKindLabel": {
    readonly "error": string;
    readonly "warning": string;
    readonly "reminder": string;
  };
  readonly "columnSets": string;
  readonly "columnSetLabel": {
    readonly "work": string;
    readonly "provenance": string;
    readonly "review": string;
    readonly "all": string;
  };
  readonly "columnSetHint": {
    readonly "work": string;
    readonly "provenance": string;
    readonly "review": string;
    readonly "all": string;
  };
  readonly "previous": string;
  readonly "next": string;
  "position"(i: string | number, n: string | number): string;
  readonly "dataPoint": string;
  readonly "expandAll": string;
  readonly "moreTools": string;
  readonly "collapseAll": string;
  readonly "exportJson": string;
  readonly "exportNow": string;
  readonly "gridLabel": string;
  readonly "cellEditor": string;
  "cellEditorAt"(column: string | number, row: string | number): string;
  readonly "gridHelp": string;
  "pasteTooManyRows"(lines: string | number, available: number): string;
  "pasteTooWide"(width: string | number, available: number): string;
  readonly "pasteReport": {
    "skipped"(a: { rows: number; groups: number; hidden: number }): string;
    "readOnly"(a: { readOnly: number }): string;
    "both"(a: { skipped: string | number; readOnly: string | number }): string;
  };
  "hiddenRowsLeft"(rows: number, cells: number): string;
  "rereadReport"(n: number): string;
  readonly "fictionalNotice": string;
  readonly "saveSaved": string;
  readonly "savePending": string;
  readonly "saveSaving": string;
  "saveError"(msg: string | number): string;
  readonly "quotaError": string;
  readonly "externalUpdate": string;
  "clashList"(a: { count: number; items: string | number }): string;
  readonly "clashSeparator": string;
  "clashItem"(what: string | number, theirs: string | number): string;
  readonly "deletedElsewhere": string;
  readonly "notFound": string;
  readonly "engineFailed": string;
  readonly "columns": {
    readonly "code": string;
    readonly "name": string;
    readonly "numerator": string;
    readonly "denominator": string;
    readonly "value": string;
    readonly "unit": string;
    readonly "computed": string;
    readonly "target": string;
    readonly "achievement": string;
    readonly "band": string;
    readonly "status": string;
    readonly "quality": string;
    readonly "source": string;
    readonly "year": string;
    readonly "note": string;
    readonly "review": string;
  };
  "fromProfile"(label: string | number): string;
  readonly "notUsed": string;
  readonly "readOnlyComputed": string;
  readonly "yes": string;
  readonly "no": string;
  readonly "noBenchmark": string;
  readonly "targetOverridden": string;
  readonly "targetRemoved": string;
  "targetNotValid"(text: string | number): string;
  readonly "targetOverride": string;
  "yearNotValid"(text: string | number): string;
  "statusNotValid"(text: string | number): string;
  "qualityNotValid"(text: string | number): string;
  readonly "core": string;
  readonly "advanced": string;
  readonly "collapsed": string;
  readonly "expanded": string;
  readonly "statusLabels": {
    readonly "reported": string;
    readonly "not-reported": string;
    readonly "not-applicable": string;
  };
  readonly "qualityLabels": {
    readonly "accurate": string;
    readonly "survey": string;
    readonly "higher-level": string;
    readonly "assumption": string;
    readonly "personal": string;
    readonly "unknown": string;
  };
  readonly "itemState": {
    readonly "scored": string;
    readonly "unbenchmarked": string;
    readonly "not-reported": string;
    readonly "not-applicable": string;
    readonly "invalid": string;
  };
  readonly "profileTitle": string;
  readonly "profileHelp": string;
  readonly "summaryTitle": string;
  readonly "method": string;
  readonly "methodPoints": string;
  readonly "methodContinuous": string;
  readonly "overall": string;
  readonly "level": string;
  readonly "percent": string;
  readonly "band": string;
  readonly "coverage": string;
  readonly "coverageShort": string;
  "coverageValue"(r: string | number, b: string | number, e: string | number): string;
  readonly "notScored": string;
  "bandText"(band: string | number, label: string | number): string;
  "pointsBand"(points: string | number, label: string | number): string;
  "percentText"(p: string | number): string;
  readonly "scoresPending": string;
  "basedOn"(scored: string | number, expected: string | number): string;
  readonly "provisional": string;
  readonly "provisionalShort": string;
  "provisionalWhy"(scored: string | number, benchmarkable: string | number): string;
  readonly "provisionalRule": string;
  readonly "headlineOverall": string;
  readonly "explainTitle": string;
  readonly "explainEmpty": string;
  readonly "explainFormula": string;
  readonly "explainInputs": string;
  readonly "explainValue": string;
  readonly "explainTarget": string;
  readonly "explainAchievement": string;
  readonly "explainPoints": string;
  readonly "explainAggregates": string;
  readonly "explainFlags": string;
  readonly "explainDefinition": string;
  readonly "explainRationale": string;
  readonly "explainSource": string;
  readonly "explainOrigin": {
    readonly "reference": string;
    readonly "override": string;
    readonly "own": string;
    readonly "none": string;
  };
  readonly "explainNotes": string;
  readonly "explainSourceNotes": string;
  readonly "explainSourceNotesHint": string;
  "explainWorking"(numerator: string | number, denominator: string | number, multiplier: string | number | null, value: string | number): string;
  "explainFormulaRatio"(numerator: string | number, denominator: string | number, multiplier: string | number | null): string;
  readonly "explainFormulaKind": {
    readonly "direct": string;
    readonly "yesno": string;
  };
  "explainFromProfile"(label: string | number): string;
  readonly "explainReported": string;
  readonly "explainReportedWins": string;
  readonly "explainTargetOverride": string;
  readonly "explainTargetRemoved": string;
  readonly "explainTargetNoEntry": string;
  readonly "explainTargetThisAssessment": string;
  readonly "explainPointsRule": string;
  readonly "explainRule": {
    readonly "yesno": string;
    readonly "higher": string;
    readonly "higher-target-zero": string;
    readonly "lower": string;
    readonly "lower-at-most-zero": string;
    readonly "lower-target-zero": string;
    readonly "band": string;
    readonly "band-at-most-zero": string;
  };
  "explainNotScored"(state: string | number): string;
  readonly "explainNotScoredInvalid": string;
  "quoted"(text: string | number): string;
  readonly "explainState": string;
  readonly "explainAggHow": string;
  "explainAggPooled"(points: string | number, max: string | number, scored: string | number, percent: string | number): string;
  "explainAggContinuous"(sum: string | number, scored: string | number, percent: string | number): string;
  readonly "explainAggNone": string;
  readonly "explainAggRulePoints": string;
  readonly "explainAggRuleContinuous": string;
  "explainAggCounted"(n: string | number): string;
  "explainAggLeftOut"(n: string | number): string;
  readonly "explainAggParts": string;
  "explainAggSelect"(name: string | number): string;
  readonly "illustrativeTargets": string;
  readonly "stepsTitle": string;
  "stepsCount"(done: string | number, total: string | number): string;
  readonly "stepName": {
    readonly "profile": string;
    readonly "data": string;
    readonly "review": string;
    readonly "report": string;
  };
  readonly "stepState": {
    readonly "done": string;
    readonly "current": string;
    readonly "todo": string;
  };
  readonly "stepProfileDetail": {
    "all"(a: { total: string | number }): string;
    "some"(a: { filled: string | number; total: string | number }): string;
  };
  "stepDataDetail"(done: string | number, expected: string | number, provisional: boolean): string;
  readonly "stepReviewDetail": {
    readonly "none": string;
    "some"(a: { errors: number; warnings: number }): string;
  };
  readonly "stepReportDetail": string;
  readonly "stepProfileAction": string;
  readonly "stepGridAction": string;
  readonly "stepReportAction": string;
  readonly "legendTitle": string;
  readonly "legendSample": string;
  readonly "legendItems": {
    readonly "advanced": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "profile": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "unused": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "computed": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "override": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "error": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "warning": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "reminder": {
      readonly "sample": string;
      readonly "text": string;
    };
    readonly "review": {
      readonly "sample": string;
      readonly "text": string;
    };
  };
  readonly "legendBands": string;
  "legendBand"(points: number, label: string | number): string;
  readonly "none": string;
}

export const shell = register<ShellMessages>("shell", {
  appName: "SSC Workbench",
  appTagline: "Evaluate a city with the U4SSC Key Performance Indicators, privately in your browser.",
  skipToMain: "Skip to main content",
  language: "Language",
  views: "Views",
  viewLabel: (v: Arg) => sel(v, { "grid": `Grid`, "review": `Review`, "results": `Wheel and charts`, "report": `City report`, "share": `Share, export, compare`, "workshop": `Workshop`, "compare": `Compare years and cities`, "other": `${v}` }),
  backUpAll: "Back up all",
  backUpHint: "One file with every assessment in this browser; import it here or in another browser.",
  backedUp: (n: Arg) => `Saved a backup of ${n} assessment${pl('en', n, false, { "=1": ``, "other": `s` })}.`,
  imported: (n: Arg) => pl('en', n, false, { "=1": `Imported 1 assessment.`, "other": `Imported ${n} assessments.` }),
  compareTitle: "Compare and merge",
  compareHint: "Pick another version of this assessment (evaluator A and B, or last year) to see every difference and merge chosen values into a new assessment.",
  loadingView: "Loading…",
  viewLoadFailed: "This part of the app could not be loaded (offline before it was saved for offline use, or the server no longer has it). Nothing is lost: your assessments stay in this browser. Go back, reconnect, and open the assessment again.",
  compareWith: "Compare with",
  compareNone: "nothing",
  privacyStatement: "Your assessments stay in this browser on this device (IndexedDB); the interface language you choose is kept there too (localStorage). Nothing is sent anywhere: the app makes no request to any other site. To delete your data, delete the assessments here or clear this site's data in the browser settings.",
  storageState: (state: Arg) => sel(state, { "persisted": `Storage: persistent (the browser will not clear it to free space).`, "best-effort": `Storage: the browser may clear it if the disk runs low; export a backup from time to time.`, "memory": `Storage: this tab only.`, "unsupported": `Storage: this browser does not say whether it keeps the data; export a backup from time to time.`, "null": ``, "other": `` }),
  memoryMode: "This browser does not let the workbench store data (private mode or storage disabled). You can work, but everything is lost when this tab closes: export your assessment before leaving.",
  newerAppOpened: "A newer version of the workbench was opened in another tab. Reload this tab to keep working; nothing was overwritten.",
  storageFailed: (message: Arg) => `The workbench cannot open its storage: ${message}`,
  updateReady: "A new version of the workbench is available. Your work is saved; reload to use it.",
  updateReload: "Reload now",
  updateLater: "Later",
  offlineReady: "The workbench now works offline in this browser.",
  libraryTitle: "Assessments",
  libraryEmpty: "No assessments yet. Create one, or open the fictional demo city.",
  libraryLoading: "Loading assessments…",
  librarySearch: "Search assessments",
  libraryShown: (shown: Arg, total: Arg) => `Shown: ${shown} of ${total}`,
  libraryNoMatch: "No assessment matches the search.",
  newAssessment: "New assessment",
  city: "City",
  country: "Country",
  year: "Year",
  create: "Create",
  demoCity: "Demo city (fictional)",
  demoCityHint: "Opens \"Demoville (fictional)\", creating it the first time: invented values for training, not a real city.",
  demoOpened: (name: Arg) => `Opened the existing ${name}. "Reset demo" in the list restores its shipped values.`,
  resetDemo: "Reset demo",
  confirmDemoReset: (name: Arg) => `Put the shipped demo values back into ${name}? Your changes to it are replaced; you can undo this for a short while.`,
  demoReset: (name: Arg) => `${name} has its shipped demo values again.`,
  open: "Open",
  rename: "Rename",
  save: "Save",
  cancel: "Cancel",
  duplicateNextYear: "Duplicate as next year",
  delete: "Delete",
  confirmDelete: (name: Arg) => `Delete the assessment ${name}? You can undo this for a short while.`,
  deleted: (name: Arg) => `Deleted ${name}.`,
  undo: "Undo",
  restored: (name: Arg) => `Restored ${name}.`,
  duplicated: (name: Arg) => `Created ${name} from the previous year.`,
  created: (name: Arg) => `Created ${name}.`,
  renamed: (name: Arg) => `Renamed to ${name}.`,
  lastEdited: "Last edited",
  completion: "Completion",
  completionValue: (reported: Arg, expected: Arg) => `${reported} / ${expected} data points`,
  cityRequired: "Enter the city name.",
  yearInvalid: "Enter a year between 1900 and 2200.",
  fictionalBadge: "Fictional",
  assessmentLabel: (city: Arg, year: Arg) => `${city} ${year}`,
  backToLibrary: "All assessments",
  toolbar: "Grid tools",
  decimalMark: "Decimal mark",
  decimalPoint: "Point (1,234.5)",
  decimalComma: "Comma (1 234,5)",
  undoEdit: "Undo",
  redoEdit: "Redo",
  undoShortcut: "Undo (Ctrl+Z)",
  redoShortcut: "Redo (Ctrl+Y)",
  filters: "Show",
  filterCore: "Core KPIs only",
  gridFind: "Find",
  gridFindHint: "A code (EC: ICT: 1C) or words of a KPI name; the grid shows only the rows that match, and pasting or filling writes only into them.",
  gridFindCount: (shown: Arg, total: Arg) => `${shown} of ${total} data points match`,
  filterNotReported: "Not yet reported",
  filterErrors: "Errors",
  filterWarnings: "Warnings",
  filterReminders: "To enter",
  filterCount: (label: Arg, n: Arg) => sel(n, { "null": `${label}`, "other": `${label} (${n})` }),
  filterHints: {
    error: "Rows with a refused value: it is kept as typed but not scored until corrected.",
    warning: "Rows scored, but with a value the Verification Manual checks call implausible.",
    reminder: "Rows with an input still to be entered (rows marked not reported or not applicable ask for nothing).",
  },
  flagKindLabel: {
    error: "Error",
    warning: "Warning",
    reminder: "To enter",
  },
  columnSets: "Columns",
  columnSetLabel: {
    work: "Inputs and results",
    provenance: "Provenance",
    review: "Review",
    all: "All",
  },
  columnSetHint: {
    work: "Inputs with their value, target, achievement, points and band",
    provenance: "Status, data quality, source, year and note of each value, beside its points",
    review: "The review state of each value (draft, submitted, queried, answered, verified, not verifiable), beside its value, points and source",
    all: "Every column (scroll sideways)",
  },
  previous: "Previous",
  next: "Next",
  position: (i: Arg, n: Arg) => `${i} of ${n}`,
  dataPoint: "Data point",
  expandAll: "Expand all",
  moreTools: "Tools and filters",
  collapseAll: "Collapse all",
  exportJson: "Export JSON",
  exportNow: "Export now",
  gridLabel: "KPI data grid",
  cellEditor: "Cell value",
  cellEditorAt: (column: Arg, row: Arg) => `${column}: ${row}`,
  gridHelp: "Arrow keys move, Enter or typing edits, Enter commits. On a group row, Enter or Space collapses or expands it. Ctrl+Z undoes, Ctrl+Y redoes.",
  pasteTooManyRows: (lines: Arg, available: Arg) => `Nothing was pasted: the block has ${lines} rows, but only ${available} data point ${pl('en', available, false, { "=1": `row is`, "other": `rows are` })} shown from the selected row down. Select a higher row, show the hidden rows, or paste a shorter block.`,
  pasteTooWide: (width: Arg, available: Arg) => `Nothing was pasted: the block has ${width} columns, but only ${available} ${pl('en', available, false, { "=1": `column is`, "other": `columns are` })} left from the selected cell to the right.`,
  pasteReport: {
    skipped: (a: Args) => `Pasted ${a.rows} ${pl('en', a.rows, false, { "=1": `line`, "other": `lines` })} into data point rows only, skipping ${pl('en', a.groups, false, { "=0": ``, "other": `${a.groups} group ${pl('en', a.groups, false, { "=1": `row`, "other": `rows` })} (headings)${pl('en', a.hidden, false, { "=0": ``, "other": ` and ` })}` })}${pl('en', a.hidden, false, { "=0": ``, "other": `${a.hidden} hidden ${pl('en', a.hidden, false, { "=1": `row`, "other": `rows` })}` })}.`,
    readOnly: (a: Args) => `${a.readOnly} pasted ${pl('en', a.readOnly, false, { "=1": `value falls`, "other": `values fall` })} on cells that cannot be edited (computed, from the city profile, or not used by that KPI) and ${pl('en', a.readOnly, false, { "=1": `was`, "other": `were` })} not pasted.`,
    both: (a: Args) => `${a.skipped} ${a.readOnly}`,
  },
  hiddenRowsLeft: (rows: Arg, cells: Arg) => `Changed the rows shown only: ${cells} ${pl('en', cells, false, { "=1": `cell`, "other": `cells` })} in ${rows} hidden ${pl('en', rows, false, { "=1": `row was`, "other": `rows were` })} left as ${pl('en', cells, false, { "=1": `it was`, "other": `they were` })}.`,
  rereadReport: (n: Arg) => `${n} ${pl('en', n, false, { "=1": `value kept as text now reads`, "other": `values kept as text now read` })} as ${pl('en', n, false, { "=1": `a number`, "other": `numbers` })} with the new decimal mark.`,
  fictionalNotice: "Fictional demonstration data: Demoville does not exist and its values are invented.",
  saveSaved: "All changes saved in this browser.",
  savePending: "Unsaved changes…",
  saveSaving: "Saving…",
  saveError: (msg: Arg) => `Could not save: ${msg}`,
  quotaError: "The browser has no storage space left for this site. Your latest edits are kept in this tab only: export the assessment now.",
  externalUpdate: "This assessment was changed in another tab; its changes were merged in.",
  clashList: (a: Args) => `Both this tab and another tab changed the same ${pl('en', a.count, false, { "=1": `cell`, "other": `cells` })}: ${a.items}. The value typed here was kept.`,
  clashSeparator: "; ",
  clashItem: (what: Arg, theirs: Arg) => `${what} (the other tab had "${theirs}")`,
  deletedElsewhere: "This assessment was deleted in another tab. Export it now to keep your work.",
  notFound: "This assessment is not stored in this browser.",
  engineFailed: "The scoring engine did not answer, so the scores on screen may be out of date. Your edits are saved; reload the page to score again.",
  columns: {
    code: "Code",
    name: "KPI / data point",
    numerator: "Numerator",
    denominator: "Denominator",
    value: "Reported value",
    unit: "Unit",
    computed: "Value",
    target: "Target",
    achievement: "Achievement",
    band: "Points · band",
    status: "Status",
    quality: "Data quality",
    source: "Source",
    year: "Year",
    note: "Note",
    review: "Review",
  },
  fromProfile: (label: Arg) => `From the city profile: ${label}`,
  notUsed: "Not used by this KPI",
  readOnlyComputed: "Computed; read-only",
  yes: "yes",
  no: "no",
  noBenchmark: "none",
  targetOverridden: "Target set for this assessment (clear the cell to return to the reference target).",
  targetRemoved: "Benchmark removed for this assessment: reported, not scored (clear the cell to restore it).",
  targetNotValid: (text: Arg) => `"${text}" is not a target: enter a number of 0 or more, "none" for no benchmark, or leave it blank for the reference target.`,
  targetOverride: "set for this assessment",
  yearNotValid: (text: Arg) => `"${text}" is not a year between 1900 and 2200.`,
  statusNotValid: (text: Arg) => `"${text}" is not a status; choose reported, not reported or not applicable.`,
  qualityNotValid: (text: Arg) => `"${text}" is not one of the six data-quality grades.`,
  core: "core",
  advanced: "advanced",
  collapsed: "collapsed",
  expanded: "expanded",
  statusLabels: {
    reported: "reported",
    "not-reported": "not reported",
    "not-applicable": "not applicable",
  },
  qualityLabels: {
    accurate: "accurate measurement",
    survey: "extrapolated from an inhabitant survey",
    "higher-level": "extrapolated from higher-level data",
    assumption: "estimate based on assumptions",
    personal: "personal estimate",
    unknown: "unknown",
  },
  itemState: {
    scored: "scored",
    unbenchmarked: "reported, no benchmark",
    "not-reported": "not reported",
    "not-applicable": "not applicable",
    invalid: "rejected input",
  },
  profileTitle: "City profile",
  profileHelp: "Entered once; every KPI that divides by these uses them.",
  summaryTitle: "Scores",
  method: "Scoring method",
  methodPoints: "U4SSC points",
  methodContinuous: "Continuous (capped achievement)",
  overall: "Overall",
  level: "Level",
  percent: "Score",
  band: "Band",
  coverage: "Reported / benchmarked / expected",
  coverageShort: "Rep. / bench. / exp.",
  coverageValue: (r: Arg, b: Arg, e: Arg) => `${r} / ${b} / ${e}`,
  notScored: "not scored",
  bandText: (band: Arg, label: Arg) => `band ${band} · ${label}`,
  pointsBand: (points: Arg, label: Arg) => `${points} · ${label}`,
  percentText: (p: Arg) => `${p} %`,
  scoresPending: "Scoring…",
  basedOn: (scored: Arg, expected: Arg) => `based on ${scored} of ${expected} data points`,
  provisional: "Provisional",
  provisionalShort: "provisional",
  provisionalWhy: (scored: Arg, benchmarkable: Arg) => `only ${scored} of the ${benchmarkable} data points with a benchmark are scored; a score is provisional until at least half of them are.`,
  provisionalRule: "A score is marked provisional while fewer than half of the data points of its group that apply and have a benchmark are scored.",
  headlineOverall: "Overall",
  explainTitle: "Explain this number",
  explainEmpty: "Select a data point row in the grid to see how its value, points and band come about.",
  explainFormula: "Formula",
  explainInputs: "Inputs",
  explainValue: "Value",
  explainTarget: "Target",
  explainAchievement: "Achievement",
  explainPoints: "Points",
  explainAggregates: "Counts towards",
  explainFlags: "Problems",
  explainDefinition: "Definition",
  explainRationale: "Rationale",
  explainSource: "Source",
  explainOrigin: {
    reference: "reference target (illustrative)",
    override: "set for this assessment",
    own: "the city's own target",
    none: "no benchmark",
  },
  explainNotes: "Notes",
  explainSourceNotes: "About the sources of this catalogue entry",
  explainSourceNotesHint: "A note on how this KPI's definition was researched for the catalogue; it says nothing about your data.",
  explainWorking: (numerator: Arg, denominator: Arg, multiplier: Arg, value: Arg) => `${numerator} ÷ ${denominator}${sel(multiplier, { "null": ``, "other": ` × ${multiplier}` })} = ${value}`,
  explainFormulaRatio: (numerator: Arg, denominator: Arg, multiplier: Arg) => `${numerator} ÷ ${denominator}${sel(multiplier, { "null": ``, "other": ` × ${multiplier}` })}`,
  explainFormulaKind: {
    direct: "reported directly",
    yesno: "reported as yes or no",
  },
  explainFromProfile: (label: Arg) => `${label} (city profile)`,
  explainReported: "Reported value",
  explainReportedWins: "Reported value (wins over the inputs)",
  explainTargetOverride: "Target set for this assessment.",
  explainTargetRemoved: "Benchmark removed for this assessment.",
  explainTargetNoEntry: "The target set has no entry for this data point: it is reported but not scored.",
  explainTargetThisAssessment: "this assessment",
  explainPointsRule: "below 33 % of target → 1 point; 33–66 % → 2; 66–95 % → 3; 95 % or more → 4",
  explainRule: {
    yesno: "yes/no: yes = 100 %, no = 0 %",
    higher: "higher is better: value ÷ target",
    "higher-target-zero": "higher is better, target 0: any value meets it",
    lower: "lower is better: target ÷ value",
    "lower-at-most-zero": "lower is better: a value of 0 or less counts as fully achieved",
    "lower-target-zero": "lower is better, target 0: any value above 0 achieves 0 %",
    band: "target band: the smaller of value ÷ target and target ÷ value",
    "band-at-most-zero": "target band: a value of 0 or less achieves 0 %",
  },
  explainNotScored: (state: Arg) => `not scored: ${state}`,
  explainNotScoredInvalid: "not scored: the input is rejected (see Problems below)",
  quoted: (text: Arg) => `"${text}"`,
  explainState: "State",
  explainAggHow: "How it is pooled",
  explainAggPooled: (points: Arg, max: Arg, scored: Arg, percent: Arg) => `${points} of ${max} points (4 × ${scored} data points scored) = ${percent}`,
  explainAggContinuous: (sum: Arg, scored: Arg, percent: Arg) => `achievements capped at 100 %: ${sum} ÷ ${scored} data points scored = ${percent}`,
  explainAggNone: "No data point of this group is scored.",
  explainAggRulePoints: "pooled points ÷ (4 × data points reported and benchmarked) × 100, then banded like a data point",
  explainAggRuleContinuous: "the mean of the scored data points’ achievements, each capped at 100 %",
  explainAggCounted: (n: Arg) => `Data points that count (${n})`,
  explainAggLeftOut: (n: Arg) => `Left out (${n})`,
  explainAggParts: "Made of",
  explainAggSelect: (name: Arg) => `Explain ${name}`,
  illustrativeTargets: "Reference targets are illustrative, not the official U4SSC benchmarks.",
  stepsTitle: "Your progress",
  stepsCount: (done: Arg, total: Arg) => `${done} of ${total} steps done`,
  stepName: {
    profile: "1. City profile",
    data: "2. Data",
    review: "3. Review",
    report: "4. Report",
  },
  stepState: {
    done: "done",
    current: "next step",
    todo: "to do",
  },
  stepProfileDetail: {
    all: (a: Args) => `All ${a.total} profile figures entered.`,
    some: (a: Args) => `${a.filled} of ${a.total} figures entered. Population, households, GDP and the rest are entered once; every KPI that divides by them uses them.`,
  },
  stepDataDetail: (done: Arg, expected: Arg, provisional: Arg) => `${done} of ${expected} data points have a valid value.${sel(provisional, { "true": ` Scores stay provisional until at least half of the benchmarked data points are in.`, "other": `` })}`,
  stepReviewDetail: {
    none: "No rejected values and nothing to check.",
    some: (a: Args) => `${pl('en', a.errors, false, { "=1": `1 rejected value`, "other": `${a.errors} rejected values` })} to fix, ${pl('en', a.warnings, false, { "=1": `1 value`, "other": `${a.warnings} values` })} to check (warnings).`,
  },
  stepReportDetail: "See the wheel and the city report, print it or share it.",
  stepProfileAction: "Fill the city profile",
  stepGridAction: "Go to the grid",
  stepReportAction: "Open the city report",
  legendTitle: "What the cell markings mean",
  legendSample: "Sample",
  legendItems: {
    advanced: {
      sample: "EC: ICT: T: 3A",
      text: "Italic code: an advanced KPI (core KPIs are upright).",
    },
    profile: {
      sample: "250 000",
      text: "Grey italic on blue: taken from the city profile; change it there, once for every KPI.",
    },
    unused: {
      sample: "",
      text: "Hatched: an input this KPI does not use.",
    },
    computed: {
      sample: "45.5",
      text: "Grey: computed by the workbench; read-only.",
    },
    override: {
      sample: "80",
      text: "Bold, dotted underline: a target set for this assessment instead of the reference target.",
    },
    error: {
      sample: "abc",
      text: "Red outline, pink: error. The value is refused (not a number, impossible, a division by zero); it is kept as typed and never scored. Point at the cell or select the row to read why.",
    },
    warning: {
      sample: "140",
      text: "Amber outline: warning. The value is scored but looks implausible by the U4SSC Verification Manual; check it.",
    },
    reminder: {
      sample: "",
      text: "Dotted outline: reminder. An input that is still empty, for example a numerator once the city profile gives its denominator. Not an error; rows marked not reported or not applicable never ask for inputs.",
    },
    review: {
      sample: "EN: EN: AQ: 1C",
      text: "Code marked Δ on a violet stripe: the data point's definition changed in a catalogue update since this assessment was made. Its value is kept; read what changed in \"Explain this number\" and mark it as read.",
    },
  },
  legendBands: "Points · band: the colour and the written band say how close a value is to its target (the wheel and charts add a pattern per band):",
  legendBand: (points: Arg, label: Arg) => `${points} point${pl('en', points, false, { "=1": ``, "other": `s` })} · ${label} of target`,
  none: "—",
});
