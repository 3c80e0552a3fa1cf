// Compiled from src/ui/messages/en/workshop.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, pl, sel, type Args, type Arg } from '../runtime';

/** The messages of the namespace `workshop`, with the argument types of their English text. */
export interface WorkshopMessages {
  readonly "viewLabel": string;
  readonly "whatIfTitle": string;
  readonly "whatIfHint": string;
  readonly "whatIfDatapoint": string;
  readonly "whatIfValue": string;
  readonly "whatIfTry": string;
  readonly "whatIfYes": string;
  readonly "whatIfNo": string;
  "whatIfNotNumber"(text: string | number, name: string | number): string;
  readonly "whatIfChanges": string;
  readonly "whatIfNoChanges": string;
  "whatIfChangeLine"(name: string | number, saved: string | number, trial: string | number): string;
  "whatIfRemove"(name: string | number): string;
  readonly "whatIfRevert": string;
  readonly "whatIfKeep": string;
  "whatIfKept"(name: string | number): string;
  "whatIfNotes"(city: string | number, year: string | number, changes: string | number): string;
  "whatIfCityName"(city: string | number): string;
  readonly "effectTitle": string;
  readonly "effectNone": string;
  readonly "colWhat": string;
  readonly "colBefore": string;
  readonly "colAfter": string;
  readonly "colChange": string;
  readonly "colBandChange": string;
  readonly "rises": string;
  readonly "falls": string;
  readonly "unchanged": string;
  readonly "arrowUp": string;
  readonly "arrowDown": string;
  readonly "arrowSame": string;
  readonly "bandMove": {
    "same"(a: { before: string | number }): string;
    "changed"(a: { before: string | number; after: string | number }): string;
  };
  readonly "wheelBefore": string;
  readonly "wheelAfter": string;
  readonly "savedValueNone": string;
  readonly "methodsTitle": string;
  readonly "methodsHint": string;
  readonly "methodName": {
    readonly "u4ssc-points": string;
    readonly "continuous": string;
    readonly "goalposts": string;
  };
  readonly "goalpostsTitle": string;
  readonly "goalpostsCaveat": string;
  readonly "colDirection": string;
  readonly "colBest": string;
  readonly "colWorst": string;
  readonly "colBasis": string;
  readonly "directionName": {
    readonly "higher": string;
    readonly "lower": string;
    readonly "band": string;
    readonly "yesno": string;
  };
  readonly "goalpostBest": {
    readonly "target": string;
    readonly "yes": string;
  };
  readonly "goalpostWorst": {
    readonly "smallest-possible": string;
    readonly "three-times-target": string;
    readonly "zero-or-twice-target": string;
    readonly "no": string;
  };
  readonly "goalpostBasis": {
    readonly "public": string;
    readonly "judgement": string;
    readonly "definition": string;
  };
  "goalpostBasisPair"(best: string | number, worst: string | number): string;
  readonly "colAggregate": string;
  readonly "colDiffers": string;
  readonly "bandsDiffer": string;
  readonly "bandsAgree": string;
  "percentBand"(percent: string | number, band: string | number): string;
  readonly "exclusionTitle": string;
  readonly "exclusionHint": string;
  readonly "exclusionNone": string;
  "exclusionLine"(name: string | number): string;
  "exclusionChange"(aggregate: string | number, before: string | number, after: string | number): string;
  readonly "sensitivityTitle": string;
  readonly "sensitivityHint": string;
  readonly "sensitivitySpread": string;
  readonly "sensitivityMethods": string;
  readonly "sensitivityDraws": string;
  readonly "sensitivitySeed": string;
  readonly "sensitivityRun": string;
  readonly "sensitivityCancel": string;
  "sensitivityProgress"(done: string | number, total: string | number): string;
  "sensitivityCancelled"(done: string | number, total: string | number): string;
  "sensitivityDone"(draws: string | number, seed: string | number, ms: string | number): string;
  "sensitivityBadSpread"(text: string | number): string;
  "sensitivityBadDraws"(text: string | number, max: string | number): string;
  "sensitivityBadSeed"(text: string | number): string;
  readonly "sensitivityNoMethod": string;
  "sensitivityFailed"(reason: string | number): string;
  readonly "colBandNow": string;
  readonly "colPChange": string;
  readonly "presenterOpen": string;
  readonly "presenterOpenHint": string;
  "presenterLabel"(city: string | number, year: string | number): string;
  readonly "presenterKeys": string;
  readonly "presenterClose": string;
  readonly "presenterNext": string;
  readonly "presenterPrev": string;
  readonly "presenterNextCat": string;
  readonly "presenterPrevCat": string;
  "presenterPosition"(i: string | number, n: string | number): string;
  readonly "presenterValue": string;
  readonly "presenterTarget": string;
  readonly "presenterAchievement": string;
  readonly "presenterBand": string;
  readonly "presenterCategory": string;
  readonly "exportSvg": string;
  readonly "exportPngLarge": string;
  readonly "nextBandTitle": string;
  "nextBandReach"(value: string | number, band: string | number): string;
  readonly "nextBandTop": string;
  "nextBandUnreachable"(value: string | number, limit: string | number, band: string | number): string;
  readonly "nextBandNotScored": string;
  readonly "leversIntro": string;
  "leverLine"(name: string | number, from: string | number, to: string | number, before: string | number, after: string | number, band: string | number): string;
  "valueAndAchievement"(value: string | number, achievement: string | number): string;
  readonly "exercisesTitle": string;
  readonly "exercisesHint": string;
  readonly "exMakeTitle": string;
  readonly "exCity": string;
  readonly "exKind": string;
  readonly "exKindName": {
    readonly "fill-blanks": string;
    readonly "next-band": string;
    readonly "find-wrong": string;
  };
  readonly "exBlanksGroup": string;
  readonly "exAggregate": string;
  readonly "exWrongDatapoint": string;
  readonly "exWrongValue": string;
  readonly "exTitleLabel": string;
  readonly "exInstructions": string;
  readonly "exDefaultTitle": {
    "fill-blanks"(city: string | number, what: string | number): string;
    "next-band"(city: string | number, what: string | number): string;
    "find-wrong"(city: string | number): string;
  };
  readonly "exDefaultInstructions": {
    readonly "fill-blanks": string;
    readonly "next-band": string;
    readonly "find-wrong": string;
  };
  readonly "exMake": string;
  "exGiven"(numerator: string | number, n: string | number, denominator: string | number, d: string | number, multiplier: string | number): string;
  "exBadWrongValue"(text: string | number): string;
  readonly "exNoBlanks": string;
  readonly "exNoNextBand": string;
  "exMade"(title: string | number): string;
  readonly "exDownload": string;
  readonly "exMakeLink": string;
  readonly "exLinkLabel": string;
  readonly "exOpenTitle": string;
  readonly "exOpenFiles": string;
  readonly "exOpenLinks": string;
  readonly "exOpen": string;
  "exProblem"(where: string | number, problem: string | number): string;
  "exLinkWhere"(n: string | number): string;
  readonly "exNotJson": string;
  "exRepeatedKey"(a: { path: string | number }): string;
  "exTooLong"(limit: string | number): string;
  "exNotAnExercise"(format: string | number | null): string;
  "exNewerVersion"(v: string | number): string;
  "exUnknownCity"(c: string | number): string;
  "exUnknownDatapoint"(id: string | number): string;
  "exUnknownAggregate"(code: string | number): string;
  "exBadField"(field: string | number): string;
  readonly "exLinkDamaged": string;
  readonly "exNotExerciseLink": string;
  readonly "exAnswerFirst": string;
  readonly "exOtherExercise": string;
  "exOpened"(title: string | number): string;
  "exLinkOpenFailed"(problem: string | number): string;
  readonly "exStudentHint": string;
  "exAnswersAdded"(n: number): string;
  "exCurrent"(title: string | number): string;
  readonly "exDoTitle": string;
  readonly "exParticipant": string;
  "exBlankValue"(name: string | number): string;
  readonly "exNamed": string;
  readonly "exCorrection": string;
  readonly "exChangeDatapoint": string;
  readonly "exChangeValue": string;
  readonly "exAddChange": string;
  readonly "exNoChanges": string;
  "exChangeLine"(name: string | number, value: string | number): string;
  "exRemoveChange"(name: string | number): string;
  "exNotNumber"(text: string | number, name: string | number): string;
  readonly "exCheck": string;
  readonly "exDownloadAnswer": string;
  readonly "exMakeAnswerLink": string;
  readonly "exAnswerLink": string;
  readonly "verdictName": {
    readonly "right": string;
    readonly "partly": string;
    readonly "wrong": string;
  };
  readonly "verdictMark": {
    readonly "right": string;
    readonly "partly": string;
    readonly "wrong": string;
  };
  "exRoomTitle"(n: string | number): string;
  readonly "exNoAnswers": string;
  readonly "colParticipant": string;
  readonly "colVerdict": string;
  readonly "colFeedback": string;
  readonly "exSideTitle": string;
  readonly "exSideHint": string;
  readonly "colAnswer": string;
  readonly "colStartFewest": string;
  readonly "exBandDiffers": string;
  readonly "exUnnamed": string;
  "exCell"(value: string | number, band: string | number): string;
  "fBlankRight"(name: string | number, value: string | number): string;
  "fBlankSameBand"(name: string | number, value: string | number, answer: string | number, band: string | number): string;
  "fBlankOtherBand"(name: string | number, value: string | number, band: string | number, answer: string | number, answerBand: string | number): string;
  "fBlankMissing"(name: string | number): string;
  "fRefused"(name: string | number): string;
  "fBandReached"(score: string | number, before: string | number, after: string | number, changes: number, fewest: string | number): string;
  "fMoreChanges"(changes: string | number, fewest: number): string;
  "fBandNotReached"(score: string | number, before: string | number, after: string | number, needed: string | number): string;
  "fWrongFound"(name: string | number): string;
  "fWrongMissed"(name: string | number | null): string;
  "fCorrectionRight"(name: string | number): string;
  "fCorrectionOff"(name: string | number, value: string | number, band: string | number, answerBand: string | number): string;
  "fCorrectionMissing"(name: string | number): string;
}

export const workshop = register<WorkshopMessages>("workshop", {
  viewLabel: "Workshop",
  whatIfTitle: "What if…",
  whatIfHint: "Try other values without saving anything: every score, band and the wheel show the change from the saved assessment. Leaving this view drops the trial values; \"Keep as new assessment\" stores them as a separate assessment.",
  whatIfDatapoint: "Data point",
  whatIfValue: "Trial value (KPI value, in its unit)",
  whatIfTry: "Try this value",
  whatIfYes: "yes",
  whatIfNo: "no",
  whatIfNotNumber: (text: Arg, name: Arg) => `"${text}" is not a number, so ${name} keeps its value. Type a number in the data point's unit.`,
  whatIfChanges: "Trial values",
  whatIfNoChanges: "No trial value yet: pick a data point and type a value.",
  whatIfChangeLine: (name: Arg, saved: Arg, trial: Arg) => `${name}: ${saved} → ${trial}`,
  whatIfRemove: (name: Arg) => `Remove the trial value of ${name}`,
  whatIfRevert: "Revert all",
  whatIfKeep: "Keep as new assessment",
  whatIfKept: (name: Arg) => `Stored the what-if as a new assessment, ${name}; the saved assessment is unchanged.`,
  whatIfNotes: (city: Arg, year: Arg, changes: Arg) => `What-if of ${city} ${year}, trying: ${changes}.`,
  whatIfCityName: (city: Arg) => `${city} (what-if)`,
  effectTitle: "What changes",
  effectNone: "No score changes.",
  colWhat: "Score",
  colBefore: "Saved",
  colAfter: "What-if",
  colChange: "Change",
  colBandChange: "Band",
  rises: "rises",
  falls: "falls",
  unchanged: "unchanged",
  arrowUp: "▲",
  arrowDown: "▼",
  arrowSame: "=",
  bandMove: {
    same: (a: Args) => `${a.before} (unchanged)`,
    changed: (a: Args) => `${a.before} → ${a.after}`,
  },
  wheelBefore: "Saved",
  wheelAfter: "What-if",
  savedValueNone: "no value",
  methodsTitle: "Methods side by side",
  methodsHint: "The same assessment under three scoring methods. U4SSC points: 1–4 points per data point by band, pooled. Continuous: the mean achievement, each capped at 100 %. Goalposts: each value placed between a worst and a best goalpost, the best being the target; the worst is the smallest possible value (higher is better), three times the target (lower is better), or 0 and twice the target (a target band). Rows where the methods give different bands are marked.",
  methodName: {
    "u4ssc-points": "U4SSC points",
    continuous: "Continuous (capped)",
    goalposts: "Goalposts",
  },
  goalpostsTitle: "Where the goalposts come from",
  goalpostsCaveat: "The best goalpost is the target, as the SDG Index puts its optimum (score 100) at the target (Lafortune et al. 2018, SDG Index and Dashboards, detailed methodological paper, §1.6). Published practice sets the worst goalpost from many places’ data: the SDG Index takes the 2.5th percentile of the observed values, the min-max of the OECD/JRC Handbook on Constructing Composite Indicators (2008) the lowest value observed. One city has no such data and no U4SSC document gives worst values, so the worst goalposts below are the workbench’s judgement: read the goalpost column as a lesson in how the choice of bounds moves a score, not as a result to report.",
  colDirection: "Direction rule",
  colBest: "Best goalpost (100 %)",
  colWorst: "Worst goalpost (0 %)",
  colBasis: "Basis (best; worst)",
  directionName: {
    higher: "Higher is better",
    lower: "Lower is better",
    band: "Target band",
    yesno: "Yes / no",
  },
  goalpostBest: {
    target: "the target",
    yes: "yes",
  },
  goalpostWorst: {
    "smallest-possible": "the smallest possible value (0, or the data point’s minimum): the score is then the achievement capped at 100 %",
    "three-times-target": "three times the target, where U4SSC achievement falls to 33 %, the top of band 1",
    "zero-or-twice-target": "0 below the target, twice the target above it",
    no: "no",
  },
  goalpostBasis: {
    public: "published practice (SDG Index)",
    judgement: "the workbench’s judgement",
    definition: "the scale itself",
  },
  goalpostBasisPair: (best: Arg, worst: Arg) => `${best}; ${worst}`,
  colAggregate: "Aggregate",
  colDiffers: "Bands",
  bandsDiffer: "differ",
  bandsAgree: "agree",
  percentBand: (percent: Arg, band: Arg) => `${percent} (${band})`,
  exclusionTitle: "If a weak data point were left unreported",
  exclusionHint: "U4SSC leaves unreported data points out of the pool, so leaving out a data point in the lowest band can lift a score. Each line is one data point of band 0–33 % left unreported, under this assessment’s method.",
  exclusionNone: "No aggregate would change band by leaving out one weak data point.",
  exclusionLine: (name: Arg) => `Leaving out ${name}:`,
  exclusionChange: (aggregate: Arg, before: Arg, after: Arg) => `${aggregate} ${before} → ${after}`,
  sensitivityTitle: "How sure are the bands?",
  sensitivityHint: "A Monte Carlo run: each draw moves every target by up to the chosen percentage either way and picks one of the chosen methods at random, then scores every aggregate. The table gives, per aggregate, the share of draws whose band differs from the band shown now. The same seed gives the same result.",
  sensitivitySpread: "Target uncertainty (± %)",
  sensitivityMethods: "Methods to choose from",
  sensitivityDraws: "Draws",
  sensitivitySeed: "Seed",
  sensitivityRun: "Run",
  sensitivityCancel: "Cancel",
  sensitivityProgress: (done: Arg, total: Arg) => `${done} of ${total} draws`,
  sensitivityCancelled: (done: Arg, total: Arg) => `Cancelled after ${done} of ${total} draws; nothing is shown from a partial run.`,
  sensitivityDone: (draws: Arg, seed: Arg, ms: Arg) => `${draws} draws with seed ${seed} in ${ms} ms.`,
  sensitivityBadSpread: (text: Arg) => `Target uncertainty "${text}" is not a percentage from 0 to 99.`,
  sensitivityBadDraws: (text: Arg, max: Arg) => `Draws "${text}" is not a whole number from 1 to ${max}.`,
  sensitivityBadSeed: (text: Arg) => `Seed "${text}" is not a whole number from 0 to 4294967295.`,
  sensitivityNoMethod: "Choose at least one method.",
  sensitivityFailed: (reason: Arg) => `The run failed: ${reason}`,
  colBandNow: "Band now",
  colPChange: "Chance the band changes",
  presenterOpen: "Presenter view",
  presenterOpenHint: "Full screen, large type, one explanation at a time; for a projector.",
  presenterLabel: (city: Arg, year: Arg) => `Presenter view of ${city} ${year}`,
  presenterKeys: "Keys: → or N next data point, ← or P previous, Page Down or C next category, Page Up previous category, Esc close.",
  presenterClose: "Close presenter view",
  presenterNext: "Next data point",
  presenterPrev: "Previous data point",
  presenterNextCat: "Next category",
  presenterPrevCat: "Previous category",
  presenterPosition: (i: Arg, n: Arg) => `Data point ${i} of ${n}`,
  presenterValue: "Value",
  presenterTarget: "Target",
  presenterAchievement: "Achievement",
  presenterBand: "Band",
  presenterCategory: "Category",
  exportSvg: "Export wheel as SVG",
  exportPngLarge: "Export wheel as PNG (2 400 px)",
  nextBandTitle: "Next band",
  nextBandReach: (value: Arg, band: Arg) => `A value of ${value} reaches the band ${band} of target.`,
  nextBandTop: "Already in the top band: 95 % of target or more.",
  nextBandUnreachable: (value: Arg, limit: Arg, band: Arg) => `The band ${band} of target would need ${value}, beyond what this data point can be (${limit}).`,
  nextBandNotScored: "Not scored, so there is no band to move from.",
  leversIntro: "Raised most by moving one data point to its next band:",
  leverLine: (name: Arg, from: Arg, to: Arg, before: Arg, after: Arg, band: Arg) => `${name}: ${from} → ${to} lifts it ${before} → ${after} (band ${band})`,
  valueAndAchievement: (value: Arg, achievement: Arg) => `${value} (${achievement} of target)`,
  exercisesTitle: "Exercises",
  exercisesHint: "The trainer makes an exercise on a fictional demo city and hands it out as a file or a link. Participants open it here in their own browsers, answer, check their answer and hand it back as a file or a link. The trainer opens the answers to see them side by side against the answer. Every answer is checked by scoring it; nothing is stored.",
  exMakeTitle: "Make an exercise",
  exCity: "Demo city",
  exKind: "Task",
  exKindName: {
    "fill-blanks": "Fill in the blanks",
    "next-band": "Raise a score into the next band with the fewest changes",
    "find-wrong": "Find the data point that is wrong",
  },
  exBlanksGroup: "Leave blank the data points of",
  exAggregate: "Score to raise",
  exWrongDatapoint: "Data point to make wrong",
  exWrongValue: "Wrong value (KPI value, in its unit)",
  exTitleLabel: "Title (optional)",
  exInstructions: "Instructions (optional)",
  exDefaultTitle: {
    "fill-blanks": (city: Arg, what: Arg) => `Fill in ${what} for ${city}`,
    "next-band": (city: Arg, what: Arg) => `Raise ${what} of ${city} into the next band with the fewest changes`,
    "find-wrong": (city: Arg) => `Find the wrong value in ${city}`,
  },
  exDefaultInstructions: {
    "fill-blanks": "Compute the value of each blank data point, in its unit, from the inputs given under it (or the trainer’s fact sheet). Then check your answer and hand it back.",
    "next-band": "Change as few values as you can so that the score reaches its next band. The check tells you how many changes the fewest is.",
    "find-wrong": "One value of this city is wrong. Name the data point and, if you can, give the value it should have.",
  },
  exMake: "Make the exercise",
  exGiven: (numerator: Arg, n: Arg, denominator: Arg, d: Arg, multiplier: Arg) => `Given: ${numerator} = ${n}; ${denominator} = ${d}; the value is the first ÷ the second × ${multiplier}.`,
  exBadWrongValue: (text: Arg) => `"${text}" is not a number: type the wrong value in the data point's unit.`,
  exNoBlanks: "The city reports no data point in that group: choose another.",
  exNoNextBand: "That score is unscored or already in the top band: choose another.",
  exMade: (title: Arg) => `Made the exercise "${title}": hand it out as a file or a link.`,
  exDownload: "Download exercise file",
  exMakeLink: "Make exercise link",
  exLinkLabel: "Exercise link (copy it to the room)",
  exOpenTitle: "Open an exercise or answers",
  exOpenFiles: "Exercise or answer files",
  exOpenLinks: "Exercise or answer links (one per line)",
  exOpen: "Open the links",
  exProblem: (where: Arg, problem: Arg) => `${where}: ${problem}`,
  exLinkWhere: (n: Arg) => `Link ${n}`,
  exNotJson: "not a JSON file",
  exRepeatedKey: (a: Args) => `"${a.path}" is written more than once in its object, so which value is meant cannot be known`,
  exTooLong: (limit: Arg) => `longer than ${limit} characters`,
  exNotAnExercise: (format: Arg) => sel(format, { "null": `not an exercise or an answer`, "other": `a file of kind "${format}", not an exercise or an answer` }),
  exNewerVersion: (v: Arg) => `made by a newer version of the app (version ${v}); update the app to open it`,
  exUnknownCity: (c: Arg) => `the demo city "${c}" is not in this app`,
  exUnknownDatapoint: (id: Arg) => `the data point "${id}" is not in the catalogue`,
  exUnknownAggregate: (code: Arg) => `the score "${code}" is not in the catalogue`,
  exBadField: (field: Arg) => `the field "${field}" is missing or not valid`,
  exLinkDamaged: "the link is damaged or incomplete",
  exNotExerciseLink: "not an exercise or answer link",
  exAnswerFirst: "an answer: open its exercise first",
  exOtherExercise: "an answer to another exercise",
  exOpened: (title: Arg) => `Opened the exercise "${title}".`,
  exLinkOpenFailed: (problem: Arg) => `The link in the address could not be opened: ${problem}.`,
  exStudentHint: "Opened from a link: answer the exercise below. The trainer's tools are not shown.",
  exAnswersAdded: (n: Arg) => pl('en', n, false, { "=1": `Added 1 answer.`, "other": `Added ${n} answers.` }),
  exCurrent: (title: Arg) => `Exercise: ${title}`,
  exDoTitle: "Your answer",
  exParticipant: "Your name",
  exBlankValue: (name: Arg) => `Value of ${name}`,
  exNamed: "The data point that is wrong",
  exCorrection: "Its right value (optional)",
  exChangeDatapoint: "Data point to change",
  exChangeValue: "New value",
  exAddChange: "Add this change",
  exNoChanges: "No change yet.",
  exChangeLine: (name: Arg, value: Arg) => `${name} → ${value}`,
  exRemoveChange: (name: Arg) => `Remove the change of ${name}`,
  exNotNumber: (text: Arg, name: Arg) => `"${text}" is not a number for ${name}.`,
  exCheck: "Check my answer",
  exDownloadAnswer: "Download answer file",
  exMakeAnswerLink: "Make answer link",
  exAnswerLink: "Answer link (send it to the trainer)",
  verdictName: {
    right: "Right",
    partly: "Partly right",
    wrong: "Wrong",
  },
  verdictMark: {
    right: "✓",
    partly: "◐",
    wrong: "✗",
  },
  exRoomTitle: (n: Arg) => `Answers from the room (${n})`,
  exNoAnswers: "No answer yet: open answer files or links above.",
  colParticipant: "Participant",
  colVerdict: "Verdict",
  colFeedback: "Feedback",
  exSideTitle: "Side by side against the answer",
  exSideHint: "The data points of the task and every score whose band differs in some answer. A cell whose band differs from the answer’s says so.",
  colAnswer: "Answer",
  colStartFewest: "Fewest changes (computed)",
  exBandDiffers: "band differs",
  exUnnamed: "no name",
  exCell: (value: Arg, band: Arg) => `${value} (${band})`,
  fBlankRight: (name: Arg, value: Arg) => `${name}: ${value} is right.`,
  fBlankSameBand: (name: Arg, value: Arg, answer: Arg, band: Arg) => `${name}: ${value} is not the city’s ${answer}, but lands in the same band (${band}).`,
  fBlankOtherBand: (name: Arg, value: Arg, band: Arg, answer: Arg, answerBand: Arg) => `${name}: ${value} lands in ${band}; the city’s ${answer} is in ${answerBand}.`,
  fBlankMissing: (name: Arg) => `${name} is still blank.`,
  fRefused: (name: Arg) => `${name}: the value was refused (outside what it can be), so it is not scored.`,
  fBandReached: (score: Arg, before: Arg, after: Arg, changes: Arg, fewest: Arg) => `${score} moves from ${before} to ${after} with ${changes} ${pl('en', changes, false, { "=1": `change`, "other": `changes` })}; the fewest possible is ${fewest}.`,
  fMoreChanges: (changes: Arg, fewest: Arg) => `${fewest} ${pl('en', fewest, false, { "=1": `change is`, "other": `changes are` })} enough, you made ${changes}: the data points in the lowest band gain the most points.`,
  fBandNotReached: (score: Arg, before: Arg, after: Arg, needed: Arg) => `${score} goes from ${before} to ${after}, but the next band starts at ${needed}.`,
  fWrongFound: (name: Arg) => `Yes: ${name} is the wrong value.`,
  fWrongMissed: (name: Arg) => sel(name, { "null": `No data point is named as wrong.`, "other": `${name} is as the city reported it; the wrong value is elsewhere.` }),
  fCorrectionRight: (name: Arg) => `Your value for ${name} gives back every band of the city.`,
  fCorrectionOff: (name: Arg, value: Arg, band: Arg, answerBand: Arg) => `Your value for ${name}, ${value}, lands in ${band}; the right value is in ${answerBand}.`,
  fCorrectionMissing: (name: Arg) => `Give the value ${name} should have to complete the answer.`,
});
