/**
 * Every user-visible string of the U4SSC cycle: review states, queries, evidence, the verified report,
 * freezing and fingerprints, recommendations and actions. Plain text only, never HTML.
 */
import type { CycleConflict } from '../../engine/cycle-merge';
import type { ActionStatus, RecScope, ReviewProblem, ReviewState, ThreadKind } from '../../engine/review';

const STATE: Record<ReviewState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  queried: 'Queried',
  answered: 'Answered',
  verified: 'Verified',
  'not-verifiable': 'Not verifiable',
};

/** What moving to a state is called on its button. */
const MOVE: Record<ReviewState, string> = {
  draft: 'Withdraw to draft',
  submitted: 'Submit for review',
  queried: 'Query',
  answered: 'Answer',
  verified: 'Verify',
  'not-verifiable': 'Not verifiable…',
};

const THREAD: Record<ThreadKind, string> = { question: 'Question', answer: 'Answer', resolution: 'Resolution' };
const ACTION_STATUS: Record<ActionStatus, string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' };
const SCOPE: Record<RecScope, string> = { datapoint: 'Data point', category: 'Category', dimension: 'Dimension' };

export const V = {
  // Review states
  state: (s: ReviewState) => STATE[s],
  move: (s: ReviewState) => MOVE[s],
  stale: 'changed since verified',
  staleState: 'Submitted (changed since verified)',
  unfoundedState: 'Submitted (verified without a valid value)',
  openQuery: 'open query',
  stampLine: (state: string, by: string, when: string) => `${state} · ${by} · ${when}`,
  reviewColumn: 'Review',
  filterUnverified: 'Not yet verified',
  filterOpenQueries: 'Open queries',
  problem: (p: ReviewProblem): string => {
    switch (p.kind) {
      case 'not-allowed':
        return `A data point that is ${STATE[p.from].toLowerCase()} cannot become ${STATE[p.to].toLowerCase()}.`;
      case 'reason-required':
        return 'Say why the value cannot be verified.';
      case 'text-required':
        return p.to === 'queried'
          ? 'Write the question first: a query is its words, not a state alone.'
          : 'Write the answer first: an answer is its words, not a state alone.';
      case 'no-valid-value':
        return p.standing === 'rejected'
          ? 'This data point’s value is rejected (see its flags): correct it, or mark it not reported or not applicable, before it is submitted or verified.'
          : 'This data point holds no value yet: enter one, or mark it not reported or not applicable, before it is submitted or verified.';
      case 'self-verify':
        return `${p.by} submitted or last changed this value. To verify it in the same name, use “Verify my own value”: the report counts it apart.`;
      case 'no-name':
        return 'Type your name first: every review step is signed with it.';
    }
  },

  // The name
  nameLabel: 'Your name',
  nameHint: 'Signs every review step, query and answer. Typed once, kept in this browser only.',
  nameSave: 'Save name',
  nameSaved: (name: string) => `Signing as ${name}.`,
  nameChange: 'Change',

  // The review panel (beside the grid)
  panelTitle: 'Review',
  panelEmpty: 'Select a data point in the grid to review it.',
  currentState: 'State',
  reasonLabel: 'Why it cannot be verified',
  confirmNotVerifiable: 'Mark not verifiable',
  selfVerify: 'Verify my own value',
  cancel: 'Cancel',
  threadTitle: 'Queries',
  threadEmpty: 'No query on this data point.',
  threadKind: (k: ThreadKind) => THREAD[k],
  threadEntry: (kind: ThreadKind, by: string, when: string) => `${THREAD[kind]} · ${by} · ${when}`,
  newEntry: 'Write a question, an answer or a resolution',
  ask: 'Ask (query)',
  answer: 'Answer',
  resolve: 'Resolve',
  emptyText: 'Write the text first.',
  versionLabel: (n: number) => `Version ${n}`,
  versionOpen: 'not frozen',
  versionFrozen: (by: string) => `frozen by ${by}`,
  versionVerified: (by: string) => `verified, frozen by ${by}`,
  versionParent: (print: string) => `new version of ${print}…`,
  versionOrigin: (kind: 'file' | 'link' | 'merge', name: string, when: string, signer: string) =>
    `${kind === 'file' ? `imported from ${name}` : kind === 'link' ? 'opened from a link' : `merged with ${name}`} on ${when}${signer ? `, signed by ${signer}` : ''}`,
  versionChanged: (when: string) => `changed ${when}`,
  annexChangedTitle: 'Values changed after they were submitted, with their history',
  historyTitle: 'History of this value',
  historyEmpty: 'No change recorded yet: values and review steps are recorded as they are made.',
  historyValue: (value: string, by: string, when: string) => `Value ${value} · ${by} · ${when}`,
  historyStep: (s: ReviewState, by: string, when: string) => `${STATE[s]} · ${by} · ${when}`,
  historySelf: 'own value',
  historyEmptied: 'emptied',
  historyNoName: 'no name set',
  historyDropped: (n: number, limit: number) => `${n === 1 ? '1 older entry is' : `${n} older entries are`} not kept: the last ${limit} are.`,
  frozenNoEdit: 'This assessment is frozen: it cannot be changed. Start a new version to edit.',
  frozenRefused: 'This assessment is frozen: the change was refused and nothing was saved; the frozen values are shown again. Start a new version to edit.',

  // Evidence
  evidenceTitle: 'Evidence',
  evidenceEmpty: 'No document referenced yet.',
  evidenceFields: { title: 'Title', location: 'URL or file name', page: 'Page', date: 'Date' },
  evidenceAdd: 'Add reference',
  evidenceRemove: (title: string) => `Remove reference: ${title}`,
  evidenceNeedsTitle: 'Give the reference a title.',
  evidenceLine: (title: string, location: string, page: string, date: string) => [title, location, page ? `p. ${page}` : '', date].filter(Boolean).join(' · '),
  evidenceNote: 'References travel with the assessment in files and links; the documents themselves are not sent.',

  // The Review view
  viewTitle: 'Review',
  viewIntro:
    'Where the review of this assessment stands: every data point that applies with its state, the open queries and what is not yet verified, by category. Open a data point to review it beside the grid.',
  countsTitle: 'Data points by review state',
  countsCaption: 'Review states of the data points that apply',
  stateCol: 'State',
  countCol: 'Data points',
  submitAll: (n: number) => `Submit all ${n} drafts for review`,
  notSubmittable: (empty: number, rejected: number) => `Not submitted, listed here first: empty ${empty}, rejected ${rejected}.`,
  submitted: (n: number) => `${n} data point${n === 1 ? '' : 's'} submitted for review.`,
  openQueriesTitle: (n: number) => `Open queries (${n})`,
  openQueriesNone: 'No open query.',
  unverifiedTitle: (n: number) => `Not yet verified (${n})`,
  unverifiedNone: 'Every data point that applies is verified or marked not verifiable.',
  categoryCount: (code: string, name: string, n: number) => `${code} ${name} (${n})`,
  open: (label: string) => `Open ${label} in the grid`,
  lastQuestion: 'Last question',

  // Freeze
  freezeTitle: 'Freeze and fingerprint',
  freezeHint:
    'Freezing makes this assessment read-only and records its fingerprint (SHA-256 of its data) so that anyone can check a file is the one that was verified. Editing afterwards starts a new version that records this one as its parent.',
  freeze: 'Freeze this assessment',
  freezeSummary: (verified: number, unverified: number, rejected: number, open: number) =>
    `Verified: ${verified}. Not verified: ${unverified}. Rejected values: ${rejected}. Open queries: ${open}.`,
  freezeAsk: 'Freeze with this summary? A frozen assessment cannot be changed; a new version of it can.',
  freezeConfirm: 'Freeze now',
  frozen: (by: string, when: string) => `Frozen by ${by} on ${when}.`,
  newVersion: 'Start a new version to edit',
  newVersionMade: (name: string) => `Started a new version: ${name}.`,
  parentLine: (fp: string) => `Started from the frozen version with fingerprint ${fp}.`,
  fingerprint: 'Fingerprint (SHA-256)',
  fingerprintMatches: 'The fingerprint matches: this file holds exactly the data that was frozen.',
  fingerprintDiffers: 'The fingerprint does not match: this file was changed after it was frozen.',
  fingerprintCoversData: 'This fingerprint was made before it covered the freeze itself: it vouches for the data, not for who froze it, when, or its parent.',
  fingerprintOf: (name: string) => `Frozen file ${name}:`,

  // The verified report
  statementTitle: 'Verification statement',
  statement: (verified: number, total: number) => `${verified} of ${total} data points verified.`,
  statementBy: (names: string) => `Verified by ${names}`,
  statementWhen: (from: string, to: string) => (from === to ? `on ${from}.` : `between ${from} and ${to}.`),
  statementNone: 'No data point has been verified.',
  statementNotVerifiable: (n: number) => `${n} not verifiable.`,
  statementOpen: (n: number) => `${n} open quer${n === 1 ? 'y' : 'ies'} (annex).`,
  statementConfirmed: (n: number) => `Of these, confirmed as not reported or not applicable: ${n}.`,
  statementSelf: (n: number) => `Of these, verified by the name that submitted them: ${n}.`,
  notFrozen: 'This assessment is not frozen: its data may still change.',
  annexTitle: 'Annex: open queries',
  reviewCol: 'Review',
  detailCols: { datapoint: 'Data point', state: 'State', by: 'By', when: 'When', question: 'Question', reason: 'Reason' },

  // Recommendations and actions
  recsTitle: 'Recommendations and actions',
  recsHint: 'The verifier recommends, per data point, category or dimension; the city turns recommendations into actions.',
  scope: (s: RecScope) => SCOPE[s],
  recScope: 'Applies to',
  recTarget: 'Which',
  recText: 'Recommendation',
  recAdd: 'Add recommendation',
  recNone: 'No recommendation yet.',
  recLine: (scope: string, target: string, by: string, when: string) => `${scope} ${target} · ${by} · ${when}`,
  actionFromRec: 'Make an action of it',
  actionsTitle: 'Action plan',
  actionNone: 'No action yet.',
  actionFields: { title: 'Action', owner: 'Owner', deadline: 'Deadline', status: 'Status', datapoints: 'Data points it should move', band: 'Band aimed for' },
  actionAdd: 'Add action',
  actionStatus: (s: ActionStatus) => ACTION_STATUS[s],
  actionRemove: (title: string) => `Remove action: ${title}`,
  actionNeedsTitle: 'Name the action.',
  noBand: 'not stated',
  band: (n: number) => `Band ${n}`,
  unknownCodes: (codes: string) => `Not a data point: ${codes}.`,
  pickHint: 'Type part of a name or a code, then choose with ↓ ↑ and Enter.',
  pickNone: 'Nothing matches.',
  pickCount: (n: number) => `Matches: ${n}.`,
  pickRemove: (code: string) => `Remove ${code}`,
  reviewFind: 'Open a data point',
  carried: (year: number) => `carried from ${year}`,
  progressTitle: 'Actions carried from last year',
  progressCols: { action: 'Action', status: 'Status', datapoint: 'Data point', before: 'Last year', now: 'This year', change: 'Change' },

  // Merge
  conflict: (c: CycleConflict, label: (id: string) => string): string => {
    switch (c.kind) {
      case 'review-dropped':
        return `${label(c.id)}: the verification by ${c.dropped.by} was of a value the merge replaced; it no longer counts.`;
      case 'future-stamp':
        return `${label(c.id)}: a review step by ${c.stamp.by} is dated in the future; it was refused.`;
      case 'one-side':
        return `${label(c.id)}: the evidence “${c.title}” is only on side ${c.side === 'a' ? 'A' : 'B'} (added there, or removed on the other side); it is kept.`;
      case 'same-time':
        return `${c.what === 'action' ? 'Action' : 'Recommendation'} ${c.id} was changed on both sides at the same time; side A's is kept.`;
    }
  },
  mergeRules:
    'Review states, queries, evidence, recommendations and actions merge by rule: both sides\u2019 query entries are kept; the later review step wins, but a verification counts only if the value it verified is the merged value; the later change of an action wins.',
};
