import type { Framework } from '../engine/framework';
import type { TargetSet } from '../engine/targets';
import { readFile, type FileRead, type ReadChoices } from '../interchange/read-file';

/** How far a reading is: the bytes loaded of the file's size, then the reading of what was loaded. */
export interface ReadProgress {
  stage: 'loading' | 'reading';
  loaded: number;
  total: number;
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
 * pure, so the worker runs exactly what the page runs for a small file. Kept apart from the worker
 * entry so it can be exercised in Node.
 */
export function createReadApi(fw: Framework, targets: TargetSet) {
  return {
    async read(file: File, choices: ReadChoices, onProgress: (p: ReadProgress) => void): Promise<FileRead> {
      const bytes = await loadBytes(file, onProgress);
      onProgress({ stage: 'reading', loaded: bytes.length, total: file.size });
      const buffer = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return readFile(
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
      );
    },
  };
}

export type ReadApi = ReturnType<typeof createReadApi>;
