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
export const W = demo;

/** Words of workshop mode beyond the demo cities; a band that did not move says so. */
export const WS = withCode(workshop, {
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
    case 'repeated-key':
      return WS.exRepeatedKey({ path: p.path });
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
