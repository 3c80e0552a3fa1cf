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
});
