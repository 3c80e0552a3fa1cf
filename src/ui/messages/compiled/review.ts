// Compiled from src/ui/messages/en/review.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, pl, sel, type Args, type Arg } from '../runtime';

/** The messages of the namespace `review`, with the argument types of their English text. */
export interface ReviewMessages {
  "state"(s: string | number): string;
  "move"(s: string | number): string;
  readonly "stale": string;
  readonly "staleState": string;
  readonly "unfoundedState": string;
  readonly "openQuery": string;
  "stampLine"(state: string | number, by: string | number, when: string | number): string;
  readonly "reviewColumn": string;
  readonly "filterUnverified": string;
  readonly "filterOpenQueries": string;
  readonly "problem": {
    "not-allowed"(a: { from: string | number; to: string | number }): string;
    readonly "reason-required": string;
    "text-required"(a: { to: string | number }): string;
    "no-valid-value"(a: { standing: string | number }): string;
    "self-verify"(a: { by: string | number }): string;
    readonly "no-name": string;
  };
  readonly "nameLabel": string;
  readonly "nameHint": string;
  readonly "nameSave": string;
  "nameSaved"(name: string | number): string;
  readonly "nameChange": string;
  readonly "panelTitle": string;
  readonly "panelEmpty": string;
  readonly "currentState": string;
  readonly "reasonLabel": string;
  readonly "confirmNotVerifiable": string;
  readonly "selfVerify": string;
  readonly "cancel": string;
  readonly "threadTitle": string;
  readonly "threadEmpty": string;
  "threadKind"(k: string | number): string;
  "threadEntry"(kind: string | number, by: string | number, when: string | number): string;
  readonly "newEntry": string;
  readonly "ask": string;
  readonly "answer": string;
  readonly "resolve": string;
  readonly "emptyText": string;
  "versionLabel"(n: string | number): string;
  readonly "versionOpen": string;
  "versionFrozen"(by: string | number): string;
  "versionVerified"(by: string | number): string;
  "versionParent"(print: string | number): string;
  "versionOrigin"(kind: string | number, name: string | number, when: string | number, signer: string | number | null): string;
  "versionChanged"(when: string | number): string;
  readonly "annexChangedTitle": string;
  readonly "historyTitle": string;
  readonly "historyEmpty": string;
  "historyValue"(value: string | number, by: string | number, when: string | number): string;
  "historyStep"(s: string | number, by: string | number, when: string | number): string;
  readonly "historySelf": string;
  readonly "historyEmptied": string;
  readonly "historyNoName": string;
  "historyDropped"(n: number, limit: string | number): string;
  readonly "frozenNoEdit": string;
  readonly "frozenRefused": string;
  readonly "evidenceTitle": string;
  readonly "evidenceEmpty": string;
  readonly "evidenceFields": {
    readonly "title": string;
    readonly "location": string;
    readonly "page": string;
    readonly "date": string;
  };
  readonly "evidenceAdd": string;
  "evidenceRemove"(title: string | number): string;
  readonly "evidenceNeedsTitle": string;
  readonly "evidenceLine": {
    "page"(a: { page: string | number }): string;
    readonly "separator": string;
  };
  readonly "evidenceNote": string;
  readonly "viewTitle": string;
  readonly "viewIntro": string;
  readonly "countsTitle": string;
  readonly "countsCaption": string;
  readonly "stateCol": string;
  readonly "countCol": string;
  "submitAll"(n: string | number): string;
  "notSubmittable"(empty: string | number, rejected: string | number): string;
  "submitted"(n: number): string;
  "openQueriesTitle"(n: string | number): string;
  readonly "openQueriesNone": string;
  "unverifiedTitle"(n: string | number): string;
  readonly "unverifiedNone": string;
  "categoryCount"(code: string | number, name: string | number, n: string | number): string;
  "open"(label: string | number): string;
  readonly "lastQuestion": string;
  readonly "freezeTitle": string;
  readonly "freezeHint": string;
  readonly "freeze": string;
  "freezeSummary"(verified: string | number, unverified: string | number, rejected: string | number, open: string | number): string;
  readonly "freezeAsk": string;
  readonly "freezeConfirm": string;
  "frozen"(by: string | number, when: string | number): string;
  readonly "newVersion": string;
  "newVersionMade"(name: string | number): string;
  "parentLine"(fp: string | number): string;
  readonly "fingerprint": string;
  readonly "fingerprintMatches": string;
  readonly "fingerprintDiffers": string;
  readonly "fingerprintCoversData": string;
  "fingerprintOf"(name: string | number): string;
  readonly "statementTitle": string;
  "statement"(verified: string | number, total: string | number): string;
  "statementBy"(names: string | number): string;
  readonly "statementWhen": {
    "same"(a: { from: string | number }): string;
    "range"(a: { from: string | number; to: string | number }): string;
  };
  readonly "statementNone": string;
  "statementNotVerifiable"(n: string | number): string;
  "statementOpen"(n: number): string;
  "statementConfirmed"(n: string | number): string;
  "statementSelf"(n: string | number): string;
  readonly "notFrozen": string;
  readonly "annexTitle": string;
  readonly "reviewCol": string;
  readonly "detailCols": {
    readonly "datapoint": string;
    readonly "state": string;
    readonly "by": string;
    readonly "when": string;
    readonly "question": string;
    readonly "reason": string;
  };
  readonly "recsTitle": string;
  readonly "recsHint": string;
  "scope"(s: string | number): string;
  readonly "recScope": string;
  readonly "recTarget": string;
  readonly "recText": string;
  readonly "recAdd": string;
  readonly "recNone": string;
  "recLine"(scope: string | number, target: string | number, by: string | number, when: string | number): string;
  readonly "actionFromRec": string;
  readonly "actionsTitle": string;
  readonly "actionNone": string;
  readonly "actionFields": {
    readonly "title": string;
    readonly "owner": string;
    readonly "deadline": string;
    readonly "status": string;
    readonly "datapoints": string;
    readonly "band": string;
  };
  readonly "actionAdd": string;
  "actionStatus"(s: string | number): string;
  "actionRemove"(title: string | number): string;
  readonly "actionNeedsTitle": string;
  readonly "noBand": string;
  "band"(n: string | number): string;
  "unknownCodes"(codes: string | number): string;
  readonly "pickHint": string;
  readonly "pickNone": string;
  "pickCount"(n: string | number): string;
  "pickRemove"(code: string | number): string;
  readonly "reviewFind": string;
  "carried"(year: string | number): string;
  readonly "progressTitle": string;
  readonly "progressCols": {
    readonly "action": string;
    readonly "status": string;
    readonly "datapoint": string;
    readonly "before": string;
    readonly "now": string;
    readonly "change": string;
  };
  readonly "conflict": {
    "review-dropped"(a: { label: string | number; droppedBy: string | number }): string;
    "future-stamp"(a: { label: string | number; stampBy: string | number }): string;
    "one-side"(a: { label: string | number; title: string | number; side: string | number }): string;
    "same-time"(a: { what: string | number; id: string | number }): string;
    "local-differs"(a: { label: string | number }): string;
    "local-framework-differs"(a: { a: string | number; b: string | number }): string;
  };
  readonly "mergeRules": string;
  "pickNoMatch"(text: string | number): string;
  "pickStill"(item: string | number): string;
}

export const review = register<ReviewMessages>("review", {
  state: (s: Arg) => sel(s, { "draft": `Draft`, "submitted": `Submitted`, "queried": `Queried`, "answered": `Answered`, "verified": `Verified`, "not-verifiable": `Not verifiable`, "other": `${s}` }),
  move: (s: Arg) => sel(s, { "draft": `Withdraw to draft`, "submitted": `Submit for review`, "queried": `Query`, "answered": `Answer`, "verified": `Verify`, "not-verifiable": `Not verifiable…`, "other": `${s}` }),
  stale: "changed since verified",
  staleState: "Submitted (changed since verified)",
  unfoundedState: "Submitted (verified without a valid value)",
  openQuery: "open query",
  stampLine: (state: Arg, by: Arg, when: Arg) => `${state} · ${by} · ${when}`,
  reviewColumn: "Review",
  filterUnverified: "Not yet verified",
  filterOpenQueries: "Open queries",
  problem: {
    "not-allowed": (a: Args) => `A data point that is ${sel(a.from, { "draft": `draft`, "submitted": `submitted`, "queried": `queried`, "answered": `answered`, "verified": `verified`, "not-verifiable": `not verifiable`, "other": `${a.from}` })} cannot become ${sel(a.to, { "draft": `draft`, "submitted": `submitted`, "queried": `queried`, "answered": `answered`, "verified": `verified`, "not-verifiable": `not verifiable`, "other": `${a.to}` })}.`,
    "reason-required": "Say why the value cannot be verified.",
    "text-required": (a: Args) => sel(a.to, { "queried": `Write the question first: a query is its words, not a state alone.`, "other": `Write the answer first: an answer is its words, not a state alone.` }),
    "no-valid-value": (a: Args) => sel(a.standing, { "rejected": `This data point’s value is rejected (see its flags): correct it, or mark it not reported or not applicable, before it is submitted or verified.`, "other": `This data point holds no value yet: enter one, or mark it not reported or not applicable, before it is submitted or verified.` }),
    "self-verify": (a: Args) => `${a.by} submitted or last changed this value. To verify it in the same name, use “Verify my own value”: the report counts it apart.`,
    "no-name": "Type your name first: every review step is signed with it.",
  },
  nameLabel: "Your name",
  nameHint: "Signs every review step, query and answer. Typed once, kept in this browser only.",
  nameSave: "Save name",
  nameSaved: (name: Arg) => `Signing as ${name}.`,
  nameChange: "Change",
  panelTitle: "Review",
  panelEmpty: "Select a data point in the grid to review it.",
  currentState: "State",
  reasonLabel: "Why it cannot be verified",
  confirmNotVerifiable: "Mark not verifiable",
  selfVerify: "Verify my own value",
  cancel: "Cancel",
  threadTitle: "Queries",
  threadEmpty: "No query on this data point.",
  threadKind: (k: Arg) => sel(k, { "question": `Question`, "answer": `Answer`, "resolution": `Resolution`, "other": `${k}` }),
  threadEntry: (kind: Arg, by: Arg, when: Arg) => `${sel(kind, { "question": `Question`, "answer": `Answer`, "resolution": `Resolution`, "other": `${kind}` })} · ${by} · ${when}`,
  newEntry: "Write a question, an answer or a resolution",
  ask: "Ask (query)",
  answer: "Answer",
  resolve: "Resolve",
  emptyText: "Write the text first.",
  versionLabel: (n: Arg) => `Version ${n}`,
  versionOpen: "not frozen",
  versionFrozen: (by: Arg) => `frozen by ${by}`,
  versionVerified: (by: Arg) => `verified, frozen by ${by}`,
  versionParent: (print: Arg) => `new version of ${print}…`,
  versionOrigin: (kind: Arg, name: Arg, when: Arg, signer: Arg) => `${sel(kind, { "file": `imported from ${name}`, "other": `${sel(kind, { "link": `opened from a link`, "other": `merged with ${name}` })}` })} on ${when}${sel(signer, { "null": ``, "other": `, signed by ${signer}` })}`,
  versionChanged: (when: Arg) => `changed ${when}`,
  annexChangedTitle: "Values changed after they were submitted, with their history",
  historyTitle: "History of this value",
  historyEmpty: "No change recorded yet: values and review steps are recorded as they are made.",
  historyValue: (value: Arg, by: Arg, when: Arg) => `Value ${value} · ${by} · ${when}`,
  historyStep: (s: Arg, by: Arg, when: Arg) => `${sel(s, { "draft": `Draft`, "submitted": `Submitted`, "queried": `Queried`, "answered": `Answered`, "verified": `Verified`, "not-verifiable": `Not verifiable`, "other": `${s}` })} · ${by} · ${when}`,
  historySelf: "own value",
  historyEmptied: "emptied",
  historyNoName: "no name set",
  historyDropped: (n: Arg, limit: Arg) => `${pl('en', n, false, { "=1": `1 older entry is`, "other": `${n} older entries are` })} not kept: the last ${limit} are.`,
  frozenNoEdit: "This assessment is frozen: it cannot be changed. Start a new version to edit.",
  frozenRefused: "This assessment is frozen: the change was refused and nothing was saved; the frozen values are shown again. Start a new version to edit.",
  evidenceTitle: "Evidence",
  evidenceEmpty: "No document referenced yet.",
  evidenceFields: {
    title: "Title",
    location: "URL or file name",
    page: "Page",
    date: "Date",
  },
  evidenceAdd: "Add reference",
  evidenceRemove: (title: Arg) => `Remove reference: ${title}`,
  evidenceNeedsTitle: "Give the reference a title.",
  evidenceLine: {
    page: (a: Args) => `p. ${a.page}`,
    separator: " · ",
  },
  evidenceNote: "References travel with the assessment in files and links; the documents themselves are not sent.",
  viewTitle: "Review",
  viewIntro: "Where the review of this assessment stands: every data point that applies with its state, the open queries and what is not yet verified, by category. Open a data point to review it beside the grid.",
  countsTitle: "Data points by review state",
  countsCaption: "Review states of the data points that apply",
  stateCol: "State",
  countCol: "Data points",
  submitAll: (n: Arg) => `Submit all ${n} drafts for review`,
  notSubmittable: (empty: Arg, rejected: Arg) => `Not submitted, listed here first: empty ${empty}, rejected ${rejected}.`,
  submitted: (n: Arg) => `${n} data point${pl('en', n, false, { "=1": ``, "other": `s` })} submitted for review.`,
  openQueriesTitle: (n: Arg) => `Open queries (${n})`,
  openQueriesNone: "No open query.",
  unverifiedTitle: (n: Arg) => `Not yet verified (${n})`,
  unverifiedNone: "Every data point that applies is verified or marked not verifiable.",
  categoryCount: (code: Arg, name: Arg, n: Arg) => `${code} ${name} (${n})`,
  open: (label: Arg) => `Open ${label} in the grid`,
  lastQuestion: "Last question",
  freezeTitle: "Freeze and fingerprint",
  freezeHint: "Freezing makes this assessment read-only and records its fingerprint (SHA-256 of its data) so that anyone can check a file is the one that was verified. Editing afterwards starts a new version that records this one as its parent.",
  freeze: "Freeze this assessment",
  freezeSummary: (verified: Arg, unverified: Arg, rejected: Arg, open: Arg) => `Verified: ${verified}. Not verified: ${unverified}. Rejected values: ${rejected}. Open queries: ${open}.`,
  freezeAsk: "Freeze with this summary? A frozen assessment cannot be changed; a new version of it can.",
  freezeConfirm: "Freeze now",
  frozen: (by: Arg, when: Arg) => `Frozen by ${by} on ${when}.`,
  newVersion: "Start a new version to edit",
  newVersionMade: (name: Arg) => `Started a new version: ${name}.`,
  parentLine: (fp: Arg) => `Started from the frozen version with fingerprint ${fp}.`,
  fingerprint: "Fingerprint (SHA-256)",
  fingerprintMatches: "The fingerprint matches: this file holds exactly the data that was frozen.",
  fingerprintDiffers: "The fingerprint does not match: this file was changed after it was frozen.",
  fingerprintCoversData: "This fingerprint was made before it covered the freeze itself: it vouches for the data, not for who froze it, when, or its parent.",
  fingerprintOf: (name: Arg) => `Frozen file ${name}:`,
  statementTitle: "Verification statement",
  statement: (verified: Arg, total: Arg) => `${verified} of ${total} data points verified.`,
  statementBy: (names: Arg) => `Verified by ${names}`,
  statementWhen: {
    same: (a: Args) => `on ${a.from}.`,
    range: (a: Args) => `between ${a.from} and ${a.to}.`,
  },
  statementNone: "No data point has been verified.",
  statementNotVerifiable: (n: Arg) => `${n} not verifiable.`,
  statementOpen: (n: Arg) => `${n} open quer${pl('en', n, false, { "=1": `y`, "other": `ies` })} (annex).`,
  statementConfirmed: (n: Arg) => `Of these, confirmed as not reported or not applicable: ${n}.`,
  statementSelf: (n: Arg) => `Of these, verified by the name that submitted them: ${n}.`,
  notFrozen: "This assessment is not frozen: its data may still change.",
  annexTitle: "Annex: open queries",
  reviewCol: "Review",
  detailCols: {
    datapoint: "Data point",
    state: "State",
    by: "By",
    when: "When",
    question: "Question",
    reason: "Reason",
  },
  recsTitle: "Recommendations and actions",
  recsHint: "The verifier recommends, per data point, category or dimension; the city turns recommendations into actions.",
  scope: (s: Arg) => sel(s, { "datapoint": `Data point`, "category": `Category`, "dimension": `Dimension`, "other": `${s}` }),
  recScope: "Applies to",
  recTarget: "Which",
  recText: "Recommendation",
  recAdd: "Add recommendation",
  recNone: "No recommendation yet.",
  recLine: (scope: Arg, target: Arg, by: Arg, when: Arg) => `${scope} ${target} · ${by} · ${when}`,
  actionFromRec: "Make an action of it",
  actionsTitle: "Action plan",
  actionNone: "No action yet.",
  actionFields: {
    title: "Action",
    owner: "Owner",
    deadline: "Deadline",
    status: "Status",
    datapoints: "Data points it should move",
    band: "Band aimed for",
  },
  actionAdd: "Add action",
  actionStatus: (s: Arg) => sel(s, { "planned": `Planned`, "in-progress": `In progress`, "done": `Done`, "dropped": `Dropped`, "other": `${s}` }),
  actionRemove: (title: Arg) => `Remove action: ${title}`,
  actionNeedsTitle: "Name the action.",
  noBand: "not stated",
  band: (n: Arg) => `Band ${n}`,
  unknownCodes: (codes: Arg) => `Not a data point: ${codes}.`,
  pickHint: "Type part of a name or a code, then choose with ↓ ↑ and Enter.",
  pickNone: "Nothing matches.",
  pickCount: (n: Arg) => `Matches: ${n}.`,
  pickRemove: (code: Arg) => `Remove ${code}`,
  reviewFind: "Open a data point",
  carried: (year: Arg) => `carried from ${year}`,
  progressTitle: "Actions carried from last year",
  progressCols: {
    action: "Action",
    status: "Status",
    datapoint: "Data point",
    before: "Last year",
    now: "This year",
    change: "Change",
  },
  conflict: {
    "review-dropped": (a: Args) => `${a.label}: the verification by ${a.droppedBy} was of a value the merge replaced; it no longer counts.`,
    "future-stamp": (a: Args) => `${a.label}: a review step by ${a.stampBy} is dated in the future; it was refused.`,
    "one-side": (a: Args) => `${a.label}: the evidence “${a.title}” is only on side ${sel(a.side, { "a": `A`, "other": `B` })} (added there, or removed on the other side); it is kept.`,
    "same-time": (a: Args) => `${sel(a.what, { "action": `Action`, "other": `Recommendation` })} ${a.id} was changed on both sides at the same time; side A's is kept.`,
    "local-differs": (a: Args) => `${a.label}: the local KPI's value differs on side B; side A's is kept.`,
    "local-framework-differs": (a: Args) => `The two sides name different frameworks of their own (${a.a} and ${a.b}); side A's is kept.`,
  },
  mergeRules: "Review states, queries, evidence, recommendations and actions merge by rule: both sides’ query entries are kept; the later review step wins, but a verification counts only if the value it verified is the merged value; the later change of an action wins.",
  pickNoMatch: (text: Arg) => `"${text}" matches nothing.`,
  pickStill: (item: Arg) => `Still using ${item}: choose another from the list to change it.`,
});
