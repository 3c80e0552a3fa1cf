import type { ExerciseProblem, Finding } from '../../engine/exercises';
import type { Band } from '../../engine/types';
import { demo } from '../messages/compiled/demo';
import { workshop } from '../messages/compiled/workshop';
import { withCode } from '../messages/runtime';

/**
 * Every user-visible string of workshop mode: ICU messages (#31) in src/ui/messages/<lang>/demo.json
 * (`W`: the demo cities, on the library) and workshop.json (`WS`: the what-if sandbox, next band and
 * levers, method comparison, sensitivity, the presenter view and exercises), compiled by
 * scripts/messages.ts into typed accessors. Plain text only.
 */
export const demoWords = demo;

/** Words of workshop mode beyond the demo cities; a band that did not move says so. */
export const workshopWords = withCode(workshop, {
  bandMove: (before: string, after: string): string => (before === after ? workshop.bandMove.same({ before }) : workshop.bandMove.changed({ before, after })),
});

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
      return workshopWords.fBlankRight(t.name(f.id), t.value(f.id, f.value));
    case 'blank-same-band':
      return workshopWords.fBlankSameBand(t.name(f.id), t.value(f.id, f.value), t.value(f.id, f.answer), t.band(f.band));
    case 'blank-other-band':
      return workshopWords.fBlankOtherBand(t.name(f.id), t.value(f.id, f.value), t.band(f.band), t.value(f.id, f.answer), t.band(f.answerBand));
    case 'blank-missing':
      return workshopWords.fBlankMissing(t.name(f.id));
    case 'value-refused':
      return workshopWords.fRefused(t.name(f.id));
    case 'band-reached':
      return workshopWords.fBandReached(t.score(f.aggregate), t.band(f.before), t.band(f.after), f.changes, f.fewest);
    case 'more-changes':
      return workshopWords.fMoreChanges(f.changes, f.fewest);
    case 'band-not-reached':
      return workshopWords.fBandNotReached(t.score(f.aggregate), t.percent(f.before), t.percent(f.after), t.percent(f.needed));
    case 'wrong-found':
      return workshopWords.fWrongFound(t.name(f.id));
    case 'wrong-missed':
      return workshopWords.fWrongMissed(f.named === null ? null : t.name(f.named));
    case 'correction-right':
      return workshopWords.fCorrectionRight(t.name(f.id));
    case 'correction-off':
      return workshopWords.fCorrectionOff(t.name(f.id), t.value(f.id, f.value), t.band(f.band), t.band(f.answerBand));
    case 'correction-missing':
      return workshopWords.fCorrectionMissing(t.name(f.id));
  }
}

/** How a problem reading an exercise or answer reads. */
export function exerciseProblemText(p: ExerciseProblem): string {
  switch (p.kind) {
    case 'not-json':
      return workshopWords.exNotJson;
    case 'repeated-key':
      return workshopWords.exRepeatedKey({ path: p.path });
    case 'too-long':
      return workshopWords.exTooLong(String(p.limit));
    case 'not-an-exercise':
      return workshopWords.exNotAnExercise(p.format);
    case 'newer-version':
      return workshopWords.exNewerVersion(p.version);
    case 'unknown-city':
      return workshopWords.exUnknownCity(p.city);
    case 'unknown-datapoint':
      return workshopWords.exUnknownDatapoint(p.id);
    case 'unknown-aggregate':
      return workshopWords.exUnknownAggregate(p.code);
    case 'bad-field':
      return workshopWords.exBadField(p.field);
  }
}
