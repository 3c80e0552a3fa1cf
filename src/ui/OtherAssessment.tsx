import { createResource, createSignal, For, onCleanup, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../engine/assessment';
import { getAssessment, type WorkbenchDb } from '../storage/db';
import { listSummaries, type LibraryEntry } from '../storage/library-summaries';
import { shellWords } from './strings';

/**
 * "Compare with": a labelled select over the other assessments of the library (kept current as the
 * library changes), and the chosen one, read from storage. Used by the charts and by compare/merge.
 */
export function otherAssessment(db: WorkbenchDb, currentId: () => string): { chosen: () => AssessmentDoc | undefined; Select: () => JSX.Element } {
  // The library's summaries (names only are listed): no write re-reads every stored row.
  const [others, setOthers] = createSignal<LibraryEntry[]>([]);
  const sub = listSummaries(db).subscribe((l) => setOthers(l.entries.filter((r) => r.id !== currentId())));
  onCleanup(() => sub.unsubscribe());
  const [id, setId] = createSignal('');
  const [chosen] = createResource(id, (i) => (i ? getAssessment(db, i) : Promise.resolve(undefined)));
  const Select = () => (
    <label class="tool">
      {shellWords.compareWith}{' '}
      <select value={id()} onChange={(e) => setId(e.currentTarget.value)}>
        <option value="">{shellWords.compareNone}</option>
        <For each={others()}>{(o) => <option value={o.id}>{`${o.city} ${o.year}`}</option>}</For>
      </select>
    </label>
  );
  return { chosen: () => chosen(), Select };
}
