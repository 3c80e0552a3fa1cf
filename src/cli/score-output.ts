/**
 * Where `npm run score` writes its output, as it is made (#29 item 6: a programme of 10 000 files is
 * written file by file, so the memory the command takes stays the same whatever the number of files):
 * stdout, a file (`--out FILE`), or memory (tests, which read the output as one string).
 *
 * An output never throws: a write that fails (a full disk, a closed pipe) stops the writing, and the
 * command says it once at the end, as it said a file it could not write before it streamed.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface Output {
  /** Writes a piece; a promise when the reader is slower than the writer (a pipe): wait before making more. */
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** Closes the output: the line that says why the writing stopped, or '' when it did not. */
  end(): string;
  /**
   * True once nothing more can be written (the reader of a pipe left, `| head`): the command stops
   * scoring, rather than score a programme of 10 000 files for nobody.
   */
  closed?(): boolean;
}

/** The output kept in memory (tests): `text()` is what was written. */
export function memoryOutput(): Output & { text(): string } {
  const pieces: string[] = [];
  return {
    write: (chunk) => void pieces.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)),
    end: () => '',
    text: () => pieces.join(''),
  };
}

const whyNot = (file: string, e: unknown) => `${file}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`;

/**
 * The input `--out` would empty before it is read, if any: the same name, or the same file under another
 * (a symbolic or hard link, which a comparison of names missed and the input was emptied). Only a file
 * that exists can be an input, so the inputs are looked at only then.
 */
export function inputNamedByOut(out: string, files: readonly string[]): string | undefined {
  const same = files.find((f) => path.resolve(f) === path.resolve(out));
  if (same !== undefined) return same;
  let o: { dev: number; ino: number };
  try {
    o = statSync(out);
  } catch {
    return undefined;
  }
  return files.find((f) => {
    try {
      const s = statSync(f);
      return s.dev === o.dev && s.ino === o.ino;
    } catch {
      return false;
    }
  });
}

/**
 * The file `--out` names, opened (and emptied) before anything is scored: a name that cannot be written
 * is said at once, not after an hour of scoring. Writes are synchronous, so nothing waits in memory.
 */
export function fileOutput(file: string): { ok: true; output: Output } | { ok: false; stderr: string } {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (e) {
    return { ok: false, stderr: whyNot(file, e) };
  }
  let failed = '';
  // Stopped by Ctrl-C (or a kill), the file holds the output of the files scored so far and no end:
  // that is said, or a half table would pass for a whole one. Exit as the signal would (128 + its number).
  const interrupted = (signal: NodeJS.Signals) => {
    writeSync(2, `${file}: interrupted (${signal}); the file is incomplete, it holds only the files scored before.\n`);
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return {
    ok: true,
    output: {
      write(chunk) {
        if (failed) return;
        try {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
        } catch (e) {
          failed = whyNot(file, e);
        }
      },
      end() {
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
        try {
          closeSync(fd);
        } catch (e) {
          failed ||= whyNot(file, e);
        }
        return failed;
      },
    },
  };
}

/**
 * A stream such as process.stdout: a write the stream cannot take at once (a pipe to a slow reader)
 * is waited for ('drain'), so the output never piles up in memory. A reader that stops early (`| head`)
 * closes the pipe: that is not an error of the scoring, and the rest is not written.
 */
export function streamOutput(stream: NodeJS.WritableStream): Output {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return {
    write(chunk) {
      if (closed || stream.write(chunk)) return;
      return new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          resolve();
        };
        stream.once('drain', done);
        stream.once('close', done);
        stream.once('error', done);
      });
    },
    end: () => '',
    closed: () => closed,
  };
}
