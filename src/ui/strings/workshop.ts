import type { ExerciseProblem, Finding } from '../../engine/exercises';
import type { Band } from '../../engine/types';

/**
 * Every user-visible string of workshop mode: the demo cities, the what-if sandbox, next band and
 * levers, method comparison, sensitivity, the presenter view and exercises. Plain text only.
 */
export const W = {
  // Demo cities
  demoCitiesHint:
    'Adds the fictional demo cities (Demoville in three years, Verdania Bay and Ferrum Heights) beside your own assessments, creating only those missing, and opens Demoville. Every value is invented for training.',
  demoCitiesAdded: (n: number) => (n === 1 ? 'Added 1 fictional demo city.' : `Added ${n} fictional demo cities.`),
  resetAllDemos: 'Reset demo cities',
  confirmResetAllDemos: (n: number) =>
    `Put the shipped values back into the ${n} demo ${n === 1 ? 'city' : 'cities'} in the list? Your changes to them are replaced; you can undo this for a short while. Your own assessments are not touched.`,
  allDemosReset: (n: number) => `${n} demo ${n === 1 ? 'city has' : 'cities have'} their shipped values again.`,
};

/** Words of workshop mode beyond the demo cities (kept in one object per feature). */
export const WS = {
  viewLabel: 'Workshop',
  // What-if sandbox
  whatIfTitle: 'What if…',
  whatIfHint:
    'Try other values without saving anything: every score, band and the wheel show the change from the saved assessment. Leaving this view drops the trial values; "Keep as new assessment" stores them as a separate assessment.',
  whatIfDatapoint: 'Data point',
  whatIfValue: 'Trial value (KPI value, in its unit)',
  whatIfTry: 'Try this value',
  whatIfYes: 'yes',
  whatIfNo: 'no',
  whatIfNotNumber: (text: string, name: string) => `"${text}" is not a number, so ${name} keeps its value. Type a number in the data point's unit.`,
  whatIfChanges: 'Trial values',
  whatIfNoChanges: 'No trial value yet: pick a data point and type a value.',
  whatIfChangeLine: (name: string, saved: string, trial: string) => `${name}: ${saved} → ${trial}`,
  whatIfRemove: (name: string) => `Remove the trial value of ${name}`,
  whatIfRevert: 'Revert all',
  whatIfKeep: 'Keep as new assessment',
  whatIfKept: (name: string) => `Stored the what-if as a new assessment, ${name}; the saved assessment is unchanged.`,
  whatIfNotes: (city: string, year: number, changes: string) => `What-if of ${city} ${year}, trying: ${changes}.`,
  whatIfCityName: (city: string) => `${city} (what-if)`,
  effectTitle: 'What changes',
  effectNone: 'No score changes.',
  colWhat: 'Score',
  colBefore: 'Saved',
  colAfter: 'What-if',
  colChange: 'Change',
  colBandChange: 'Band',
  rises: 'rises',
  falls: 'falls',
  unchanged: 'unchanged',
  arrowUp: '▲',
  arrowDown: '▼',
  arrowSame: '=',
  bandMove: (before: string, after: string) => (before === after ? `${before} (unchanged)` : `${before} → ${after}`),
  wheelBefore: 'Saved',
  wheelAfter: 'What-if',
  savedValueNone: 'no value',
  // Method comparison
  methodsTitle: 'Methods side by side',
  methodsHint:
    'The same assessment under three scoring methods. U4SSC points: 1–4 points per data point by band, pooled. Continuous: the mean achievement, each capped at 100 %. Goalposts: each value placed between a worst and a best goalpost, the best being the target; the worst is the smallest possible value (higher is better), three times the target (lower is better), or 0 and twice the target (a target band). Rows where the methods give different bands are marked.',
  methodName: { 'u4ssc-points': 'U4SSC points', continuous: 'Continuous (capped)', goalposts: 'Goalposts' } as Record<
    'u4ssc-points' | 'continuous' | 'goalposts',
    string
  >,
  goalpostsTitle: 'Where the goalposts come from',
  goalpostsCaveat:
    'The best goalpost is the target, as the SDG Index puts its optimum (score 100) at the target (Lafortune et al. 2018, SDG Index and Dashboards, detailed methodological paper, §1.6). Published practice sets the worst goalpost from many places’ data: the SDG Index takes the 2.5th percentile of the observed values, the min-max of the OECD/JRC Handbook on Constructing Composite Indicators (2008) the lowest value observed. One city has no such data and no U4SSC document gives worst values, so the worst goalposts below are the workbench’s judgement: read the goalpost column as a lesson in how the choice of bounds moves a score, not as a result to report.',
  colDirection: 'Direction rule',
  colBest: 'Best goalpost (100 %)',
  colWorst: 'Worst goalpost (0 %)',
  colBasis: 'Basis (best; worst)',
  directionName: { higher: 'Higher is better', lower: 'Lower is better', band: 'Target band', yesno: 'Yes / no' } as Record<
    'higher' | 'lower' | 'band' | 'yesno',
    string
  >,
  goalpostBest: { target: 'the target', yes: 'yes' } as Record<'target' | 'yes', string>,
  goalpostWorst: {
    'smallest-possible': 'the smallest possible value (0, or the data point’s minimum): the score is then the achievement capped at 100 %',
    'three-times-target': 'three times the target, where U4SSC achievement falls to 33 %, the top of band 1',
    'zero-or-twice-target': '0 below the target, twice the target above it',
    no: 'no',
  } as Record<'smallest-possible' | 'three-times-target' | 'zero-or-twice-target' | 'no', string>,
  goalpostBasis: { public: 'published practice (SDG Index)', judgement: 'the workbench’s judgement', definition: 'the scale itself' } as Record<
    'public' | 'judgement' | 'definition',
    string
  >,
  goalpostBasisPair: (best: string, worst: string) => `${best}; ${worst}`,
  colAggregate: 'Aggregate',
  colDiffers: 'Bands',
  bandsDiffer: 'differ',
  bandsAgree: 'agree',
  percentBand: (percent: string, band: string) => `${percent} (${band})`,
  exclusionTitle: 'If a weak data point were left unreported',
  exclusionHint:
    'U4SSC leaves unreported data points out of the pool, so leaving out a data point in the lowest band can lift a score. Each line is one data point of band 0–33 % left unreported, under this assessment’s method.',
  exclusionNone: 'No aggregate would change band by leaving out one weak data point.',
  exclusionLine: (name: string) => `Leaving out ${name}:`,
  exclusionChange: (aggregate: string, before: string, after: string) => `${aggregate} ${before} → ${after}`,
  // Sensitivity
  sensitivityTitle: 'How sure are the bands?',
  sensitivityHint:
    'A Monte Carlo run: each draw moves every target by up to the chosen percentage either way and picks one of the chosen methods at random, then scores every aggregate. The table gives, per aggregate, the share of draws whose band differs from the band shown now. The same seed gives the same result.',
  sensitivitySpread: 'Target uncertainty (± %)',
  sensitivityMethods: 'Methods to choose from',
  sensitivityDraws: 'Draws',
  sensitivitySeed: 'Seed',
  sensitivityRun: 'Run',
  sensitivityCancel: 'Cancel',
  sensitivityProgress: (done: string, total: string) => `${done} of ${total} draws`,
  sensitivityCancelled: (done: string, total: string) => `Cancelled after ${done} of ${total} draws; nothing is shown from a partial run.`,
  sensitivityDone: (draws: string, seed: string, ms: string) => `${draws} draws with seed ${seed} in ${ms} ms.`,
  sensitivityBadSpread: (text: string) => `Target uncertainty "${text}" is not a percentage from 0 to 99.`,
  sensitivityBadDraws: (text: string, max: string) => `Draws "${text}" is not a whole number from 1 to ${max}.`,
  sensitivityBadSeed: (text: string) => `Seed "${text}" is not a whole number from 0 to 4294967295.`,
  sensitivityNoMethod: 'Choose at least one method.',
  sensitivityFailed: (reason: string) => `The run failed: ${reason}`,
  colBandNow: 'Band now',
  colPChange: 'Chance the band changes',
  // Presenter view
  presenterOpen: 'Presenter view',
  presenterOpenHint: 'Full screen, large type, one explanation at a time; for a projector.',
  presenterLabel: (city: string, year: number) => `Presenter view of ${city} ${year}`,
  presenterKeys: 'Keys: → or N next data point, ← or P previous, Page Down or C next category, Page Up previous category, Esc close.',
  presenterClose: 'Close presenter view',
  presenterNext: 'Next data point',
  presenterPrev: 'Previous data point',
  presenterNextCat: 'Next category',
  presenterPrevCat: 'Previous category',
  presenterPosition: (i: number, n: number) => `Data point ${i} of ${n}`,
  presenterValue: 'Value',
  presenterTarget: 'Target',
  presenterAchievement: 'Achievement',
  presenterBand: 'Band',
  presenterCategory: 'Category',
  exportSvg: 'Export wheel as SVG',
  exportPngLarge: 'Export wheel as PNG (2 400 px)',
  // Next band and levers (in "explain this number")
  nextBandTitle: 'Next band',
  nextBandReach: (value: string, band: string) => `A value of ${value} reaches the band ${band} of target.`,
  nextBandTop: 'Already in the top band: 95 % of target or more.',
  nextBandUnreachable: (value: string, limit: string, band: string) =>
    `The band ${band} of target would need ${value}, beyond what this data point can be (${limit}).`,
  nextBandNotScored: 'Not scored, so there is no band to move from.',
  leversIntro: 'Raised most by moving one data point to its next band:',
  leverLine: (name: string, from: string, to: string, before: string, after: string, band: string) =>
    `${name}: ${from} → ${to} lifts it ${before} → ${after} (band ${band})`,
  valueAndAchievement: (value: string, achievement: string) => `${value} (${achievement} of target)`,
  // Exercises
  exercisesTitle: 'Exercises',
  exercisesHint:
    'The trainer makes an exercise on a fictional demo city and hands it out as a file or a link. Participants open it here in their own browsers, answer, check their answer and hand it back as a file or a link. The trainer opens the answers to see them side by side against the answer. Every answer is checked by scoring it; nothing is stored.',
  exMakeTitle: 'Make an exercise',
  exCity: 'Demo city',
  exKind: 'Task',
  exKindName: {
    'fill-blanks': 'Fill in the blanks',
    'next-band': 'Raise a score into the next band with the fewest changes',
    'find-wrong': 'Find the data point that is wrong',
  } as Record<'fill-blanks' | 'next-band' | 'find-wrong', string>,
  exBlanksGroup: 'Leave blank the data points of',
  exAggregate: 'Score to raise',
  exWrongDatapoint: 'Data point to make wrong',
  exWrongValue: 'Wrong value (KPI value, in its unit)',
  exTitleLabel: 'Title (optional)',
  exInstructions: 'Instructions (optional)',
  exDefaultTitle: {
    'fill-blanks': (city: string, what: string) => `Fill in ${what} for ${city}`,
    'next-band': (city: string, what: string) => `Raise ${what} of ${city} into the next band with the fewest changes`,
    'find-wrong': (city: string) => `Find the wrong value in ${city}`,
  },
  exDefaultInstructions: {
    'fill-blanks':
      'Compute the value of each blank data point, in its unit, from the inputs given under it (or the trainer’s fact sheet). Then check your answer and hand it back.',
    'next-band': 'Change as few values as you can so that the score reaches its next band. The check tells you how many changes the fewest is.',
    'find-wrong': 'One value of this city is wrong. Name the data point and, if you can, give the value it should have.',
  } as Record<'fill-blanks' | 'next-band' | 'find-wrong', string>,
  exMake: 'Make the exercise',
  exGiven: (numerator: string, n: string, denominator: string, d: string, multiplier: string) =>
    `Given: ${numerator} = ${n}; ${denominator} = ${d}; the value is the first ÷ the second × ${multiplier}.`,
  exBadWrongValue: (text: string) => `"${text}" is not a number: type the wrong value in the data point's unit.`,
  exNoBlanks: 'The city reports no data point in that group: choose another.',
  exNoNextBand: 'That score is unscored or already in the top band: choose another.',
  exMade: (title: string) => `Made the exercise "${title}": hand it out as a file or a link.`,
  exDownload: 'Download exercise file',
  exMakeLink: 'Make exercise link',
  exLinkLabel: 'Exercise link (copy it to the room)',
  exOpenTitle: 'Open an exercise or answers',
  exOpenFiles: 'Exercise or answer files',
  exOpenLinks: 'Exercise or answer links (one per line)',
  exOpen: 'Open the links',
  exProblem: (where: string, problem: string) => `${where}: ${problem}`,
  exLinkWhere: (n: number) => `Link ${n}`,
  exNotJson: 'not a JSON file',
  exTooLong: (limit: string) => `longer than ${limit} characters`,
  exNotAnExercise: (format: string | null) => (format ? `a file of kind "${format}", not an exercise or an answer` : 'not an exercise or an answer'),
  exNewerVersion: (v: number) => `made by a newer version of the app (version ${v}); update the app to open it`,
  exUnknownCity: (c: string) => `the demo city "${c}" is not in this app`,
  exUnknownDatapoint: (id: string) => `the data point "${id}" is not in the catalogue`,
  exUnknownAggregate: (code: string) => `the score "${code}" is not in the catalogue`,
  exBadField: (field: string) => `the field "${field}" is missing or not valid`,
  exLinkDamaged: 'the link is damaged or incomplete',
  exNotExerciseLink: 'not an exercise or answer link',
  exAnswerFirst: 'an answer: open its exercise first',
  exOtherExercise: 'an answer to another exercise',
  exOpened: (title: string) => `Opened the exercise "${title}".`,
  exLinkOpenFailed: (problem: string) => `The link in the address could not be opened: ${problem}.`,
  exStudentHint: "Opened from a link: answer the exercise below. The trainer's tools are not shown.",
  exAnswersAdded: (n: number) => (n === 1 ? 'Added 1 answer.' : `Added ${n} answers.`),
  exCurrent: (title: string) => `Exercise: ${title}`,
  exDoTitle: 'Your answer',
  exParticipant: 'Your name',
  exBlankValue: (name: string) => `Value of ${name}`,
  exNamed: 'The data point that is wrong',
  exNamedNone: 'Choose a data point',
  exCorrection: 'Its right value (optional)',
  exChangeDatapoint: 'Data point to change',
  exChangeValue: 'New value',
  exAddChange: 'Add this change',
  exNoChanges: 'No change yet.',
  exChangeLine: (name: string, value: string) => `${name} → ${value}`,
  exRemoveChange: (name: string) => `Remove the change of ${name}`,
  exNotNumber: (text: string, name: string) => `"${text}" is not a number for ${name}.`,
  exCheck: 'Check my answer',
  exDownloadAnswer: 'Download answer file',
  exMakeAnswerLink: 'Make answer link',
  exAnswerLink: 'Answer link (send it to the trainer)',
  verdictName: { right: 'Right', partly: 'Partly right', wrong: 'Wrong' } as Record<'right' | 'partly' | 'wrong', string>,
  verdictMark: { right: '✓', partly: '◐', wrong: '✗' } as Record<'right' | 'partly' | 'wrong', string>,
  exRoomTitle: (n: number) => `Answers from the room (${n})`,
  exNoAnswers: 'No answer yet: open answer files or links above.',
  colParticipant: 'Participant',
  colVerdict: 'Verdict',
  colFeedback: 'Feedback',
  exSideTitle: 'Side by side against the answer',
  exSideHint: 'The data points of the task and every score whose band differs in some answer. A cell whose band differs from the answer’s says so.',
  colAnswer: 'Answer',
  colStartFewest: 'Fewest changes (computed)',
  exBandDiffers: 'band differs',
  exUnnamed: 'no name',
  exCell: (value: string, band: string) => `${value} (${band})`,
  fBlankRight: (name: string, value: string) => `${name}: ${value} is right.`,
  fBlankSameBand: (name: string, value: string, answer: string, band: string) =>
    `${name}: ${value} is not the city’s ${answer}, but lands in the same band (${band}).`,
  fBlankOtherBand: (name: string, value: string, band: string, answer: string, answerBand: string) =>
    `${name}: ${value} lands in ${band}; the city’s ${answer} is in ${answerBand}.`,
  fBlankMissing: (name: string) => `${name} is still blank.`,
  fRefused: (name: string) => `${name}: the value was refused (outside what it can be), so it is not scored.`,
  fBandReached: (score: string, before: string, after: string, changes: number, fewest: number) =>
    `${score} moves from ${before} to ${after} with ${changes} ${changes === 1 ? 'change' : 'changes'}; the fewest possible is ${fewest}.`,
  fMoreChanges: (changes: number, fewest: number) =>
    `${fewest} ${fewest === 1 ? 'change is' : 'changes are'} enough, you made ${changes}: the data points in the lowest band gain the most points.`,
  fBandNotReached: (score: string, before: string, after: string, needed: string) =>
    `${score} goes from ${before} to ${after}, but the next band starts at ${needed}.`,
  fWrongFound: (name: string) => `Yes: ${name} is the wrong value.`,
  fWrongMissed: (name: string | null) => (name ? `${name} is as the city reported it; the wrong value is elsewhere.` : 'No data point is named as wrong.'),
  fCorrectionRight: (name: string) => `Your value for ${name} gives back every band of the city.`,
  fCorrectionOff: (name: string, value: string, band: string, answerBand: string) =>
    `Your value for ${name}, ${value}, lands in ${band}; the right value is in ${answerBand}.`,
  fCorrectionMissing: (name: string) => `Give the value ${name} should have to complete the answer.`,
};

/** How a finding of the exercise check reads (an exhaustive switch over the engine's kinds). */
export function findingText(
  f: Finding,
  t: {
    name: (id: string) => string;
    value: (id: string, v: number | 'yes' | 'no') => string;
    band: (b: Band | null) => string;
    percent: (p: number | null) => string;
    score: (code: string) => string;
  },
): string {
  switch (f.kind) {
    case 'blank-right':
      return WS.fBlankRight(t.name(f.id), t.value(f.id, f.value));
    case 'blank-same-band':
      return WS.fBlankSameBand(t.name(f.id), t.value(f.id, f.value), t.value(f.id, f.answer), t.band(f.band));
    case 'blank-other-band':
      return WS.fBlankOtherBand(t.name(f.id), t.value(f.id, f.value), t.band(f.band), t.value(f.id, f.answer), t.band(f.answerBand));
    case 'blank-missing':
      return WS.fBlankMissing(t.name(f.id));
    case 'value-refused':
      return WS.fRefused(t.name(f.id));
    case 'band-reached':
      return WS.fBandReached(t.score(f.aggregate), t.band(f.before), t.band(f.after), f.changes, f.fewest);
    case 'more-changes':
      return WS.fMoreChanges(f.changes, f.fewest);
    case 'band-not-reached':
      return WS.fBandNotReached(t.score(f.aggregate), t.percent(f.before), t.percent(f.after), t.percent(f.needed));
    case 'wrong-found':
      return WS.fWrongFound(t.name(f.id));
    case 'wrong-missed':
      return WS.fWrongMissed(f.named === null ? null : t.name(f.named));
    case 'correction-right':
      return WS.fCorrectionRight(t.name(f.id));
    case 'correction-off':
      return WS.fCorrectionOff(t.name(f.id), t.value(f.id, f.value), t.band(f.band), t.band(f.answerBand));
    case 'correction-missing':
      return WS.fCorrectionMissing(t.name(f.id));
  }
}

/** How a problem reading an exercise or answer reads. */
export function exerciseProblemText(p: ExerciseProblem): string {
  switch (p.kind) {
    case 'not-json':
      return WS.exNotJson;
    case 'too-long':
      return WS.exTooLong(String(p.limit));
    case 'not-an-exercise':
      return WS.exNotAnExercise(p.format);
    case 'newer-version':
      return WS.exNewerVersion(p.version);
    case 'unknown-city':
      return WS.exUnknownCity(p.city);
    case 'unknown-datapoint':
      return WS.exUnknownDatapoint(p.id);
    case 'unknown-aggregate':
      return WS.exUnknownAggregate(p.code);
    case 'bad-field':
      return WS.exBadField(p.field);
  }
}
