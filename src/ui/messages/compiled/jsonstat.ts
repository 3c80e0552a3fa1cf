// Compiled from src/ui/messages/en/jsonstat.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, nf, lf, sel, type Args } from '../runtime';

/** The messages of the namespace `jsonstat`, with the argument types of their English text. */
export interface JsonstatMessages {
  readonly "problem": {
    readonly "not-json": string;
    "repeated-key"(a: { path: string | number }): string;
    "too-large"(a: { unit: string | number; mb: string | number; limit: number }): string;
    "not-dataset"(a: { found: string | number | null }): string;
    "bad-structure"(a: { part: string | number; dimension: string | number | null }): string;
    "size-mismatch"(a: { dimension: string | number | null; expected: string | number; found: string | number }): string;
    "no-area-dimension"(a: { dimensions: readonly string[] }): string;
    "no-time-dimension"(a: { dimensions: readonly string[] }): string;
    "not-found"(a: { role: string | number; asked: string | number; dimension: string | number; examples: readonly string[] }): string;
    "choose"(a: { label: string | number; dimension: string | number; categories: readonly string[] }): string;
    "missing-value"(a: { status: string | number | null; code: string | number }): string;
    "confidential"(a: { code: string | number }): string;
    "not-a-number"(a: { text: string | number }): string;
    "unknown-profile-field"(a: { field: string | number; fields: readonly string[] }): string;
  };
  readonly "title": string;
  readonly "help": string;
  readonly "file": string;
  readonly "areaDimension": string;
  readonly "timeDimension": string;
  readonly "choose": string;
  readonly "field": string;
  readonly "fill": string;
  "filled"(a: { field: string | number; value: string | number; source: string | number; retrieved: string | number }): string;
  readonly "sourceTitle": string;
  "sourced"(a: { office: string | number; table: string | number | null; picked: string | number; file: string | number; retrieved: string | number }): string;
  readonly "frozen": string;
  readonly "reportTitle": string;
  readonly "input": string;
  readonly "inputs": {
    readonly "value": string;
    readonly "numerator": string;
    readonly "denominator": string;
  };
}

export const jsonstat = register<JsonstatMessages>("jsonstat", {
  problem: {
    "not-json": "This file is not JSON, so it is not a JSON-stat table.",
    "repeated-key": (a: Args) => `The table writes "${a.path}" more than once in one object: which of its values is meant cannot be known, so the file was not read.`,
    "too-large": (a: Args) => sel(a.unit, { "chars": `This file is larger than ${a.mb} MB; it was not read.`, "other": `This table declares more than ${nf(a.limit, 'decimal')} cells; it was not read.` }),
    "not-dataset": (a: Args) => sel(a.found, { "version-1": `This is a JSON-stat 1.0 response. Download the table again as JSON-stat 2.0 (a single dataset).`, "other": `This is not a JSON-stat 2.0 dataset${sel(a.found, { "null": ``, "other": ` (its class is "${a.found}")` })}: the file must hold one table with "class": "dataset".` }),
    "bad-structure": (a: Args) => `The table's "${a.part}"${sel(a.dimension, { "null": ``, "other": ` of dimension "${a.dimension}"` })} is missing or not in the JSON-stat shape.`,
    "size-mismatch": (a: Args) => sel(a.dimension, { "null": `The table declares ${a.expected} cells but its values do not match (${a.found}).`, "other": `Dimension "${a.dimension}" declares ${a.expected} categories but lists ${a.found}.` }),
    "no-area-dimension": (a: Args) => `Which dimension is the area is not marked in the table (dimensions: ${lf(a.dimensions)}). Choose it.`,
    "no-time-dimension": (a: Args) => `Which dimension is the period is not marked in the table (dimensions: ${lf(a.dimensions)}). Choose it.`,
    "not-found": (a: Args) => `The ${sel(a.role, { "area": `area`, "other": `${sel(a.role, { "period": `period`, "other": `category` })}` })} "${a.asked}" is not in dimension "${a.dimension}" (it has e.g. ${lf(a.examples)}).`,
    choose: (a: Args) => `More than one value is left: choose a category of "${a.label}" (${a.dimension}: ${lf(a.categories)}).`,
    "missing-value": (a: Args) => `The table has no value for this choice${sel(a.status, { "null": ``, "other": `; its status is ${a.code}` })}. Nothing was filled in.`,
    confidential: (a: Args) => `The statistics office withheld this value as confidential (status ${a.code}). Nothing was filled in.`,
    "not-a-number": (a: Args) => `The value "${a.text}" is not a number. Nothing was filled in.`,
    "unknown-profile-field": (a: Args) => `"${a.field}" is not a field of the city profile (${lf(a.fields)}).`,
  },
  title: "Fill from a JSON-stat table",
  help: "A table downloaded from a statistics office as JSON-stat 2.0. Choose the area, the period and every other dimension; nothing is fetched.",
  file: "JSON-stat file",
  areaDimension: "Dimension of the area",
  timeDimension: "Dimension of the period",
  choose: "(choose)",
  field: "Profile field to fill",
  fill: "Fill in",
  filled: (a: Args) => `${a.field} set to ${a.value} from ${a.source} (read ${a.retrieved}).`,
  sourceTitle: "Source of the figure",
  sourced: (a: Args) => `From ${a.office}${sel(a.table, { "null": ``, "other": `, ${a.table}` })}: ${a.picked}. File ${a.file}, read ${a.retrieved}.`,
  frozen: "This assessment is frozen: no figure can be filled into it. Start a new version to change it.",
  reportTitle: "Figures from statistics tables",
  input: "Input to fill",
  inputs: {
    value: "value",
    numerator: "numerator",
    denominator: "denominator",
  },
});
