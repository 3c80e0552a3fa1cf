/**
 * The formula language of a framework file (issue #30): what a local KPI's value is made of, and the
 * two sides of a validation rule. Parsed by hand into a small tree and evaluated by walking it, never
 * with `eval` or `new Function` (the page's Content Security Policy forbids them). A hand parser was
 * chosen over jsep: the grammar is six precedence levels and five functions (about 200 lines here),
 * jsep would bring 20 kB of JavaScript's own grammar (members, `this`, arrays) that would then have to be
 * refused node by node, and its errors carry a position but English text, where ours are typed problems.
 *
 * Grammar, loosest first:
 *   comparison  sum (( '<' | '<=' | '>' | '>=' | '=' | '<>' ) sum)?     one comparison, not chained
 *   sum         product (( '+' | '-' ) product)*                         left to right
 *   product     unary (( '*' | '/' ) unary)*                             left to right
 *   unary       '-' unary | power
 *   power       atom ( '^' unary )?                                      right to left: 2^3^2 = 2^9; -2^2 = -4
 *   atom        number | name | [code] | [code | key] | name '(' args ')' | '(' comparison ')'
 *
 * Names: an input of the data point (`households`), a profile field (`profile.population`), the
 * data point's inputs together (`inputs`, only inside `sum`); `[EC: ICT: ICT: 1C]` and
 * `[EN: EN: AQ: 1C | PM2.5]` are other data points' values. Functions: `min`, `max`, `sum` (one or
 * more arguments), `if(condition, then, else)` (only the branch chosen is evaluated), `abs`, `and`,
 * `or`, `not`. A comparison is 1 when true and 0 when false; any number but 0 is true.
 *
 * A formula reads nothing but what it names: names are resolved once, against the scope it is compiled
 * in (lists and a look-up function, never an object's properties), and evaluation reads only through
 * the function it is given. A missing value makes the result missing (`{ missing }`), except in a
 * branch of `if` that is not taken.
 */

/** Longest formula text read; longer is a problem, not a slow parse. */
export const FORMULA_MAX_LENGTH = 2000;
/**
 * Deepest nesting of brackets, calls, signs and powers; deeper is a problem, never a stack overflow. A
 * chain `a + b + c …` is not nesting (its length is bounded by the text's).
 */
export const FORMULA_MAX_DEPTH = 64;

export type FormulaFunction = 'min' | 'max' | 'sum' | 'if' | 'abs' | 'and' | 'or' | 'not';
const FUNCTIONS: ReadonlyMap<string, { min: number; max: number | null }> = new Map([
  ['min', { min: 1, max: null }],
  ['max', { min: 1, max: null }],
  ['sum', { min: 1, max: null }],
  ['if', { min: 3, max: 3 }],
  ['abs', { min: 1, max: 1 }],
  ['and', { min: 1, max: null }],
  ['or', { min: 1, max: null }],
  ['not', { min: 1, max: 1 }],
]);

export type Comparison = '<' | '<=' | '>' | '>=' | '=' | '<>';
export type Operator = '+' | '-' | '*' | '/' | '^' | Comparison;

/** What a formula names, resolved: an input of its data point, a profile field, another data point (by id). */
export type FormulaRef = { kind: 'input'; name: string } | { kind: 'profile'; field: string } | { kind: 'datapoint'; id: string };

/** Positions are 0-based character offsets into the formula's text; the words say "character at + 1". */
export type FormulaNode =
  | { t: 'num'; v: number; at: number }
  | { t: 'ref'; ref: FormulaRef; at: number }
  | { t: 'inputs'; at: number }
  | { t: 'neg'; a: FormulaNode; at: number }
  | { t: 'bin'; op: Operator; a: FormulaNode; b: FormulaNode; at: number }
  | { t: 'call'; fn: FormulaFunction; args: FormulaNode[]; at: number };

/** Why a formula's text is not a formula, with where. The words are `C.formula` (src/ui/strings/catalogue.ts). */
export type FormulaProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number; limit: number }
  | { kind: 'too-deep'; at: number; limit: number }
  | { kind: 'unexpected-character'; at: number; char: string }
  | { kind: 'unexpected-end'; at: number }
  | { kind: 'unexpected-token'; at: number; token: string }
  /** A bracket opened at `at` and never closed. */
  | { kind: 'unclosed'; at: number; bracket: '(' | '[' }
  | { kind: 'unknown-function'; at: number; name: string }
  | { kind: 'arity'; at: number; name: FormulaFunction; min: number; max: number | null; given: number }
  | { kind: 'unknown-name'; at: number; name: string; inputs: string[] }
  | { kind: 'unknown-profile'; at: number; field: string }
  | { kind: 'unknown-datapoint'; at: number; code: string }
  /** `inputs` outside `sum(...)`, or in a formula of a data point with no inputs. */
  | { kind: 'inputs-outside-sum'; at: number }
  /** Formulas that read each other in a ring, by the names of the data points (first one repeated at the end). */
  | { kind: 'cycle'; names: string[] };

/** Why a formula gave no number for these values (not a fault of the formula's text). */
export type FormulaEvalProblem = { kind: 'missing'; ref: FormulaRef } | { kind: 'division-by-zero'; at: number } | { kind: 'not-finite'; at: number };

export type FormulaResult = { ok: true; value: number } | { ok: false; problem: FormulaEvalProblem };

/** What the names of a formula may mean where it is compiled. */
export interface FormulaScope {
  /** The data point's own inputs, by name. */
  inputs: readonly string[];
  /** The city profile's fields, by id. */
  profile: readonly string[];
  /** The id of the data point a printed code names (`EC: ICT: ICT: 1C`, `EN: EN: AQ: 1C | PM2.5`), or undefined. */
  datapoint(code: string): string | undefined;
}

export interface CompiledFormula {
  text: string;
  root: FormulaNode;
  /** Every name the formula reads, once each, in the order of first use (`inputs` as each input). */
  refs: FormulaRef[];
}

export type CompileResult = { ok: true; formula: CompiledFormula } | { ok: false; problems: FormulaProblem[] };

// ---------------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { k: 'num'; v: number; text: string; at: number }
  | { k: 'name'; v: string; at: number }
  | { k: 'code'; v: string; at: number }
  | { k: 'op'; v: string; at: number }
  | { k: 'end'; at: number };

class Stop {
  constructor(readonly problem: FormulaProblem) {}
}

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_.]/u;
const DIGIT = /[0-9]/;
const NUMBER = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const TWO = new Set(['<=', '>=', '<>']);
const ONE = new Set(['+', '-', '*', '/', '^', '<', '>', '=', '(', ')', ',']);

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (DIGIT.test(c) || (c === '.' && DIGIT.test(text[i + 1] ?? ''))) {
      const m = NUMBER.exec(text.slice(i, i + 400))!;
      out.push({ k: 'num', v: Number(m[0]), text: m[0], at: i });
      i += m[0].length;
      continue;
    }
    if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < text.length && NAME_PART.test(text[j])) j++;
      out.push({ k: 'name', v: text.slice(i, j), at: i });
      i = j;
      continue;
    }
    if (c === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) throw new Stop({ kind: 'unclosed', at: i, bracket: '[' });
      out.push({ k: 'code', v: text.slice(i + 1, close).trim(), at: i });
      i = close + 1;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (TWO.has(two)) {
      out.push({ k: 'op', v: two, at: i });
      i += 2;
      continue;
    }
    if (ONE.has(c)) {
      out.push({ k: 'op', v: c === '=' && text[i + 1] === '=' ? '=' : c, at: i });
      i += c === '=' && text[i + 1] === '=' ? 2 : 1;
      continue;
    }
    // A whole code point (an emoji is two UTF-16 units), for the words.
    throw new Stop({ kind: 'unexpected-character', at: i, char: String.fromCodePoint(text.codePointAt(i)!) });
  }
  out.push({ k: 'end', at: text.length });
  return out;
}

const tokenText = (t: Token): string => (t.k === 'num' ? t.text : t.k === 'code' ? `[${t.v}]` : t.k === 'end' ? '' : t.v);

// ---------------------------------------------------------------------------------------------------
// Parser

const COMPARISONS = new Set<string>(['<', '<=', '>', '>=', '=', '<>']);

class Parser {
  private pos = 0;
  private depth = 0;
  /** Problems of names (all of them are listed, parsing goes on). */
  readonly problems: FormulaProblem[] = [];
  readonly refs: FormulaRef[] = [];
  private readonly seen = new Set<string>();
  private sumDepth = 0;

  constructor(
    private readonly list: Token[],
    private readonly scope: FormulaScope,
  ) {}

  parse(): FormulaNode {
    const node = this.comparison();
    const t = this.peek();
    if (t.k !== 'end') throw new Stop({ kind: 'unexpected-token', at: t.at, token: tokenText(t) });
    return node;
  }

  private peek(): Token {
    return this.list[this.pos];
  }
  private next(): Token {
    return this.list[this.pos++];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }
  private enter(at: number): void {
    if (++this.depth > FORMULA_MAX_DEPTH) throw new Stop({ kind: 'too-deep', at, limit: FORMULA_MAX_DEPTH });
  }

  private comparison(): FormulaNode {
    const a = this.sum();
    const t = this.peek();
    if (t.k === 'op' && COMPARISONS.has(t.v)) {
      this.next();
      const b = this.sum();
      return { t: 'bin', op: t.v as Comparison, a, b, at: t.at };
    }
    return a;
  }

  private sum(): FormulaNode {
    let a = this.product();
    for (let t = this.peek(); t.k === 'op' && (t.v === '+' || t.v === '-'); t = this.peek()) {
      this.next();
      a = { t: 'bin', op: t.v, a, b: this.product(), at: t.at };
    }
    return a;
  }

  private product(): FormulaNode {
    let a = this.unary();
    for (let t = this.peek(); t.k === 'op' && (t.v === '*' || t.v === '/'); t = this.peek()) {
      this.next();
      a = { t: 'bin', op: t.v, a, b: this.unary(), at: t.at };
    }
    return a;
  }

  private unary(): FormulaNode {
    const t = this.peek();
    if (t.k === 'op' && t.v === '-') {
      this.next();
      this.enter(t.at);
      const a = this.unary();
      this.depth--;
      return { t: 'neg', a, at: t.at };
    }
    return this.power();
  }

  private power(): FormulaNode {
    const a = this.atom();
    const t = this.peek();
    if (t.k === 'op' && t.v === '^') {
      this.next();
      this.enter(t.at);
      const b = this.unary();
      this.depth--;
      return { t: 'bin', op: '^', a, b, at: t.at };
    }
    return a;
  }

  private atom(): FormulaNode {
    const t = this.next();
    switch (t.k) {
      case 'num':
        return { t: 'num', v: t.v, at: t.at };
      case 'code':
        return { t: 'ref', ref: this.datapoint(t.v, t.at), at: t.at };
      case 'name':
        if (this.isOp('(')) return this.call(t.v, t.at);
        return this.name(t.v, t.at);
      case 'op':
        if (t.v === '(') {
          this.enter(t.at);
          const inner = this.comparison();
          if (!this.isOp(')')) {
            const n = this.peek();
            throw new Stop(n.k === 'end' ? { kind: 'unclosed', at: t.at, bracket: '(' } : { kind: 'unexpected-token', at: n.at, token: tokenText(n) });
          }
          this.next();
          this.depth--;
          return inner;
        }
        throw new Stop({ kind: 'unexpected-token', at: t.at, token: t.v });
      case 'end':
        throw new Stop({ kind: 'unexpected-end', at: t.at });
    }
  }

  private call(name: string, at: number): FormulaNode {
    const open = this.next();
    const arity = FUNCTIONS.get(name.toLowerCase());
    if (!arity) throw new Stop({ kind: 'unknown-function', at, name });
    const fn = name.toLowerCase() as FormulaFunction;
    this.enter(open.at);
    if (fn === 'sum') this.sumDepth++;
    const args: FormulaNode[] = [];
    if (!this.isOp(')')) {
      for (;;) {
        args.push(this.comparison());
        if (this.isOp(',')) {
          this.next();
          continue;
        }
        break;
      }
    }
    if (!this.isOp(')')) {
      const n = this.peek();
      throw new Stop(n.k === 'end' ? { kind: 'unclosed', at: open.at, bracket: '(' } : { kind: 'unexpected-token', at: n.at, token: tokenText(n) });
    }
    this.next();
    if (fn === 'sum') this.sumDepth--;
    this.depth--;
    if (args.length < arity.min || (arity.max !== null && args.length > arity.max)) {
      this.problems.push({ kind: 'arity', at, name: fn, min: arity.min, max: arity.max, given: args.length });
    }
    return { t: 'call', fn, args, at };
  }

  private use(ref: FormulaRef): FormulaRef {
    const key = ref.kind === 'input' ? `i:${ref.name}` : ref.kind === 'profile' ? `p:${ref.field}` : `d:${ref.id}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.refs.push(ref);
    }
    return ref;
  }

  private name(name: string, at: number): FormulaNode {
    if (name === 'inputs') {
      if (this.sumDepth === 0 || this.scope.inputs.length === 0) this.problems.push({ kind: 'inputs-outside-sum', at });
      else for (const input of this.scope.inputs) this.use({ kind: 'input', name: input });
      return { t: 'inputs', at };
    }
    if (name.startsWith('profile.')) {
      const field = name.slice('profile.'.length);
      if (!this.scope.profile.includes(field)) this.problems.push({ kind: 'unknown-profile', at, field });
      return { t: 'ref', ref: this.use({ kind: 'profile', field }), at };
    }
    if (!this.scope.inputs.includes(name)) this.problems.push({ kind: 'unknown-name', at, name, inputs: [...this.scope.inputs] });
    return { t: 'ref', ref: this.use({ kind: 'input', name }), at };
  }

  private datapoint(code: string, at: number): FormulaRef {
    const id = code === '' ? undefined : this.scope.datapoint(code);
    if (id === undefined) {
      this.problems.push({ kind: 'unknown-datapoint', at, code });
      return { kind: 'datapoint', id: code };
    }
    return this.use({ kind: 'datapoint', id });
  }
}

/** Reads a formula's text against a scope: the formula, or every problem found (the first one of syntax, all of names). */
export function compileFormula(text: string, scope: FormulaScope): CompileResult {
  if (text.length > FORMULA_MAX_LENGTH) return { ok: false, problems: [{ kind: 'too-long', length: text.length, limit: FORMULA_MAX_LENGTH }] };
  if (text.trim() === '') return { ok: false, problems: [{ kind: 'empty' }] };
  try {
    const parser = new Parser(tokens(text), scope);
    const root = parser.parse();
    if (parser.problems.length > 0) return { ok: false, problems: parser.problems };
    return { ok: true, formula: { text, root, refs: parser.refs } };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, problems: [e.problem] };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------
// Evaluation

class Missing {
  constructor(readonly problem: FormulaEvalProblem) {}
}

/**
 * The value of a compiled formula, reading every name through `read` (null: no value). A missing
 * value, a division by zero or a result that is not a finite number is a problem, not an exception.
 */
export function evaluateFormula(formula: CompiledFormula, read: (ref: FormulaRef) => number | null): FormulaResult {
  const ev = (n: FormulaNode): number => {
    switch (n.t) {
      case 'num':
        return n.v;
      case 'ref': {
        const v = read(n.ref);
        if (v === null) throw new Missing({ kind: 'missing', ref: n.ref });
        return v;
      }
      case 'inputs':
        // Only reached inside sum, which expands it; alone it is refused when compiled.
        return NaN;
      case 'neg':
        return -ev(n.a);
      case 'bin': {
        const a = ev(n.a);
        const b = ev(n.b);
        let r: number;
        switch (n.op) {
          case '+':
            r = a + b;
            break;
          case '-':
            r = a - b;
            break;
          case '*':
            r = a * b;
            break;
          case '/':
            if (b === 0) throw new Missing({ kind: 'division-by-zero', at: n.at });
            r = a / b;
            break;
          case '^':
            r = a ** b;
            break;
          case '<':
            return a < b ? 1 : 0;
          case '<=':
            return a <= b ? 1 : 0;
          case '>':
            return a > b ? 1 : 0;
          case '>=':
            return a >= b ? 1 : 0;
          case '=':
            return a === b ? 1 : 0;
          case '<>':
            return a !== b ? 1 : 0;
        }
        if (!Number.isFinite(r)) throw new Missing({ kind: 'not-finite', at: n.at });
        return r;
      }
      case 'call':
        return call(n);
    }
  };
  const spread = (args: FormulaNode[]): number[] => {
    const out: number[] = [];
    for (const a of args) {
      if (a.t === 'inputs') {
        for (const r of formula.refs) if (r.kind === 'input') out.push(ev({ t: 'ref', ref: r, at: a.at }));
      } else out.push(ev(a));
    }
    return out;
  };
  const call = (n: Extract<FormulaNode, { t: 'call' }>): number => {
    switch (n.fn) {
      case 'if':
        return ev(n.args[0]) !== 0 ? ev(n.args[1]) : ev(n.args[2]);
      case 'not':
        return ev(n.args[0]) === 0 ? 1 : 0;
      case 'abs':
        return Math.abs(ev(n.args[0]));
      case 'and':
        return spread(n.args).every((v) => v !== 0) ? 1 : 0;
      case 'or':
        return spread(n.args).some((v) => v !== 0) ? 1 : 0;
      case 'min':
        return Math.min(...spread(n.args));
      case 'max':
        return Math.max(...spread(n.args));
      case 'sum': {
        let s = 0;
        for (const v of spread(n.args)) s += v;
        if (!Number.isFinite(s)) throw new Missing({ kind: 'not-finite', at: n.at });
        return s;
      }
    }
  };
  try {
    const value = ev(formula.root);
    if (!Number.isFinite(value)) return { ok: false, problem: { kind: 'not-finite', at: 0 } };
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Missing) return { ok: false, problem: e.problem };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------
// Dependency graph

/** A formula in a graph: its id, the name the words use, and the ids of the other formulas it reads. */
export interface GraphNode {
  id: string;
  name: string;
  reads: readonly string[];
}

export interface FormulaGraph {
  /** Ids in an order where every formula comes after those it reads (formulas in a cycle left out). */
  order: string[];
  /** Per id, the formulas that read it directly. */
  readers: Map<string, string[]>;
  /** Each ring of formulas that read each other, as a problem naming them. */
  cycles: Extract<FormulaProblem, { kind: 'cycle' }>[];
  /** Formulas outside any ring that read one (directly or not): they have no value either. */
  blocked: string[];
}

/**
 * Orders formulas by what they read and reports every cycle by name (Tarjan's strongly connected
 * components, iteratively so a long chain cannot overflow the stack). Reads of ids that are not in the
 * graph (inputs, profile fields, data points entered directly) are leaves.
 */
export function formulaGraph(nodes: readonly GraphNode[]): FormulaGraph {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const readers = new Map<string, string[]>();
  for (const n of nodes)
    for (const r of n.reads) {
      if (!byId.has(r)) continue;
      const list = readers.get(r) ?? [];
      list.push(n.id);
      readers.set(r, list);
    }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start.id)) continue;
    const work: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    index.set(start.id, counter);
    low.set(start.id, counter++);
    stack.push(start.id);
    onStack.add(start.id);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const reads = byId.get(frame.id)!.reads;
      if (frame.next < reads.length) {
        const w = reads[frame.next++];
        if (!byId.has(w)) continue;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, next: 0 });
        } else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.id);
        components.push(component.reverse());
      }
    }
  }
  // Tarjan emits a component after every component it reads: that is already the evaluation order.
  const order: string[] = [];
  const cycles: FormulaGraph['cycles'] = [];
  const blocked: string[] = [];
  const noValue = new Set<string>();
  for (const c of components) {
    const node = byId.get(c[0])!;
    if (c.length === 1 && !node.reads.includes(node.id)) {
      if (node.reads.some((r) => noValue.has(r))) {
        blocked.push(node.id);
        noValue.add(node.id);
      } else order.push(node.id);
    } else {
      const names = ringOf(c, byId).map((id) => byId.get(id)!.name);
      cycles.push({ kind: 'cycle', names: [...names, names[0]] });
      for (const id of c) noValue.add(id);
    }
  }
  return { order, readers, cycles, blocked };
}

/** One ring through a strongly connected component, in reading order (a reads b reads … reads a). */
function ringOf(component: string[], byId: Map<string, GraphNode>): string[] {
  const members = new Set(component);
  const start = component[0];
  const path = [start];
  const seen = new Set([start]);
  for (let at = start; ;) {
    const next = byId.get(at)!.reads.find((r) => members.has(r) && (r === start || !seen.has(r)));
    if (next === undefined || next === start) return path;
    path.push(next);
    seen.add(next);
    at = next;
  }
}

/**
 * The formulas an edit makes stale, in the order to recompute them: `direct`, the formulas that read
 * the edited thing (an input, a profile field, a data point), then every formula reading those.
 */
export function staleAfter(graph: FormulaGraph, direct: readonly string[]): string[] {
  const stale = new Set<string>();
  const queue = [...direct];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (stale.has(id)) continue;
    stale.add(id);
    for (const r of graph.readers.get(id) ?? []) queue.push(r);
  }
  return graph.order.filter((id) => stale.has(id));
}
