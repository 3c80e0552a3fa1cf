import { For, Show, type JSX } from 'solid-js';
import { problemWords } from './strings/problems';
import { u4ssc } from '../engine/frameworks/u4ssc';
import { deleteRow, restoreAssessment, storageProblem, type DamagedRow, type WorkbenchDb } from '../storage/db';
import { downloadBlob, sanitiseFileName } from './interchange/files';
import { savingWords } from './strings/saving';

/** A damaged row's city and year, as far as they read, else its id. */
export const damagedLabel = (row: DamagedRow): string => {
  const raw = row.raw as { city?: unknown; year?: unknown } | null;
  const city = typeof raw?.city === 'string' ? raw.city.slice(0, 80) : '';
  const year = typeof raw?.year === 'number' ? ` ${raw.year}` : '';
  return `${city}${year}`.trim() || row.id;
};

/**
 * Stored rows the app cannot open as they are (written by a broken import of an older version, or
 * damaged): listed apart so the library never crashes on them, each with its raw JSON to keep, a
 * repair through the same defensive reader as imports, and delete.
 */
export function DamagedList(props: { db: WorkbenchDb; damaged: DamagedRow[]; toast: (t: { message: string }) => void }): JSX.Element {
  const damaged = () => props.damaged;
  const exportRaw = (row: DamagedRow) => {
    let text: string;
    try {
      text = JSON.stringify(row.raw, null, 1);
    } catch {
      text = String(row.raw);
    }
    downloadBlob(new Blob([text], { type: 'application/json' }), `damaged-${sanitiseFileName(row.id, 'row')}.json`);
  };
  const repair = async (row: DamagedRow) => {
    // The full reader (the schema's validator with it) loads only for a repair.
    const { readAssessment } = await import('../engine/assessment-read');
    const read = readAssessment(row.raw, u4ssc, { repair: true });
    if (!read.ok)
      return props.toast({ message: savingWords.repairFailed(problemWords.refusedLines({ position: 1, label: '', error: read.error }).slice(0, 3).join(' ')) });
    try {
      // The reader reset what was out of range; the row keeps its id, so nothing else changes.
      await restoreAssessment(props.db, { ...read.value, id: row.id || read.value.id });
      props.toast({ message: savingWords.repaired(damagedLabel(row)) });
    } catch (e) {
      props.toast({ message: savingWords.repairFailed(savingWords.problem(storageProblem(e))) });
    }
  };
  return (
    <Show when={(damaged()?.length ?? 0) > 0}>
      <section class="damaged" aria-labelledby="damaged-title" data-testid="damaged">
        <h3 id="damaged-title">{savingWords.damagedTitle}</h3>
        <p class="hint">{savingWords.damagedHint}</p>
        <ul>
          <For each={damaged()}>
            {(row) => (
              <li>
                <span>{savingWords.damagedRow(damagedLabel(row), row.reason)}</span>{' '}
                <button type="button" onClick={() => exportRaw(row)}>
                  {savingWords.exportRaw}
                </button>{' '}
                <button type="button" onClick={() => void repair(row)}>
                  {savingWords.repair}
                </button>{' '}
                <button type="button" class="danger" onClick={() => void deleteRow(props.db, row.id)}>
                  {savingWords.deleteRow}
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
