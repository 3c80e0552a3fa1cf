import type { DecimalChoice } from '../../engine/csv';
import type { FormatId } from '../../interchange/formats';
import type { LinkError } from '../../share/link';
import { interchange } from '../messages/compiled/interchange';
import { withCode, type Table } from '../messages/runtime';
import type { WorkbookLabels } from '../../share/xlsx';

const MB = 1024 * 1024;

/**
 * Every user-visible string of the sharing and interchange views (export, share link, opening a link,
 * import, compare and merge). ICU messages (#31) in src/ui/messages/<lang>/interchange.json, compiled by
 * scripts/messages.ts into the typed accessor `interchange`; `X` adds the texts code puts together from
 * them. Plain text only, never HTML. The results workbook's sheet and column labels are `X.workbook`
 * (Excel sheet names: at most 31 characters, none of : \\ / ? * [ ]).
 */
export const interchangeWords = withCode(interchange, {
  /** Field names looked up by a value entry's field (a field without a name is shown by its key). */
  get fieldNames(): Readonly<Partial<Record<string, string>>> {
    return interchange.fieldNames;
  },
  /** Where a file's problem is: a cell, a line and column, a line, or nowhere (an empty column is none). */
  problemAt: (row: number | undefined, column: string | undefined, message: string, cell?: string): string =>
    interchange.problemAt(row ?? null, column || null, message, cell ?? null),
  /** The security notes of the share dialog, in order. */
  get securityPoints(): readonly string[] {
    return [interchange.securityPoint1, interchange.securityPoint2, interchange.securityPoint3, interchange.securityPoint4, interchange.securityPoint5];
  },
  /** Why a share link did not open, in words; a new kind of LinkError does not compile until it is said here. */
  linkProblem: (error: LinkError): string => {
    switch (error.kind) {
      case 'malformed':
        return interchange.linkProblem.malformed;
      case 'not-a-link':
        return interchange.linkProblem['not-a-link'];
      case 'needs-passphrase':
        return interchange.linkProblem['needs-passphrase'];
      case 'cannot-decrypt':
        return interchange.linkProblem['cannot-decrypt']({ mode: error.mode ?? '' });
      case 'too-long':
        return interchange.linkProblem['too-long']({ limit: error.limit });
      case 'too-large':
        return interchange.linkProblem['too-large']({ mb: error.limit / MB });
    }
  },
  /** The file endings the workbench reads, joined as each language says "a, b or c". */
  unknownKind: (name: string, endings: readonly string[]): string =>
    interchange.unknownKind({
      name,
      endings:
        endings.length > 1
          ? `${endings.slice(0, -1).join(interchange.endingsSeparator)}${interchange.endingsLast}${endings[endings.length - 1]}`
          : endings.join(''),
    }),
  decimalFrom: (choice: DecimalChoice): string => {
    const mark = choice.mark === 'point' ? interchange.decimalMark.point : interchange.decimalMark.comma;
    switch (choice.from) {
      case 'declared':
        return interchange.decimalFrom.declared({ mark });
      case 'file':
        return interchange.decimalFrom.file({ mark, row: choice.row, text: choice.text });
      case 'setting':
        return choice.conflict ? interchange.decimalFrom.settingConflict({ mark }) : interchange.decimalFrom.setting({ mark });
    }
  },
  /** One assessment, all of the file's, is already stored: said as such. */
  clashNotice: (n: number, total: number): string => (n === total && n === 1 ? interchange.clashNoticeOne : interchange.clashNotice({ n, total })),
});

/**
 * A results workbook's words from one language's compiled interchange table, read without switching the
 * interface's language (the command line's --lang); a word the table lacks is English.
 */
export function workbookLabelsOf(table: Table | undefined): WorkbookLabels {
  const word = (key: string, english: string): string => {
    const t = table?.[key];
    return typeof t === 'string' ? t : english;
  };
  const pick = <K extends string>(group: string, english: Record<K, string>): Record<K, string> =>
    Object.fromEntries(Object.entries<string>(english).map(([k, v]) => [k, word(`workbook.${group}.${k}`, v)])) as Record<K, string>;
  return { sheets: pick('sheets', { ...interchangeWords.workbook.sheets }), columns: pick('columns', { ...interchangeWords.workbook.columns }) };
}

/** The export button of each registered file format (src/interchange/formats.ts); the compiler asks for one per format. */
export const EXPORT_FORMAT_TEXT: Record<FormatId, { readonly label: string; readonly hint: string }> = {
  // Getters: X holds the chosen language's words only once the language is applied.
  'assessment-json': {
    get label() {
      return interchangeWords.exportJson;
    },
    get hint() {
      return interchangeWords.exportJsonHint;
    },
  },
  'values-csv': {
    get label() {
      return interchangeWords.exportCsv;
    },
    get hint() {
      return interchangeWords.exportCsvHint;
    },
  },
  'values-xlsx': {
    get label() {
      return interchangeWords.exportXlsx;
    },
    get hint() {
      return interchangeWords.exportXlsxHint;
    },
  },
  'scores-csv': {
    get label() {
      return interchangeWords.exportScores;
    },
    get hint() {
      return interchangeWords.exportScoresHint;
    },
  },
  'scores-parquet': {
    get label() {
      return interchangeWords.exportScoresParquet;
    },
    get hint() {
      return interchangeWords.exportScoresParquetHint;
    },
  },
  'targets-csv': {
    get label() {
      return interchangeWords.exportTargets;
    },
    get hint() {
      return interchangeWords.exportTargetsHint;
    },
  },
  'sdmx-csv': {
    get label() {
      return interchangeWords.exportSdmxCsv;
    },
    get hint() {
      return interchangeWords.exportSdmxCsvHint;
    },
  },
  'sdmx-ml': {
    get label() {
      return interchangeWords.exportSdmxMl;
    },
    get hint() {
      return interchangeWords.exportSdmxMlHint;
    },
  },
  'dhis2-values': {
    get label() {
      return interchangeWords.exportDhis2Values;
    },
    get hint() {
      return interchangeWords.exportDhis2ValuesHint;
    },
  },
  'dhis2-metadata': {
    get label() {
      return interchangeWords.exportDhis2Metadata;
    },
    get hint() {
      return interchangeWords.exportDhis2MetadataHint;
    },
  },
  'open-sdg': {
    get label() {
      return interchangeWords.exportOpenSdg;
    },
    get hint() {
      return interchangeWords.exportOpenSdgHint;
    },
  },
  'all-zip': {
    get label() {
      return interchangeWords.exportAll;
    },
    get hint() {
      return interchangeWords.exportAllHint;
    },
  },
};
