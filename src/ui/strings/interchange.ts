import type { DecimalChoice } from '../../engine/csv';
import type { FormatId } from '../../interchange/formats';
import type { LinkError } from '../../share/link';
import type { WorkbookLabels } from '../../share/xlsx';

const MB = 1024 * 1024;

/** Why a share link did not open, in words; a new kind of LinkError does not compile until it is said here. */
function linkProblem(error: LinkError): string {
  switch (error.kind) {
    case 'malformed':
      return 'This link is damaged or incomplete: it may have been cut when it was copied.';
    case 'not-a-link':
      return 'This is not an SSC Workbench share link.';
    case 'needs-passphrase':
      return 'This link is protected by a passphrase.';
    case 'cannot-decrypt':
      return error.mode === 'passphrase' ? 'The passphrase is wrong, or the link was changed.' : 'The link was changed or cut: it cannot be opened.';
    case 'too-long':
      return `This link is longer than any link the workbench makes (${error.limit} characters); it was not opened.`;
    case 'too-large':
      return `The link unpacks to more than ${error.limit / MB} MB; it was refused.`;
  }
}

/**
 * Every user-visible string of the sharing and interchange views (export, share link, opening a link,
 * import, compare and merge). Plain text only, never HTML.
 */
export const X = {
  // Export
  exportTitle: 'Export and share',
  exportHelp: 'Files are made in this browser and saved by it; nothing is uploaded.',
  exportJson: 'Assessment JSON',
  exportJsonHint: 'Everything, exactly: the file to back up, move to another browser or send to a colleague.',
  exportCsv: 'Values CSV',
  exportCsvHint: 'One row per data point, for a spreadsheet or another tool.',
  exportXlsx: 'Excel (.xlsx)',
  exportXlsxHint:
    'The values with their results (target, points, band), the scores with their coverage, the city profile and the targets with their rationale, as an Excel workbook. It imports back as the values it holds.',
  /** The results workbook's sheet names and the Scores, Profile and Targets sheets' column labels (the Values sheet's columns are the values CSV's identifiers, never translated). Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
  workbook: {
    sheets: { Values: 'Values', Scores: 'Scores', Profile: 'Profile', Targets: 'Targets' },
    columns: {
      level: 'level',
      code: 'code',
      name: 'name',
      percent: 'percent',
      band: 'band',
      points: 'points',
      'max points': 'max points',
      reported: 'reported',
      benchmarked: 'benchmarked',
      expected: 'expected',
      field: 'field',
      label: 'label',
      unit: 'unit',
      value: 'value',
      datapoint: 'datapoint',
      target: 'target',
      origin: 'origin',
      rationale: 'rationale',
      source: 'source',
      basis: 'basis',
      'own target': 'own target',
      'own deadline': 'own deadline',
      'own baseline': 'own baseline',
      'own baseline year': 'own baseline year',
      'scored by': 'scored by',
    },
  } satisfies WorkbookLabels,
  exportScores: 'Scores table (CSV)',
  exportScoresHint:
    'One row per data point and per score (overall, dimensions, sub-dimensions, categories) with achievement, points, band and coverage, for R, pandas or DuckDB.',
  exportScoresParquet: 'Scores table (Parquet)',
  exportScoresParquetHint: 'The scores table, typed, in Apache Parquet: for DuckDB, pandas, R (arrow) or polars over a whole programme.',
  exportTargets: 'Target file (CSV)',
  exportTargetsHint: 'The targets in force: those set for this assessment, otherwise the reference targets.',
  exportSdmxCsv: 'SDMX-CSV',
  exportSdmxCsvHint:
    "One observation per data point against the U4SSC data structure (sdmx/u4ssc-structure.xml), for a statistics office's SDMX tools. Not reported and not applicable are statuses, never zeros. It imports back as the values it holds.",
  exportSdmxMl: 'SDMX-ML (XML)',
  exportSdmxMlHint: 'The same observations as SDMX-ML 2.1 structure-specific data, for SDMX registries and validators.',
  exportDhis2Values: 'DHIS2 data values (JSON)',
  exportDhis2ValuesHint:
    "A data value set by code (idScheme=CODE) for a DHIS2 instance that collects U4SSC data; status, quality, year and source are in each value's comment. It imports back as the values it holds.",
  exportDhis2Metadata: 'DHIS2 metadata (JSON)',
  exportDhis2MetadataHint: 'The U4SSC data elements, their data-point categories and the data set, to import once into DHIS2 before the data values.',
  exportOpenSdg: 'Open SDG (zip)',
  exportOpenSdgHint:
    "One CSV per KPI in Open SDG's data layout (Year, City, Series, Units, GeoCode, Value) with its metadata, for a city's Open SDG site. It imports back as the values it publishes.",
  exportAll: 'Download all (zip)',
  exportAllHint: 'Every export above in one zip, with the SDMX data structure.',
  /** The whole library's "download all" (the library's head, beside "Back up all"). */
  libraryAll: 'Download all formats (zip)',
  libraryAllHint: 'Every export of every assessment in one zip, one folder per assessment.',
  libraryAllWriting: (done: number, of: number) => `Writing the zip: ${done} of ${of} assessments…`,
  libraryAllDone: (n: number) => (n === 1 ? 'The zip of 1 assessment was downloaded.' : `The zip of ${n} assessments was downloaded.`),
  exportShare: 'Share link…',
  exportShareHint: 'An encrypted link that opens this assessment in another browser.',
  preparing: 'Preparing…',
  saved: (file: string) => `Saved ${file}.`,
  exportFailed: (message: string) => `The file could not be made: ${message}`,

  // Share dialog
  shareTitle: 'Share link',
  shareModeLegend: 'How the link is protected',
  shareModeKey: 'Key in the link',
  shareModeKeyHint: 'Anyone with the whole link can open it. Simple, for a trusted channel.',
  shareModePassphrase: 'Passphrase',
  shareModePassphraseHint: 'The link alone is not enough: tell the passphrase separately (by phone, in person).',
  passphrase: 'Passphrase',
  passphraseConfirm: 'Repeat the passphrase',
  passphraseTooShort: (min: number) => `Use a passphrase of at least ${min} characters.`,
  passphraseMismatch: 'The two passphrases differ.',
  createLink: 'Create link',
  creatingLink: 'Encrypting…',
  linkLabel: 'Link to share',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyManually: 'Copying is not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac).',
  linkReady: (chars: number) => `The link is ready (${chars} characters).`,
  linkTooLong: (chars: number, max: number) =>
    `This assessment makes a link of ${chars} characters, more than the ${max} that mail and chat programs pass on safely. Share the assessment JSON file instead.`,
  linkFailed: (message: string) => `The link could not be made: ${message}`,
  downloadJsonInstead: 'Save the assessment JSON file',
  close: 'Close',
  securityTitle: 'What the encryption protects, and what it does not',
  securityPoints: [
    'The assessment is compressed and encrypted in this browser; no copy is kept on any server, and the link does not send it anywhere.',
    'Everything after the # in the link stays in the browser: it is never sent to the server that hosts the app, so servers, proxies and their logs cannot read the assessment.',
    'Whoever has the whole link can open the assessment. In passphrase mode they also need the passphrase, which is never stored or put in the link: tell it separately.',
    'A changed or cut link does not open at all, so the recipient never sees altered values.',
    'Anyone who can read the link can keep a copy: a link cannot be withdrawn once sent.',
  ],

  // Opening a link
  previewTitle: 'Open a shared assessment',
  decoding: 'Opening the link…',
  passphrasePrompt: 'This link is protected by a passphrase. Enter it to open the assessment.',
  openWithPassphrase: 'Open',
  previewIntro: 'The link holds this assessment. It will be added as a new assessment; nothing stored in this browser is changed.',
  previewCity: 'City',
  previewCountry: 'Country',
  previewYear: 'Year',
  previewValues: 'Values entered',
  previewScore: 'Overall score',
  previewScoreNone: 'not scored yet',
  openAsNew: 'Open as new assessment',
  cancel: 'Cancel',
  linkDocumentProblem: 'The link opened, but what it holds is not a valid assessment.',
  linkProblem,
  opened: (name: string) => `Opened ${name} as a new assessment.`,

  // Import
  importTitle: 'Import',
  importHelp:
    'An assessment JSON or workspace file, a values CSV or an Excel (.xlsx) values table. You see what was read before anything is stored; a cell that is not a number is kept as its text with the reason, as the grid keeps it, and not scored.',
  chooseFile: 'Choose a file',
  dropHere: 'or drop a file here',
  reading: (name: string) => `Reading ${name}…`,
  /** A large file read off the page's thread: how much of it is loaded, in words for the progress bar. */
  readingLoaded: (name: string, loaded: string, total: string) => `Loading ${name}: ${loaded} of ${total}`,
  /** The file is loaded and what it holds is being read (the progress bar then shows no amount). */
  readingParsing: (name: string) => `Reading the contents of ${name}…`,
  readingProgress: 'Progress of the reading',
  readingCancel: 'Cancel reading',
  readingCancelled: (name: string) => `Reading ${name} was cancelled; nothing was changed.`,
  fileTooLarge: (size: string, max: string) => `The file is ${size}; files larger than ${max} are not read.`,
  unknownKind: (name: string, endings: readonly string[]) =>
    `"${name}" is not a file the workbench reads: use ${endings.length > 1 ? `${endings.slice(0, -1).join(', ')} or ${endings[endings.length - 1]}` : endings.join('')}.`,
  notRead: (name: string) => `${name} was not imported:`,
  problemsCount: (n: number) => `${n} problem${n === 1 ? '' : 's'}; nothing was stored.`,
  problemAt: (row: number | undefined, column: string | undefined, message: string, cell?: string) =>
    cell !== undefined
      ? `Cell ${cell}: ${message}`
      : row === undefined
        ? message
        : column
          ? `Line ${row}, column ${column}: ${message}`
          : `Line ${row}: ${message}`,
  read1252: 'Read it as Windows-1252',
  read1252Hint:
    'Only if the file came from Excel\'s "CSV (Comma delimited)" or another Western Windows program: accented letters are then read as that program wrote them.',
  decimalLegend: 'Decimal mark in this file',
  decimalFrom: (choice: DecimalChoice): string => {
    const mark = choice.mark === 'point' ? 'point' : 'comma';
    switch (choice.from) {
      case 'declared':
        return `Read with a decimal ${mark}, as you chose.`;
      case 'file':
        return `Read with a decimal ${mark}: the file's own numbers show it (line ${choice.row}: "${choice.text}").`;
      case 'setting':
        return choice.conflict
          ? `The file's numbers use both marks; read with a decimal ${mark} (your setting). Numbers that read two ways are refused.`
          : `Nothing in the file shows its decimal mark; read with a decimal ${mark} (your setting). Numbers that read two ways are refused.`;
    }
  },
  decimalPointFile: 'Point (12.5)',
  decimalCommaFile: 'Comma (12,5)',
  /** A workbook's sheet to read: the one read is chosen; another reads the file again. */
  sheetLegend: 'Sheet to read',
  sheetHidden: (name: string) => `${name} (hidden)`,
  sheetChoose: 'Choose a sheet',
  readingNotes: 'Notes on the reading',
  readFailed: (message: string) => `The file could not be read: ${message}`,
  readyJson: (n: number) => `Ready to import ${n} assessment${n === 1 ? '' : 's'}:`,
  docLine: (city: string, year: number, values: number) => `${city} ${year}, ${values} value${values === 1 ? '' : 's'} entered`,
  clashNotice: (n: number, total: number) =>
    n === total && n === 1 ? 'This assessment is already stored in this browser.' : `${n} of these ${total} assessments are already stored in this browser.`,
  clashLegend: 'Assessments already stored',
  clashAsNew: 'Add as new assessments (recommended): the stored ones stay as they are.',
  clashReplace: 'Replace the stored copies with the ones from the file.',
  confirmReplace: (n: number) => `Replace ${n} stored assessment${n === 1 ? '' : 's'}? Their current content is lost unless you exported it.`,
  replaceNow: (n: number) => `Replace ${n}`,
  importAsNew: 'Open as new assessment',
  importAll: (n: number) => (n === 1 ? 'Open as new assessment' : `Import ${n} assessments`),
  importReplace: 'Import and replace…',
  imported: (n: number) => `Imported ${n} assessment${n === 1 ? '' : 's'}.`,
  rejectedCells: (n: number) =>
    `${n} cell${n === 1 ? ' is' : 's are'} not a number: kept as text, as the grid keeps ${n === 1 ? 'it' : 'them'}, and not scored until corrected:`,
  ignoredCells: (n: number) => `${n} cell${n === 1 ? '' : 's'} left out (a status, quality, year or target that is not one):`,
  resultColumnsNotRead: (columns: string) =>
    `The file also has result columns (${columns}). They are not read: the scores below are computed again from its inputs, so a change made there is not imported.`,
  readyTable: (rows: number) => `${rows} data point${rows === 1 ? '' : 's'} read. Name the new assessment:`,
  city: 'City',
  country: 'Country',
  year: 'Year',
  cityRequired: 'Enter the city name.',
  yearInvalid: (min: number, max: number) => `Enter a year between ${min} and ${max}.`,
  createFromTable: 'Create assessment',
  importedNote: (file: string) => `Imported from ${file}.`,
  storeFailed: (message: string) => `Nothing was stored: ${message}`,
  storeQuota: 'The browser has no storage space left for this site; nothing was imported.',

  // Import: what the file would give, and a new assessment or an update of a stored one
  tableRead: (rows: number) => `${rows} data point${rows === 1 ? '' : 's'} read.`,
  destLegend: 'Import as',
  destNew: 'A new assessment',
  destUpdate: 'An update of an assessment in this browser',
  destPick: 'Assessment to update',
  destPickMore: (shown: number, total: number) => `${shown} of ${total} listed: type part of the city, country or year to narrow the list.`,
  destPickNone: 'No stored assessment matches.',
  destMatchId: 'The file is a copy of this assessment (same id): updating it is proposed, so no second copy is made.',
  destMatchName: 'An assessment of the same city and year is stored: updating it is proposed.',
  scoresPreviewTitle: 'Scores the file would give',
  previewCols: { level: 'Level', now: 'Now', after: 'After the update', file: 'From the file' },
  previewCounts: (scored: number, rejected: number, missing: number) =>
    `${scored} data point${scored === 1 ? '' : 's'} scored, ${rejected} rejected (not usable as entered), ${missing} not reported.`,
  updateSummary: (changed: number, added: number, unchanged: number) =>
    `${changed} data point${changed === 1 ? '' : 's'} change${changed === 1 ? 's' : ''}, ${added} ${added === 1 ? 'is' : 'are'} added, ${unchanged} stay${unchanged === 1 ? 's' : ''} as ${unchanged === 1 ? 'it is' : 'they are'}. Review states, threads and what the file does not carry are kept.`,
  updateNothing: 'The file holds what is stored already: nothing would change.',
  updateCols: { item: 'Item', now: 'Now', after: 'After the update' },
  infoNames: { city: 'City', country: 'Country', year: 'Year', notes: 'Notes' } as Record<string, string>,
  updateMethod: 'The scoring method changes to the one in the file.',
  updateCycle: (n: number) => `${n} review entr${n === 1 ? 'y' : 'ies'} (states, thread entries, evidence, recommendations, actions) added or changed.`,
  updateLocal: (n: number) => `${n} local KPI${n === 1 ? '' : 's'} of your own framework with values added, changed or cleared.`,
  updateLocalFramework: 'The file names another framework of your own for this assessment; it will be named instead.',
  updateFrozen: 'This assessment is frozen and cannot be changed: import the file as a new assessment, or start a new version of it.',
  updateButton: (name: string) => `Update ${name}`,
  updated: (name: string, n: number) => `Updated ${name}: ${n} change${n === 1 ? '' : 's'}.`,
  undone: (name: string) => `The update of ${name} was undone.`,

  // Target file
  targetsTitle: 'Import a target file',
  targetsHelp:
    'A CSV with the columns code, datapoint, target, rationale, source (as the target file export writes it). It sets targets for this assessment only.',
  chooseTargetFile: 'Choose a target file',
  targetsSummary: (inFile: number, changing: number) =>
    `${inFile} target${inFile === 1 ? '' : 's'} in the file; ${changing} change${changing === 1 ? 's' : ''} the target in force.`,
  targetsApply: (n: number) => `Apply ${n} target${n === 1 ? '' : 's'}`,
  targetsApplied: (n: number) => `Applied ${n} target${n === 1 ? '' : 's'}.`,
  targetsNoChange: 'The file sets the targets already in force; nothing would change.',
  targetChangeCol: { item: 'Data point', before: 'Now', after: 'From the file' },
  targetNone: 'none (no benchmark)',
  targetRef: (t: string) => `${t} (reference)`,
  targetsMore: (n: number) => `…and ${n} more.`,

  // Compare and merge
  compareTitle: (a: string, b: string) => `Compare ${a} with ${b}`,
  compareNone: 'The two assessments hold the same values, profile and targets.',
  compareCount: (n: number) => `${n} difference${n === 1 ? '' : 's'}. For each, choose which version the merged assessment keeps.`,
  compareCols: { item: 'Item', kind: 'What', a: 'A', b: 'B', keep: 'Keep' },
  kindLabel: { profile: 'City profile', value: 'Value', target: 'Target', 'own-target': 'Own target', 'scoring-targets': 'Targets that score' },
  keepA: 'A',
  keepB: 'B',
  keepLabel: (which: 'A' | 'B', item: string) => `Keep ${which} for ${item}`,
  allA: 'Choose A everywhere',
  allB: 'Choose B everywhere',
  empty: '(empty)',
  fieldNames: {
    numerator: 'numerator',
    denominator: 'denominator',
    value: 'value',
    status: 'status',
    quality: 'quality',
    source: 'source',
    year: 'year',
    note: 'note',
  } as Record<string, string>,
  targetRationale: (t: string, rationale: string) => `${t} — ${rationale}`,
  scoresTitle: 'Scores',
  scoresCols: { level: 'Level', a: 'A', b: 'B' },
  overall: 'Overall',
  percent: (p: string) => `${p} %`,
  notScored: '—',
  mergeSummary: (n: number) => `The merged assessment takes ${n} item${n === 1 ? '' : 's'} from B and everything else from A.`,
  merge: 'Merge into a new assessment',
  mergedNotes: (a: string, b: string, fromB: number) =>
    `Merged from ${a} (A) and ${b} (B): ${fromB} item${fromB === 1 ? '' : 's'} taken from B, everything else from A.`,
  sideLabel: (which: 'A' | 'B', name: string) => `${which}: ${name}`,
  assessmentName: (city: string, year: number) => `${city} ${year}`,
} as const;

/** The export button of each registered file format (src/interchange/formats.ts); the compiler asks for one per format. */
export const EXPORT_FORMAT_TEXT: Record<FormatId, { readonly label: string; readonly hint: string }> = {
  // Getters: X holds the chosen language's words only once the language is applied.
  'assessment-json': {
    get label() {
      return X.exportJson;
    },
    get hint() {
      return X.exportJsonHint;
    },
  },
  'values-csv': {
    get label() {
      return X.exportCsv;
    },
    get hint() {
      return X.exportCsvHint;
    },
  },
  'values-xlsx': {
    get label() {
      return X.exportXlsx;
    },
    get hint() {
      return X.exportXlsxHint;
    },
  },
  'scores-csv': {
    get label() {
      return X.exportScores;
    },
    get hint() {
      return X.exportScoresHint;
    },
  },
  'scores-parquet': {
    get label() {
      return X.exportScoresParquet;
    },
    get hint() {
      return X.exportScoresParquetHint;
    },
  },
  'targets-csv': {
    get label() {
      return X.exportTargets;
    },
    get hint() {
      return X.exportTargetsHint;
    },
  },
  'sdmx-csv': {
    get label() {
      return X.exportSdmxCsv;
    },
    get hint() {
      return X.exportSdmxCsvHint;
    },
  },
  'sdmx-ml': {
    get label() {
      return X.exportSdmxMl;
    },
    get hint() {
      return X.exportSdmxMlHint;
    },
  },
  'dhis2-values': {
    get label() {
      return X.exportDhis2Values;
    },
    get hint() {
      return X.exportDhis2ValuesHint;
    },
  },
  'dhis2-metadata': {
    get label() {
      return X.exportDhis2Metadata;
    },
    get hint() {
      return X.exportDhis2MetadataHint;
    },
  },
  'open-sdg': {
    get label() {
      return X.exportOpenSdg;
    },
    get hint() {
      return X.exportOpenSdgHint;
    },
  },
  'all-zip': {
    get label() {
      return X.exportAll;
    },
    get hint() {
      return X.exportAllHint;
    },
  },
};
