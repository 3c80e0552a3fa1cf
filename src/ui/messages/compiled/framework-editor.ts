// Compiled from src/ui/messages/en/framework-editor.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, type Args } from '../runtime';

/** The messages of the namespace `framework-editor`, with the argument types of their English text. */
export interface FrameworkEditorMessages {
  readonly "selectionTitle": string;
  readonly "selectionHelp": string;
  "selectionSummary"(a: { kept: string | number; total: string | number; removed: string | number; local: string | number }): string;
  readonly "localTag": string;
  readonly "up": string;
  readonly "down": string;
  "moveUp"(a: { code: string | number }): string;
  "moveDown"(a: { code: string | number }): string;
  readonly "leaveOut": string;
  "leaveOutKpi"(a: { code: string | number }): string;
  readonly "putBack": string;
  "putBackKpi"(a: { code: string | number }): string;
  "moved"(a: { code: string | number }): string;
  "leftOut"(a: { code: string | number }): string;
  "putBackDone"(a: { code: string | number }): string;
  readonly "removedTitle": string;
  readonly "noneRemoved": string;
  readonly "linksTitle": string;
  readonly "linksHelp": string;
  readonly "linkDatapoint": string;
  readonly "linkFramework": string;
  readonly "linkIndicator": string;
  readonly "linkRelation": string;
  readonly "linkSource": string;
  readonly "linkNote": string;
  readonly "relation": {
    readonly "exact": string;
    readonly "close": string;
    readonly "broad": string;
    readonly "narrow": string;
    readonly "related": string;
  };
  readonly "addLink": string;
  "linkSaved"(a: { from: string | number; to: string | number }): string;
  "linkRemoved"(a: { from: string | number; to: string | number }): string;
  readonly "noLinks": string;
  "removeLink"(a: { to: string | number }): string;
  readonly "linkRequired": string;
  readonly "changedElsewhere": string;
  readonly "updatedElsewhere": string;
  readonly "title": string;
  readonly "help": string;
  readonly "none": string;
  "summary"(a: { name: string | number; version: string | number; kpis: string | number; local: string | number; rules: string | number }): string;
  readonly "startU4ssc": string;
  readonly "open": string;
  readonly "exportFile": string;
  readonly "forget": string;
  "opened"(a: { name: string | number }): string;
  readonly "notRead": string;
  readonly "notSaved": string;
  readonly "localTitle": string;
  readonly "noLocal": string;
  readonly "edit": string;
  readonly "remove": string;
  readonly "addKpi": string;
  "editKpi"(a: { code: string | number }): string;
  readonly "code": string;
  readonly "name": string;
  readonly "category": string;
  readonly "definition": string;
  readonly "unit": string;
  readonly "direction": string;
  readonly "higher": string;
  readonly "lower": string;
  "inputName"(a: { n: string | number }): string;
  "inputLabel"(a: { n: string | number }): string;
  readonly "inputHelp": string;
  readonly "formula": string;
  readonly "formulaHelp": string;
  readonly "formulaReads": string;
  readonly "target": string;
  readonly "noTarget": string;
  readonly "basis": string;
  readonly "basisPublic": string;
  readonly "basisJudgement": string;
  readonly "source": string;
  readonly "rationale": string;
  readonly "saveKpi": string;
  readonly "cancel": string;
  readonly "required": string;
  "notLocal"(a: { code: string | number }): string;
  "saved"(a: { code: string | number }): string;
  "removed"(a: { item: string | number }): string;
  readonly "rulesTitle": string;
  readonly "noRules": string;
  readonly "addRule": string;
  readonly "ruleName": string;
  readonly "ruleLeft": string;
  readonly "ruleOperator": string;
  readonly "ruleRight": string;
  readonly "ruleSource": string;
  readonly "saveRule": string;
  "ruleSaved"(a: { name: string | number }): string;
}

export const frameworkEditor = register<FrameworkEditorMessages>("framework-editor", {
  selectionTitle: "The KPIs of this framework, in order",
  selectionHelp: "A national selection: leave out the U4SSC KPIs your programme does not use, put the KPIs in your order and add local KPIs below. Each change is checked as an opened file is. A U4SSC KPI that is kept scores as under U4SSC.",
  selectionSummary: (a: Args) => `U4SSC KPIs kept: ${a.kept} of ${a.total}; left out: ${a.removed}; local KPIs: ${a.local}.`,
  localTag: "local",
  up: "Up",
  down: "Down",
  moveUp: (a: Args) => `Move ${a.code} up`,
  moveDown: (a: Args) => `Move ${a.code} down`,
  leaveOut: "Leave out",
  leaveOutKpi: (a: Args) => `Leave out ${a.code}`,
  putBack: "Put back",
  putBackKpi: (a: Args) => `Put back ${a.code}`,
  moved: (a: Args) => `${a.code} moved.`,
  leftOut: (a: Args) => `${a.code} left out.`,
  putBackDone: (a: Args) => `${a.code} put back.`,
  removedTitle: "U4SSC KPIs left out",
  noneRemoved: "None: every U4SSC KPI is in this framework.",
  linksTitle: "Links to other frameworks",
  linksHelp: "A link says how close a data point is to another framework's indicator, and the source that says so. Exact and close links in the same unit carry a value across.",
  linkDatapoint: "Data point",
  linkFramework: "Other framework",
  linkIndicator: "Its indicator",
  linkRelation: "How close",
  linkSource: "Source of the link",
  linkNote: "Note (optional)",
  relation: {
    exact: "exact match",
    close: "close match",
    broad: "broader",
    narrow: "narrower",
    related: "related",
  },
  addLink: "Save the link",
  linkSaved: (a: Args) => `Link from ${a.from} to ${a.to} saved.`,
  linkRemoved: (a: Args) => `Link from ${a.from} to ${a.to} removed.`,
  noLinks: "This data point has no links.",
  removeLink: (a: Args) => `Remove the link to ${a.to}`,
  linkRequired: "Choose an indicator and give the link's source.",
  changedElsewhere: "This framework was changed in another tab since this one read it, so your change was not saved. The editor now shows the framework as the other tab saved it; make your change again if it is still needed.",
  updatedElsewhere: "Updated: another tab saved this framework.",
  title: "Your framework: local KPIs and rules",
  help: "Start from the U4SSC KPIs or open a framework file, add your programme’s own KPIs and validation rules, and export the file. It is kept in this browser only; its rules warn in every assessment’s grid.",
  none: "No framework file yet.",
  summary: (a: Args) => `${a.name} (${a.version}): ${a.kpis} KPIs, ${a.local} of them local; ${a.rules} validation rules.`,
  startU4ssc: "Start from the U4SSC KPIs",
  open: "Open a framework file",
  exportFile: "Export the framework file",
  forget: "Remove it from this browser",
  opened: (a: Args) => `Opened ${a.name}.`,
  notRead: "The file was not read:",
  notSaved: "The change was not kept:",
  localTitle: "Local KPIs",
  noLocal: "No local KPI yet.",
  edit: "Edit",
  remove: "Remove",
  addKpi: "Add a local KPI",
  editKpi: (a: Args) => `Edit ${a.code}`,
  code: "Code",
  name: "Name",
  category: "Category",
  definition: "Definition",
  unit: "Unit",
  direction: "Better when",
  higher: "higher",
  lower: "lower",
  inputName: (a: Args) => `Input ${a.n}: name in the formula`,
  inputLabel: (a: Args) => `Input ${a.n}: what is counted`,
  inputHelp: "A name of letters, digits and _; leave the second input empty for a formula of one.",
  formula: "Formula",
  formulaHelp: "Inputs by name, profile.population, other KPIs as [code]; + − * / ^, comparisons, min, max, sum, if, abs, and, or, not.",
  formulaReads: "The formula reads.",
  target: "Reference target",
  noTarget: "No target",
  basis: "Basis of the target",
  basisPublic: "a published document",
  basisJudgement: "the programme’s own judgement",
  source: "Source",
  rationale: "Why this target (or why none)",
  saveKpi: "Save the KPI",
  cancel: "Cancel",
  required: "Fill in the code, the name, the unit, the source and the first input.",
  notLocal: (a: Args) => `${a.code} is a U4SSC KPI, not a local one: choose another code.`,
  saved: (a: Args) => `${a.code} saved.`,
  removed: (a: Args) => `${a.item} removed.`,
  rulesTitle: "Validation rules",
  noRules: "No validation rule yet.",
  addRule: "Add a validation rule",
  ruleName: "What the rule checks",
  ruleLeft: "Left side",
  ruleOperator: "Must be",
  ruleRight: "Right side",
  ruleSource: "Source of the rule",
  saveRule: "Save the rule",
  ruleSaved: (a: Args) => `Rule saved: ${a.name}.`,
});
