// Compiled from src/ui/messages/en/interchange.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, pl, sel, type Args, type Arg } from '../runtime';

/** The messages of the namespace `interchange`, with the argument types of their English text. */
export interface InterchangeMessages {
  readonly "exportTitle": string;
  readonly "exportHelp": string;
  readonly "exportJson": string;
  readonly "exportJsonHint": string;
  readonly "exportCsv": string;
  readonly "exportCsvHint": string;
  readonly "exportXlsx": string;
  readonly "exportXlsxHint": string;
  readonly "workbook": {
    readonly "sheets": {
      readonly "Values": string;
      readonly "Scores": string;
      readonly "Profile": string;
      readonly "Targets": string;
    };
    readonly "columns": {
      readonly "level": string;
      readonly "code": string;
      readonly "name": string;
      readonly "percent": string;
      readonly "band": string;
      readonly "points": string;
      readonly "max points": string;
      readonly "reported": string;
      readonly "benchmarked": string;
      readonly "expected": string;
      readonly "field": string;
      readonly "label": string;
      readonly "unit": string;
      readonly "value": string;
      readonly "datapoint": string;
      readonly "target": string;
      readonly "origin": string;
      readonly "rationale": string;
      readonly "source": string;
      readonly "basis": string;
      readonly "own target": string;
      readonly "own deadline": string;
      readonly "own baseline": string;
      readonly "own baseline year": string;
      readonly "scored by": string;
    };
  };
  readonly "exportScores": string;
  readonly "exportScoresHint": string;
  readonly "exportScoresParquet": string;
  readonly "exportScoresParquetHint": string;
  readonly "exportTargets": string;
  readonly "exportTargetsHint": string;
  readonly "exportSdmxCsv": string;
  readonly "exportSdmxCsvHint": string;
  readonly "exportSdmxMl": string;
  readonly "exportSdmxMlHint": string;
  readonly "exportDhis2Values": string;
  readonly "exportDhis2ValuesHint": string;
  readonly "exportDhis2Metadata": string;
  readonly "exportDhis2MetadataHint": string;
  readonly "exportOpenSdg": string;
  readonly "exportOpenSdgHint": string;
  readonly "exportAll": string;
  readonly "exportAllHint": string;
  readonly "libraryAll": string;
  readonly "libraryAllHint": string;
  "libraryAllWriting"(done: string | number, of: string | number): string;
  "libraryAllDone"(n: number): string;
  readonly "exportShare": string;
  readonly "exportShareHint": string;
  readonly "preparing": string;
  "saved"(file: string | number): string;
  "exportFailed"(message: string | number): string;
  readonly "shareTitle": string;
  readonly "shareModeLegend": string;
  readonly "shareModeKey": string;
  readonly "shareModeKeyHint": string;
  readonly "shareModePassphrase": string;
  readonly "shareModePassphraseHint": string;
  readonly "passphrase": string;
  readonly "passphraseConfirm": string;
  "passphraseTooShort"(min: string | number): string;
  readonly "passphraseMismatch": string;
  readonly "createLink": string;
  readonly "creatingLink": string;
  readonly "linkLabel": string;
  readonly "copy": string;
  readonly "copied": string;
  readonly "copyManually": string;
  "linkReady"(chars: string | number): string;
  "linkTooLong"(chars: string | number, max: string | number): string;
  "linkFailed"(message: string | number): string;
  readonly "downloadJsonInstead": string;
  readonly "close": string;
  readonly "securityTitle": string;
  readonly "previewTitle": string;
  readonly "decoding": string;
  readonly "passphrasePrompt": string;
  readonly "openWithPassphrase": string;
  readonly "previewIntro": string;
  readonly "previewCity": string;
  readonly "previewCountry": string;
  readonly "previewYear": string;
  readonly "previewValues": string;
  readonly "previewScore": string;
  readonly "previewScoreNone": string;
  readonly "openAsNew": string;
  readonly "cancel": string;
  readonly "linkDocumentProblem": string;
  "opened"(name: string | number): string;
  readonly "importTitle": string;
  readonly "importHelp": string;
  readonly "chooseFile": string;
  readonly "dropHere": string;
  "reading"(name: string | number): string;
  "readingLoaded"(name: string | number, loaded: string | number, total: string | number): string;
  "readingParsing"(name: string | number): string;
  readonly "readingProgress": string;
  readonly "readingCancel": string;
  "readingCancelled"(name: string | number): string;
  "fileTooLarge"(size: string | number, max: string | number): string;
  "notRead"(name: string | number): string;
  "problemsCount"(n: number): string;
  "problemAt"(row: string | number | null, column: string | number | null, message: string | number, cell: string | number | null): string;
  readonly "read1252": string;
  readonly "read1252Hint": string;
  readonly "decimalLegend": string;
  readonly "decimalPointFile": string;
  readonly "decimalCommaFile": string;
  readonly "sheetLegend": string;
  "sheetHidden"(name: string | number): string;
  readonly "sheetChoose": string;
  readonly "readingNotes": string;
  "readFailed"(message: string | number): string;
  "readyJson"(n: number): string;
  "docLine"(city: string | number, year: string | number, values: number): string;
  readonly "clashLegend": string;
  readonly "clashAsNew": string;
  readonly "clashReplace": string;
  "confirmReplace"(n: number): string;
  "replaceNow"(n: string | number): string;
  readonly "importAsNew": string;
  "importAll"(n: number): string;
  readonly "importReplace": string;
  "imported"(n: number): string;
  "rejectedCells"(n: number): string;
  "ignoredCells"(n: number): string;
  "resultColumnsNotRead"(columns: string | number): string;
  "readyTable"(rows: number): string;
  readonly "city": string;
  readonly "country": string;
  readonly "year": string;
  readonly "cityRequired": string;
  "yearInvalid"(min: string | number, max: string | number): string;
  readonly "createFromTable": string;
  "importedNote"(file: string | number): string;
  "storeFailed"(message: string | number): string;
  readonly "storeQuota": string;
  "tableRead"(rows: number): string;
  readonly "destLegend": string;
  readonly "destNew": string;
  readonly "destUpdate": string;
  readonly "destPick": string;
  "destPickMore"(shown: string | number, total: string | number): string;
  readonly "destPickNone": string;
  readonly "destMatchId": string;
  readonly "destMatchName": string;
  readonly "scoresPreviewTitle": string;
  readonly "previewCols": {
    readonly "level": string;
    readonly "now": string;
    readonly "after": string;
    readonly "file": string;
  };
  "previewCounts"(scored: number, rejected: string | number, missing: string | number): string;
  "updateSummary"(changed: number, added: number, unchanged: number): string;
  readonly "updateNothing": string;
  readonly "updateCols": {
    readonly "item": string;
    readonly "now": string;
    readonly "after": string;
  };
  readonly "infoNames": {
    readonly "city": string;
    readonly "country": string;
    readonly "year": string;
    readonly "notes": string;
  };
  readonly "updateMethod": string;
  "updateCycle"(n: number): string;
  "updateLocal"(n: number): string;
  readonly "updateLocalFramework": string;
  readonly "updateFrozen": string;
  "updateButton"(name: string | number): string;
  "updated"(name: string | number, n: number): string;
  "undone"(name: string | number): string;
  readonly "targetsTitle": string;
  readonly "targetsHelp": string;
  readonly "chooseTargetFile": string;
  "targetsSummary"(inFile: number, changing: number): string;
  "targetsApply"(n: number): string;
  "targetsApplied"(n: number): string;
  readonly "targetsNoChange": string;
  readonly "targetChangeCol": {
    readonly "item": string;
    readonly "before": string;
    readonly "after": string;
  };
  readonly "targetNone": string;
  "targetRef"(t: string | number): string;
  "targetsMore"(n: string | number): string;
  "compareTitle"(a: string | number, b: string | number): string;
  readonly "compareNone": string;
  "compareCount"(n: number): string;
  readonly "compareCols": {
    readonly "item": string;
    readonly "kind": string;
    readonly "a": string;
    readonly "b": string;
    readonly "keep": string;
  };
  readonly "kindLabel": {
    readonly "profile": string;
    readonly "value": string;
    readonly "target": string;
    readonly "own-target": string;
    readonly "scoring-targets": string;
  };
  readonly "keepA": string;
  readonly "keepB": string;
  "keepLabel"(which: string | number, item: string | number): string;
  readonly "allA": string;
  readonly "allB": string;
  readonly "empty": string;
  readonly "fieldNames": {
    readonly "numerator": string;
    readonly "denominator": string;
    readonly "value": string;
    readonly "status": string;
    readonly "quality": string;
    readonly "source": string;
    readonly "year": string;
    readonly "note": string;
  };
  "targetRationale"(t: string | number, rationale: string | number): string;
  readonly "scoresTitle": string;
  readonly "scoresCols": {
    readonly "level": string;
    readonly "a": string;
    readonly "b": string;
  };
  readonly "overall": string;
  "percent"(p: string | number): string;
  readonly "notScored": string;
  "mergeSummary"(n: number): string;
  readonly "merge": string;
  "mergedNotes"(a: string | number, b: string | number, fromB: number): string;
  "sideLabel"(which: string | number, name: string | number): string;
  "assessmentName"(city: string | number, year: string | number): string;
  readonly "securityPoint1": string;
  readonly "securityPoint2": string;
  readonly "securityPoint3": string;
  readonly "securityPoint4": string;
  readonly "securityPoint5": string;
  readonly "linkProblem": {
    readonly "malformed": string;
    readonly "not-a-link": string;
    readonly "needs-passphrase": string;
    "cannot-decrypt"(a: { mode: string | number }): string;
    "too-long"(a: { limit: string | number }): string;
    "too-large"(a: { mb: string | number }): string;
  };
  "unknownKind"(a: { name: string | number; endings: string | number }): string;
  readonly "endingsSeparator": string;
  readonly "endingsLast": string;
  readonly "decimalMark": {
    readonly "point": string;
    readonly "comma": string;
  };
  readonly "decimalFrom": {
    "declared"(a: { mark: string | number }): string;
    "file"(a: { mark: string | number; row: string | number; text: string | number }): string;
    "settingConflict"(a: { mark: string | number }): string;
    "setting"(a: { mark: string | number }): string;
  };
  readonly "clashNoticeOne": string;
  "clashNotice"(a: { n: string | number; total: string | number }): string;
}

export const interchange = register<InterchangeMessages>("interchange", {
  exportTitle: "Export and share",
  exportHelp: "Files are made in this browser and saved by it; nothing is uploaded.",
  exportJson: "Assessment JSON",
  exportJsonHint: "Everything, exactly: the file to back up, move to another browser or send to a colleague.",
  exportCsv: "Values CSV",
  exportCsvHint: "One row per data point, for a spreadsheet or another tool.",
  exportXlsx: "Excel (.xlsx)",
  exportXlsxHint: "The values with their results (target, points, band), the scores with their coverage, the city profile and the targets with their rationale, as an Excel workbook. It imports back as the values it holds.",
  workbook: {
    sheets: {
      Values: "Values",
      Scores: "Scores",
      Profile: "Profile",
      Targets: "Targets",
    },
    columns: {
      level: "level",
      code: "code",
      name: "name",
      percent: "percent",
      band: "band",
      points: "points",
      "max points": "max points",
      reported: "reported",
      benchmarked: "benchmarked",
      expected: "expected",
      field: "field",
      label: "label",
      unit: "unit",
      value: "value",
      datapoint: "datapoint",
      target: "target",
      origin: "origin",
      rationale: "rationale",
      source: "source",
      basis: "basis",
      "own target": "own target",
      "own deadline": "own deadline",
      "own baseline": "own baseline",
      "own baseline year": "own baseline year",
      "scored by": "scored by",
    },
  },
  exportScores: "Scores table (CSV)",
  exportScoresHint: "One row per data point and per score (overall, dimensions, sub-dimensions, categories) with achievement, points, band and coverage, for R, pandas or DuckDB.",
  exportScoresParquet: "Scores table (Parquet)",
  exportScoresParquetHint: "The scores table, typed, in Apache Parquet: for DuckDB, pandas, R (arrow) or polars over a whole programme.",
  exportTargets: "Target file (CSV)",
  exportTargetsHint: "The targets in force: those set for this assessment, otherwise the reference targets.",
  exportSdmxCsv: "SDMX-CSV",
  exportSdmxCsvHint: "One observation per data point against the U4SSC data structure (sdmx/u4ssc-structure.xml), for a statistics office's SDMX tools. Not reported and not applicable are statuses, never zeros. It imports back as the values it holds.",
  exportSdmxMl: "SDMX-ML (XML)",
  exportSdmxMlHint: "The same observations as SDMX-ML 2.1 structure-specific data, for SDMX registries and validators.",
  exportDhis2Values: "DHIS2 data values (JSON)",
  exportDhis2ValuesHint: "A data value set by code (idScheme=CODE) for a DHIS2 instance that collects U4SSC data; status, quality, year and source are in each value's comment. It imports back as the values it holds.",
  exportDhis2Metadata: "DHIS2 metadata (JSON)",
  exportDhis2MetadataHint: "The U4SSC data elements, their data-point categories and the data set, to import once into DHIS2 before the data values.",
  exportOpenSdg: "Open SDG (zip)",
  exportOpenSdgHint: "One CSV per KPI in Open SDG's data layout (Year, City, Series, Units, GeoCode, Value) with its metadata, for a city's Open SDG site. It imports back as the values it publishes.",
  exportAll: "Download all (zip)",
  exportAllHint: "Every export above in one zip, with the SDMX data structure.",
  libraryAll: "Download all formats (zip)",
  libraryAllHint: "Every export of every assessment in one zip, one folder per assessment.",
  libraryAllWriting: (done: Arg, of: Arg) => `Writing the zip: ${done} of ${of} assessments…`,
  libraryAllDone: (n: Arg) => pl('en', n, false, { "=1": `The zip of 1 assessment was downloaded.`, "other": `The zip of ${n} assessments was downloaded.` }),
  exportShare: "Share link…",
  exportShareHint: "An encrypted link that opens this assessment in another browser.",
  preparing: "Preparing…",
  saved: (file: Arg) => `Saved ${file}.`,
  exportFailed: (message: Arg) => `The file could not be made: ${message}`,
  shareTitle: "Share link",
  shareModeLegend: "How the link is protected",
  shareModeKey: "Key in the link",
  shareModeKeyHint: "Anyone with the whole link can open it. Simple, for a trusted channel.",
  shareModePassphrase: "Passphrase",
  shareModePassphraseHint: "The link alone is not enough: tell the passphrase separately (by phone, in person).",
  passphrase: "Passphrase",
  passphraseConfirm: "Repeat the passphrase",
  passphraseTooShort: (min: Arg) => `Use a passphrase of at least ${min} characters.`,
  passphraseMismatch: "The two passphrases differ.",
  createLink: "Create link",
  creatingLink: "Encrypting…",
  linkLabel: "Link to share",
  copy: "Copy",
  copied: "Copied to the clipboard.",
  copyManually: "Copying is not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac).",
  linkReady: (chars: Arg) => `The link is ready (${chars} characters).`,
  linkTooLong: (chars: Arg, max: Arg) => `This assessment makes a link of ${chars} characters, more than the ${max} that mail and chat programs pass on safely. Share the assessment JSON file instead.`,
  linkFailed: (message: Arg) => `The link could not be made: ${message}`,
  downloadJsonInstead: "Save the assessment JSON file",
  close: "Close",
  securityTitle: "What the encryption protects, and what it does not",
  previewTitle: "Open a shared assessment",
  decoding: "Opening the link…",
  passphrasePrompt: "This link is protected by a passphrase. Enter it to open the assessment.",
  openWithPassphrase: "Open",
  previewIntro: "The link holds this assessment. It will be added as a new assessment; nothing stored in this browser is changed.",
  previewCity: "City",
  previewCountry: "Country",
  previewYear: "Year",
  previewValues: "Values entered",
  previewScore: "Overall score",
  previewScoreNone: "not scored yet",
  openAsNew: "Open as new assessment",
  cancel: "Cancel",
  linkDocumentProblem: "The link opened, but what it holds is not a valid assessment.",
  opened: (name: Arg) => `Opened ${name} as a new assessment.`,
  importTitle: "Import",
  importHelp: "An assessment JSON or workspace file, a values CSV or an Excel (.xlsx) values table. You see what was read before anything is stored; a cell that is not a number is kept as its text with the reason, as the grid keeps it, and not scored.",
  chooseFile: "Choose a file",
  dropHere: "or drop a file here",
  reading: (name: Arg) => `Reading ${name}…`,
  readingLoaded: (name: Arg, loaded: Arg, total: Arg) => `Loading ${name}: ${loaded} of ${total}`,
  readingParsing: (name: Arg) => `Reading the contents of ${name}…`,
  readingProgress: "Progress of the reading",
  readingCancel: "Cancel reading",
  readingCancelled: (name: Arg) => `Reading ${name} was cancelled; nothing was changed.`,
  fileTooLarge: (size: Arg, max: Arg) => `The file is ${size}; files larger than ${max} are not read.`,
  notRead: (name: Arg) => `${name} was not imported:`,
  problemsCount: (n: Arg) => `${n} problem${pl('en', n, false, { "=1": ``, "other": `s` })}; nothing was stored.`,
  problemAt: (row: Arg, column: Arg, message: Arg, cell: Arg) => sel(cell, { "null": `${sel(row, { "null": `${message}`, "other": `${sel(column, { "null": `Line ${row}: ${message}`, "other": `Line ${row}, column ${column}: ${message}` })}` })}`, "other": `Cell ${cell}: ${message}` }),
  read1252: "Read it as Windows-1252",
  read1252Hint: "Only if the file came from Excel's \"CSV (Comma delimited)\" or another Western Windows program: accented letters are then read as that program wrote them.",
  decimalLegend: "Decimal mark in this file",
  decimalPointFile: "Point (12.5)",
  decimalCommaFile: "Comma (12,5)",
  sheetLegend: "Sheet to read",
  sheetHidden: (name: Arg) => `${name} (hidden)`,
  sheetChoose: "Choose a sheet",
  readingNotes: "Notes on the reading",
  readFailed: (message: Arg) => `The file could not be read: ${message}`,
  readyJson: (n: Arg) => `Ready to import ${n} assessment${pl('en', n, false, { "=1": ``, "other": `s` })}:`,
  docLine: (city: Arg, year: Arg, values: Arg) => `${city} ${year}, ${values} value${pl('en', values, false, { "=1": ``, "other": `s` })} entered`,
  clashLegend: "Assessments already stored",
  clashAsNew: "Add as new assessments (recommended): the stored ones stay as they are.",
  clashReplace: "Replace the stored copies with the ones from the file.",
  confirmReplace: (n: Arg) => `Replace ${n} stored assessment${pl('en', n, false, { "=1": ``, "other": `s` })}? Their current content is lost unless you exported it.`,
  replaceNow: (n: Arg) => `Replace ${n}`,
  importAsNew: "Open as new assessment",
  importAll: (n: Arg) => pl('en', n, false, { "=1": `Open as new assessment`, "other": `Import ${n} assessments` }),
  importReplace: "Import and replace…",
  imported: (n: Arg) => `Imported ${n} assessment${pl('en', n, false, { "=1": ``, "other": `s` })}.`,
  rejectedCells: (n: Arg) => `${n} cell${pl('en', n, false, { "=1": ` is`, "other": `s are` })} not a number: kept as text, as the grid keeps ${pl('en', n, false, { "=1": `it`, "other": `them` })}, and not scored until corrected:`,
  ignoredCells: (n: Arg) => `${n} cell${pl('en', n, false, { "=1": ``, "other": `s` })} left out (a status, quality, year or target that is not one):`,
  resultColumnsNotRead: (columns: Arg) => `The file also has result columns (${columns}). They are not read: the scores below are computed again from its inputs, so a change made there is not imported.`,
  readyTable: (rows: Arg) => `${rows} data point${pl('en', rows, false, { "=1": ``, "other": `s` })} read. Name the new assessment:`,
  city: "City",
  country: "Country",
  year: "Year",
  cityRequired: "Enter the city name.",
  yearInvalid: (min: Arg, max: Arg) => `Enter a year between ${min} and ${max}.`,
  createFromTable: "Create assessment",
  importedNote: (file: Arg) => `Imported from ${file}.`,
  storeFailed: (message: Arg) => `Nothing was stored: ${message}`,
  storeQuota: "The browser has no storage space left for this site; nothing was imported.",
  tableRead: (rows: Arg) => `${rows} data point${pl('en', rows, false, { "=1": ``, "other": `s` })} read.`,
  destLegend: "Import as",
  destNew: "A new assessment",
  destUpdate: "An update of an assessment in this browser",
  destPick: "Assessment to update",
  destPickMore: (shown: Arg, total: Arg) => `${shown} of ${total} listed: type part of the city, country or year to narrow the list.`,
  destPickNone: "No stored assessment matches.",
  destMatchId: "The file is a copy of this assessment (same id): updating it is proposed, so no second copy is made.",
  destMatchName: "An assessment of the same city and year is stored: updating it is proposed.",
  scoresPreviewTitle: "Scores the file would give",
  previewCols: {
    level: "Level",
    now: "Now",
    after: "After the update",
    file: "From the file",
  },
  previewCounts: (scored: Arg, rejected: Arg, missing: Arg) => `${scored} data point${pl('en', scored, false, { "=1": ``, "other": `s` })} scored, ${rejected} rejected (not usable as entered), ${missing} not reported.`,
  updateSummary: (changed: Arg, added: Arg, unchanged: Arg) => `${changed} data point${pl('en', changed, false, { "=1": ``, "other": `s` })} change${pl('en', changed, false, { "=1": `s`, "other": `` })}, ${added} ${pl('en', added, false, { "=1": `is`, "other": `are` })} added, ${unchanged} stay${pl('en', unchanged, false, { "=1": `s`, "other": `` })} as ${pl('en', unchanged, false, { "=1": `it is`, "other": `they are` })}. Review states, threads and what the file does not carry are kept.`,
  updateNothing: "The file holds what is stored already: nothing would change.",
  updateCols: {
    item: "Item",
    now: "Now",
    after: "After the update",
  },
  infoNames: {
    city: "City",
    country: "Country",
    year: "Year",
    notes: "Notes",
  },
  updateMethod: "The scoring method changes to the one in the file.",
  updateCycle: (n: Arg) => `${n} review entr${pl('en', n, false, { "=1": `y`, "other": `ies` })} (states, thread entries, evidence, recommendations, actions) added or changed.`,
  updateLocal: (n: Arg) => `${n} local KPI${pl('en', n, false, { "=1": ``, "other": `s` })} of your own framework with values added, changed or cleared.`,
  updateLocalFramework: "The file names another framework of your own for this assessment; it will be named instead.",
  updateFrozen: "This assessment is frozen and cannot be changed: import the file as a new assessment, or start a new version of it.",
  updateButton: (name: Arg) => `Update ${name}`,
  updated: (name: Arg, n: Arg) => `Updated ${name}: ${n} change${pl('en', n, false, { "=1": ``, "other": `s` })}.`,
  undone: (name: Arg) => `The update of ${name} was undone.`,
  targetsTitle: "Import a target file",
  targetsHelp: "A CSV with the columns code, datapoint, target, rationale, source (as the target file export writes it). It sets targets for this assessment only.",
  chooseTargetFile: "Choose a target file",
  targetsSummary: (inFile: Arg, changing: Arg) => `${inFile} target${pl('en', inFile, false, { "=1": ``, "other": `s` })} in the file; ${changing} change${pl('en', changing, false, { "=1": `s`, "other": `` })} the target in force.`,
  targetsApply: (n: Arg) => `Apply ${n} target${pl('en', n, false, { "=1": ``, "other": `s` })}`,
  targetsApplied: (n: Arg) => `Applied ${n} target${pl('en', n, false, { "=1": ``, "other": `s` })}.`,
  targetsNoChange: "The file sets the targets already in force; nothing would change.",
  targetChangeCol: {
    item: "Data point",
    before: "Now",
    after: "From the file",
  },
  targetNone: "none (no benchmark)",
  targetRef: (t: Arg) => `${t} (reference)`,
  targetsMore: (n: Arg) => `…and ${n} more.`,
  compareTitle: (a: Arg, b: Arg) => `Compare ${a} with ${b}`,
  compareNone: "The two assessments hold the same values, profile and targets.",
  compareCount: (n: Arg) => `${n} difference${pl('en', n, false, { "=1": ``, "other": `s` })}. For each, choose which version the merged assessment keeps.`,
  compareCols: {
    item: "Item",
    kind: "What",
    a: "A",
    b: "B",
    keep: "Keep",
  },
  kindLabel: {
    profile: "City profile",
    value: "Value",
    target: "Target",
    "own-target": "Own target",
    "scoring-targets": "Targets that score",
  },
  keepA: "A",
  keepB: "B",
  keepLabel: (which: Arg, item: Arg) => `Keep ${which} for ${item}`,
  allA: "Choose A everywhere",
  allB: "Choose B everywhere",
  empty: "(empty)",
  fieldNames: {
    numerator: "numerator",
    denominator: "denominator",
    value: "value",
    status: "status",
    quality: "quality",
    source: "source",
    year: "year",
    note: "note",
  },
  targetRationale: (t: Arg, rationale: Arg) => `${t} — ${rationale}`,
  scoresTitle: "Scores",
  scoresCols: {
    level: "Level",
    a: "A",
    b: "B",
  },
  overall: "Overall",
  percent: (p: Arg) => `${p} %`,
  notScored: "—",
  mergeSummary: (n: Arg) => `The merged assessment takes ${n} item${pl('en', n, false, { "=1": ``, "other": `s` })} from B and everything else from A.`,
  merge: "Merge into a new assessment",
  mergedNotes: (a: Arg, b: Arg, fromB: Arg) => `Merged from ${a} (A) and ${b} (B): ${fromB} item${pl('en', fromB, false, { "=1": ``, "other": `s` })} taken from B, everything else from A.`,
  sideLabel: (which: Arg, name: Arg) => `${which}: ${name}`,
  assessmentName: (city: Arg, year: Arg) => `${city} ${year}`,
  securityPoint1: "The assessment is compressed and encrypted in this browser; no copy is kept on any server, and the link does not send it anywhere.",
  securityPoint2: "Everything after the # in the link stays in the browser: it is never sent to the server that hosts the app, so servers, proxies and their logs cannot read the assessment.",
  securityPoint3: "Whoever has the whole link can open the assessment. In passphrase mode they also need the passphrase, which is never stored or put in the link: tell it separately.",
  securityPoint4: "A changed or cut link does not open at all, so the recipient never sees altered values.",
  securityPoint5: "Anyone who can read the link can keep a copy: a link cannot be withdrawn once sent.",
  linkProblem: {
    malformed: "This link is damaged or incomplete: it may have been cut when it was copied.",
    "not-a-link": "This is not an SSC Workbench share link.",
    "needs-passphrase": "This link is protected by a passphrase.",
    "cannot-decrypt": (a: Args) => sel(a.mode, { "passphrase": `The passphrase is wrong, or the link was changed.`, "other": `The link was changed or cut: it cannot be opened.` }),
    "too-long": (a: Args) => `This link is longer than any link the workbench makes (${a.limit} characters); it was not opened.`,
    "too-large": (a: Args) => `The link unpacks to more than ${a.mb} MB; it was refused.`,
  },
  unknownKind: (a: Args) => `"${a.name}" is not a file the workbench reads: use ${a.endings}.`,
  endingsSeparator: ", ",
  endingsLast: " or ",
  decimalMark: {
    point: "point",
    comma: "comma",
  },
  decimalFrom: {
    declared: (a: Args) => `Read with a decimal ${a.mark}, as you chose.`,
    file: (a: Args) => `Read with a decimal ${a.mark}: the file's own numbers show it (line ${a.row}: "${a.text}").`,
    settingConflict: (a: Args) => `The file's numbers use both marks; read with a decimal ${a.mark} (your setting). Numbers that read two ways are refused.`,
    setting: (a: Args) => `Nothing in the file shows its decimal mark; read with a decimal ${a.mark} (your setting). Numbers that read two ways are refused.`,
  },
  clashNoticeOne: "This assessment is already stored in this browser.",
  clashNotice: (a: Args) => `${a.n} of these ${a.total} assessments are already stored in this browser.`,
});
