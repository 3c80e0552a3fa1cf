/**
 * An exercise or answers link opened from the address bar (issue #25, item 6): on a fresh profile it
 * landed silently on the empty library. The app now reads the link once the library is ready, finds or
 * adds the demo city the exercise starts from, and opens that assessment in its Workshop view with the
 * link, where the exercise opens for the participant (Exercises.tsx).
 */
import { DEMO_CITIES } from '../../engine/frameworks/u4ssc/demo';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { readExerciseJson } from '../../engine/exercises';
import { decodeLink } from '../../share/link';
import type { AssessmentDoc } from '../../engine/assessment';
import { addAssessment, listAssessments, type WorkbenchDb } from '../../storage/db';
import { demoAssessment, findDemo } from '../Library';
import { exerciseProblemText, workshopWords } from '../strings/workshop';

/** Links of exercises and answers: `#x.` then a share-link fragment (the app's share-link reader ignores them). */
export const EXERCISE_LINK_MARK = '#x.';

/** The exercise or answers link in a page address, or null. */
export function exerciseLinkFromHash(hash: string): string | null {
  return hash.startsWith(EXERCISE_LINK_MARK) && hash.length > EXERCISE_LINK_MARK.length ? hash : null;
}

export type PreparedExerciseLink = { ok: true; id: string; link: string; student: boolean } | { ok: false; message: string };

/**
 * Reads the link and opens the assessment it needs: the demo city of an exercise (Demoville for a link
 * of answers, which are checked against the exercise the trainer has open), added if it is not stored.
 */
export async function prepareExerciseLink(db: WorkbenchDb, link: string): Promise<PreparedExerciseLink> {
  const decoded = await decodeLink(`#${link.slice(EXERCISE_LINK_MARK.length)}`);
  if (!decoded.ok) return { ok: false, message: workshopWords.exLinkOpenFailed(workshopWords.exLinkDamaged) };
  const read = readExerciseJson(decoded.text, u4ssc);
  if (!read.ok) return { ok: false, message: workshopWords.exLinkOpenFailed(exerciseProblemText(read.problem)) };
  const city = ('exercise' in read ? DEMO_CITIES.find((c) => c.key === read.exercise.city) : undefined) ?? DEMO_CITIES[0];
  const stored = findDemo(await storedOnce(db), city) ?? (await addAssessment(db, demoAssessment(city)));
  // An exercise is opened by a participant; a link of answers is the trainer's.
  return { ok: true, id: stored.id, link, student: 'exercise' in read };
}

/** The stored assessments as the library lists them, read once. */
function storedOnce(db: WorkbenchDb): Promise<AssessmentDoc[]> {
  return new Promise((resolve, reject) => {
    const sub = listAssessments(db).subscribe({
      next: (docs) => {
        resolve(docs);
        queueMicrotask(() => sub.unsubscribe());
      },
      error: reject,
    });
  });
}
