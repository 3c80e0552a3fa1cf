/**
 * The files a command line argument names (`npm run score -- 'data/*.csv' reports/`): a file as it is,
 * a folder as every file in it and below with an ending the readers take, and a glob (`*`, `?`, `[…]`
 * within a name, `**` for any depth of folders) as the files it matches. A glob is expanded here
 * because a quoted one, or one on Windows, reaches the program unexpanded. Each list is sorted, so a
 * programme's table comes out in the same order every run.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

const GLOB = /[*?[]/;

/** A name pattern as a regular expression: `*` any run of characters but `/`, `?` one, `[…]` a class. */
const segmentPattern = (segment: string): RegExp => {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
};

const entries = (dir: string) => {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
};

/** Every file under `dir` (hidden ones left out) whose name ends with one of `endings`. */
function filesUnder(dir: string, endings: readonly string[]): string[] {
  return entries(dir).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full, endings);
    return e.isFile() && endings.some((end) => e.name.toLowerCase().endsWith(end)) ? [full] : [];
  });
}

/** The files matching `segments` below `dir`. */
function match(dir: string, segments: string[]): string[] {
  if (segments.length === 0) return [];
  const [first, ...rest] = segments;
  if (first === '**')
    return [...match(dir, rest), ...entries(dir).flatMap((e) => (e.isDirectory() && !e.name.startsWith('.') ? match(path.join(dir, e.name), segments) : []))];
  if (!GLOB.test(first)) {
    const next = path.join(dir, first);
    if (rest.length === 0) return isFile(next) ? [next] : [];
    return match(next, rest);
  }
  const re = segmentPattern(first);
  return entries(dir).flatMap((e) => {
    // A pattern matches a hidden name only when it starts with a dot itself, as shells do.
    if (!re.test(e.name) || (e.name.startsWith('.') && !first.startsWith('.'))) return [];
    const full = path.join(dir, e.name);
    if (rest.length === 0) return e.isFile() ? [full] : [];
    return e.isDirectory() ? match(full, rest) : [];
  });
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
const isDirectory = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** The file a name stands for (links followed); the name made absolute when it names no file (the reader says so). */
const realPath = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

export type Expanded = { ok: true; files: string[] } | { ok: false; arg: string; why: 'no-match' | 'empty-folder' };

/**
 * The files of every argument, in order, each once. An argument that is neither a folder nor a glob is
 * kept as it is (the reader then says it cannot be read); a glob that matches nothing, or a folder with
 * no file the readers take, is an error of the command line.
 */
export function expandArgs(args: readonly string[], endings: readonly string[]): Expanded {
  const out: string[] = [];
  for (const arg of args) {
    let files: string[];
    if (isDirectory(arg)) {
      files = filesUnder(arg, endings);
      if (files.length === 0) return { ok: false, arg, why: 'empty-folder' };
    } else if (GLOB.test(arg) && !isFile(arg)) {
      const absolute = path.isAbsolute(arg);
      const segments = arg.split(/[\\/]+/).filter((s, i) => s !== '' || i > 0);
      files = match(absolute ? path.parse(arg).root : '.', absolute ? segments.filter(Boolean) : segments.filter((s) => s !== '.'));
      files.sort();
      if (files.length === 0) return { ok: false, arg, why: 'no-match' };
    } else files = [arg];
    out.push(...files);
  }
  // Each file once, however it is named (`a.csv` and `./x/../a.csv`, or a link to it): a file named
  // twice was scored twice, its rows twice in the tidy table under two names. The first name is kept.
  const seen = new Set<string>();
  return {
    ok: true,
    files: out.filter((f) => {
      const key = realPath(f);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}
