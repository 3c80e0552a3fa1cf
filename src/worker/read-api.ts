import type { AssessmentDoc, DocNote, RefusedAssessment } from '../engine/assessment';
import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import { previewLines, type PreviewLine } from '../interchange/import-docs';
import { readFile, type FileRead, type ReadChoices } from '../interchange/read-file';
import type { WorkbenchDb } from '../storage/db';
import type { FileStored } from '../storage/import';

// Storage loads beside the file's bytes, not before the reading can start (the worker's first module graph).
const storage = () => import('../storage/import');
const openShared = (name: string) => import('../storage/db').then((m) => m.openSharedDb(name));

/** How far a reading is: the bytes loaded of the file's size, then the reading of what was loaded. */
export interface ReadProgress {
  stage: 'loading' | 'reading';
  loaded: number;
  total: number;
}

/**
 * A file of assessments the worker read and keeps, to store itself once the user confirms: what the
 * preview shows of it, never the documents (1 000 of them took 2–4 s to hand to the page, issue #32).
 */
export interface HeldRead {
  kind: 'held';
  /** Assessments read (the file's others are in `refused`). */
  count: number;
  /** Ids of the file already stored. */
  clashes: string[];
  refused: RefusedAssessment[];
  notes: DocNote[];
  /** The first assessments as the preview lists them. */
  lines: PreviewLine[];
}

/** Progress is told at most this often while loading (a 45 MB file: 45 messages, not 700). */
const STEP_BYTES = 1024 * 1024;

/**
 * Loads a file's bytes chunk by chunk, telling how far it is. A file changed since it was chosen (it
 * grew past its size) is read as far as the size it had then, as File.arrayBuffer would fail.
 */
export async function loadBytes(file: Blob, onProgress: (p: ReadProgress) => void): Promise<Uint8Array> {
  const total = file.size;
  const bytes = new Uint8Array(total);
  const reader = file.stream().getReader();
  let loaded = 0;
  let told = 0;
  onProgress({ stage: 'loading', loaded: 0, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = Math.min(value.length, total - loaded);
    bytes.set(value.subarray(0, take), loaded);
    loaded += take;
    if (loaded - told >= STEP_BYTES) {
      told = loaded;
      onProgress({ stage: 'loading', loaded, total });
    }
    if (loaded >= total) {
      await reader.cancel();
      break;
    }
  }
  return loaded === total ? bytes : bytes.subarray(0, loaded);
}

/**
 * Reading an import file off the page's thread (the import panel, for a large file): the readers are
 * pure, so the worker runs exactly what the page runs for a small file. Given the page's database
 * name, a file of several assessments is kept here and stored from here (`store`) once the user
 * confirms, in one transaction on the same database (src/storage/import.ts), and the page gets only
 * what its preview shows. Kept apart from the worker entry so it can be exercised in Node; `open`
 * opens the database (a test's own IndexedDB).
 */
export function createReadApi(fw: Framework, targets: TargetSet, open: (name: string) => Promise<WorkbenchDb | null> = openShared) {
  /** The file read and kept, until it is stored (or the page ends this worker). */
  let held: { docs: AssessmentDoc[]; db: WorkbenchDb; clashes: Set<string>; name: string } | null = null;
  return {
    /** Reads `file`; with `keep`, a file of several assessments is kept here (HeldRead) when the database opens. */
    async read(file: File, choices: ReadChoices, onProgress: (p: ReadProgress) => void, keep?: { dbName: string }): Promise<FileRead | HeldRead> {
      held?.db.close();
      held = null;
      // The database opens while the file loads and is read.
      const opening = keep ? open(keep.dbName).catch(() => null) : Promise.resolve(null);
      const bytes = await loadBytes(file, onProgress);
      onProgress({ stage: 'reading', loaded: bytes.length, total: file.size });
      const buffer = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const read = await readFile(
        {
          name: file.name,
          type: file.type,
          head: async () => bytes.subarray(0, 128),
          // As File.text(): UTF-8, a byte-order mark dropped, bad bytes replaced.
          text: async () => new TextDecoder().decode(bytes),
          arrayBuffer: async () => buffer(),
        },
        fw,
        targets,
        ['assessments', 'values'],
        choices,
      ).catch(async (e: unknown) => {
        (await opening)?.close();
        throw e;
      });
      const db = await opening;
      // One assessment goes to the page whole: it may update a stored one, through an editing session there.
      if (!db || read.kind !== 'read' || !read.result.ok || read.result.holds !== 'assessments' || read.result.docs.length < 2) {
        db?.close();
        return read;
      }
      const { docs, refused, notes } = read.result;
      let clashes: Set<string>;
      try {
        const { storedIds } = await storage();
        clashes = await storedIds(
          db,
          docs.map((d) => d.id),
        );
      } catch {
        // The database failed here after all: the page has the documents, and stores them itself.
        db.close();
        return read;
      }
      held = { docs, db, clashes, name: file.name };
      return { kind: 'held', count: docs.length, clashes: [...clashes], refused, notes, lines: await previewLines(docs, fw, targets) };
    },

    /**
     * Stores the file kept here as the user confirmed (`replaceConfirmed`: the stored assessments of
     * the same ids are replaced, else the file's are added as copies), all or nothing. A failure (a full
     * disk) stores nothing and keeps the file here, so the user can try again.
     */
    async store(replaceConfirmed: boolean, now = Date.now()): Promise<FileStored> {
      if (!held) return { ok: false, problem: { kind: 'closed' } };
      const { docs, db, clashes, name } = held;
      const { storeFile } = await storage();
      const out = await storeFile(db, docs, { name, clashes, replaceConfirmed }, now);
      if (out.ok && held?.docs === docs) {
        held = null;
        db.close();
      }
      return out;
    },
  };
}

export type ReadApi = ReturnType<typeof createReadApi>;
