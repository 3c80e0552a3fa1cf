/**
 * ICU MessageFormat, compiled at build time (#31): a message of the JSON files becomes a plain string or
 * a small arrow function in a generated TypeScript module, so the app ships no parser and never evals.
 * The subset is what translation platforms (Crowdin, Weblate, Lokalise) show and check:
 *
 *   {name}                         the argument as text (a number as `String(n)`: years stay 2030)
 *   {name, number}                 a number in the interface locale (Intl.NumberFormat); `, integer`, `, percent`
 *   {name, date}                   a date or time stamp in the interface locale (Intl.DateTimeFormat); `, short|medium|long|full`
 *   {name, plural, =0 {…} one {…} other {…}}   Intl.PluralRules of the message's language; `#` is the number
 *   {name, selectordinal, one {…} other {…}}   ordinal plural rules
 *   {name, select, a {…} null {…} other {…}}   on the argument's text (`null` matches a missing value)
 *   {name, select, true {…} other {…}}   only `true`/`false`/`other`: the argument is a boolean
 *   {name, list}                   a list of texts, `a, b and c` in the interface locale (Intl.ListFormat; MessageFormat 2's :list)
 *   {name, list, or}               the same list as alternatives, `a, b or c` (Intl.ListFormat's disjunction)
 *   '{' '}' '#' quoted with apostrophes; '' is one apostrophe; a lone apostrophe (city's) is itself.
 *
 * `parseMessage` throws a `MessageSyntaxError` with the position; `compileMessage` gives the code of
 * one table entry; `argumentTypes` gives each argument's TypeScript type from the English message.
 */

export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'number'; name: string; style: 'decimal' | 'integer' | 'percent' }
  | { kind: 'date'; name: string; style: 'short' | 'medium' | 'long' | 'full' }
  | { kind: 'list'; name: string; or: boolean }
  | { kind: 'plural'; name: string; ordinal: boolean; options: Record<string, Part[]> }
  | { kind: 'select'; name: string; options: Record<string, Part[]> };

export class MessageSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(`${reason} at ${at}`);
  }
}

const PLURAL_KEYS = /^(=\d+|zero|one|two|few|many|other)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseMessage(src: string): Part[] {
  let i = 0;
  const fail = (reason: string): never => {
    throw new MessageSyntaxError(reason, i);
  };
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const word = (): string => {
    ws();
    const start = i;
    while (i < src.length && /[^\s,{}]/.test(src[i])) i++;
    return src.slice(start, i);
  };

  function parts(inPlural: boolean, nested: boolean): Part[] {
    const out: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', text });
      text = '';
    };
    while (i < src.length) {
      const c = src[i];
      if (c === "'") {
        const next = src[i + 1];
        if (next === "'") {
          text += "'";
          i += 2;
        } else if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = src.indexOf("'", i + 1);
          if (end < 0) fail('unclosed quote');
          text += src.slice(i + 1, end).replace(/''/g, "'");
          i = end + 1;
        } else {
          text += c;
          i++;
        }
      } else if (c === '{') {
        flush();
        i++;
        out.push(argument());
      } else if (c === '}') {
        if (!nested) fail('unmatched }');
        break;
      } else if (c === '#' && inPlural) {
        flush();
        out.push({ kind: 'pound' });
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  }

  function options(inPlural: boolean, keys: RegExp | null): Record<string, Part[]> {
    const opts: Record<string, Part[]> = {};
    for (;;) {
      ws();
      if (src[i] === '}') break;
      const key = word();
      if (!key) fail('option expected');
      if (keys && !keys.test(key)) fail(`"${key}" is not a plural category`);
      if (key in opts) fail(`option "${key}" twice`);
      ws();
      if (src[i] !== '{') fail('{ expected');
      i++;
      opts[key] = parts(inPlural, true);
      if (src[i] !== '}') fail('} expected');
      i++;
    }
    if (!('other' in opts)) fail('an "other" option is required');
    return opts;
  }

  function argument(): Part {
    const name = word();
    if (!NAME.test(name)) fail(`"${name}" is not an argument name`);
    ws();
    if (src[i] === '}') {
      i++;
      return { kind: 'arg', name };
    }
    if (src[i] !== ',') fail(', or } expected');
    i++;
    const type = word();
    ws();
    let part: Part;
    if (type === 'number' || type === 'date') {
      let style = '';
      if (src[i] === ',') {
        i++;
        style = word();
      }
      if (type === 'number') {
        if (style && style !== 'integer' && style !== 'percent') fail(`number style "${style}"`);
        part = { kind: 'number', name, style: (style || 'decimal') as 'decimal' | 'integer' | 'percent' };
      } else {
        if (style && !['short', 'medium', 'long', 'full'].includes(style)) fail(`date style "${style}"`);
        part = { kind: 'date', name, style: (style || 'medium') as 'short' | 'medium' | 'long' | 'full' };
      }
      ws();
    } else if (type === 'list') {
      let style = '';
      if (src[i] === ',') {
        i++;
        style = word();
        ws();
      }
      if (style && style !== 'or') fail(`list style "${style}"`);
      part = { kind: 'list', name, or: style === 'or' };
    } else if (type === 'plural' || type === 'selectordinal' || type === 'select') {
      if (src[i] !== ',') fail(', expected');
      i++;
      part =
        type === 'select'
          ? { kind: 'select', name, options: options(false, null) }
          : { kind: 'plural', name, ordinal: type === 'selectordinal', options: options(true, PLURAL_KEYS) };
    } else {
      return fail(`unknown argument type "${type}"`);
    }
    if (src[i] !== '}') fail('} expected');
    i++;
    return part;
  }

  const out = parts(false, false);
  if (i < src.length) fail('unmatched }');
  return out;
}

/** A TypeScript type per argument, from the English message (its contract). */
export function argumentTypes(message: Part[]): Map<string, string> {
  const types = new Map<string, Set<string>>();
  const add = (name: string, t: string) => {
    if (!types.has(name)) types.set(name, new Set());
    types.get(name)!.add(t);
  };
  const walk = (ps: Part[]) => {
    for (const p of ps) {
      if (p.kind === 'arg') add(p.name, 'text');
      else if (p.kind === 'number' || p.kind === 'plural') add(p.name, 'number');
      else if (p.kind === 'date') add(p.name, 'date');
      else if (p.kind === 'list') add(p.name, 'list');
      if (p.kind === 'plural' || p.kind === 'select') {
        if (p.kind === 'select') {
          add(p.name, 'null' in p.options ? 'select-null' : 'select');
          // `{flag, select, true {…} other {…}}`: a boolean (the old `flag ? … : ''`).
          if (Object.keys(p.options).every((k) => k === 'true' || k === 'false' || k === 'other')) add(p.name, 'select-boolean');
        }
        Object.values(p.options).forEach(walk);
      }
    }
  };
  walk(message);
  const out = new Map<string, string>();
  for (const [name, set] of types) {
    const nullable = set.has('select-null');
    let t: string;
    if (set.has('list')) t = 'readonly string[]';
    else if (set.has('date')) t = 'Date | number';
    else if (set.has('number')) t = 'number';
    else if (set.has('select-boolean') && !set.has('text')) t = 'boolean';
    else t = 'string | number';
    out.set(name, nullable ? `${t} | null` : t);
  }
  return out;
}

const templateText = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * The code of one table entry: a string literal, `(a: Args) => …` (arguments by name), or, with
 * `positional`, `(n: Arg, total: Arg) => …` (arguments in that order, the same in every language).
 */
export function compileMessage(message: Part[], lang: string, positional?: readonly string[]): string {
  const arg = (name: string) => (positional ? name : `a.${name}`);
  if (!positional && message.every((p) => p.kind === 'text')) return JSON.stringify(message.map((p) => (p as { text: string }).text).join(''));
  const body = (ps: Part[], pound: string | null): string =>
    '`' +
    ps
      .map((p) => {
        switch (p.kind) {
          case 'text':
            return templateText(p.text);
          case 'arg':
            return `\${${arg(p.name)}}`;
          case 'pound':
            return `\${nf(${pound}, 'decimal')}`;
          case 'number':
            return `\${nf(${arg(p.name)}, '${p.style}')}`;
          case 'date':
            return `\${df(${arg(p.name)}, '${p.style}')}`;
          case 'list':
            return p.or ? `\${lf(${arg(p.name)}, 'disjunction')}` : `\${lf(${arg(p.name)})}`;
          case 'plural':
          case 'select': {
            const inner = p.kind === 'plural' ? arg(p.name) : pound;
            const opts = Object.entries(p.options)
              .map(([k, v]) => `${JSON.stringify(k)}: ${body(v, inner)}`)
              .join(', ');
            return p.kind === 'select' ? `\${sel(${arg(p.name)}, { ${opts} })}` : `\${pl('${lang}', ${arg(p.name)}, ${p.ordinal}, { ${opts} })}`;
          }
        }
      })
      .join('') +
    '`';
  // A message that is one plural or select needs no template around it.
  const only = message.length === 1 && (message[0].kind === 'plural' || message[0].kind === 'select');
  const text = only ? body(message, null).slice(3, -2) : body(message, null);
  return positional ? `(${positional.map((n) => `${n}: Arg`).join(', ')}) => ${text}` : `(a: Args) => ${text}`;
}

/** The plain text of a message with every argument as `{name}` (for comparing versions in a test). */
export function argumentNames(message: Part[]): string[] {
  return [...argumentTypes(message).keys()];
}
