import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compileFormula,
  evaluateFormula,
  formulaGraph,
  staleAfter,
  FORMULA_MAX_DEPTH,
  FORMULA_MAX_LENGTH,
  type CompiledFormula,
  type FormulaProblem,
  type FormulaRef,
  type FormulaScope,
} from '../../src/engine/formula';

const scope: FormulaScope = {
  inputs: ['a', 'b', 'c', 'households'],
  profile: ['population', 'area'],
  datapoint: (code) =>
    code.replace(/\s+/g, '') === 'EC:ICT:ICT:1C' ? 'EC: ICT: ICT: 1C|' : code.replace(/\s+/g, '') === 'EN:EN:AQ:1C|PM2.5' ? 'EN: EN: AQ: 1C|PM2.5' : undefined,
};

const compiled = (text: string, s: FormulaScope = scope): CompiledFormula => {
  const r = compileFormula(text, s);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.problems)}`);
  return r.formula;
};
const problems = (text: string, s: FormulaScope = scope): FormulaProblem[] => {
  const r = compileFormula(text, s);
  if (r.ok) throw new Error(`${text} compiled`);
  return r.problems;
};
const values: Record<string, number> = { a: 2, b: 3, c: 5, households: 400 };
const reader =
  (
    inputs: Record<string, number | null> = values,
    profile: Record<string, number | null> = { population: 1000, area: 20 },
    dps: Record<string, number | null> = {},
  ) =>
  (ref: FormulaRef): number | null =>
    ref.kind === 'input' ? (inputs[ref.name] ?? null) : ref.kind === 'profile' ? (profile[ref.field] ?? null) : (dps[ref.id] ?? null);
const value = (text: string, read = reader()) => {
  const r = evaluateFormula(compiled(text), read);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.problem)}`);
  return r.value;
};

describe('precedence and associativity', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['12 / 3 / 2', 2],
    ['2 ^ 3 ^ 2', 512],
    ['-2 ^ 2', -4],
    ['(-2) ^ 2', 4],
    ['2 * -3', -6],
    ['--3', 3],
    ['1 + 2 < 4', 1],
    ['1 + 2 >= 4', 0],
    ['3 = 3', 1],
    ['3 == 3', 1],
    ['3 <> 3', 0],
    ['.5 + 1e2', 100.5],
    ['a / households * 100', (2 / 400) * 100],
  ])('%s = %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('a comparison does not chain (a < b < c is refused where the second operator is)', () => {
    expect(problems('1 < 2 < 3')).toEqual([{ kind: 'unexpected-token', at: 6, token: '<' }]);
  });

  // A random tree printed with every bracket and with only the brackets precedence needs evaluates the
  // same, and as the tree says: the parser's precedence is the grammar's.
  type Tree = number | { op: '+' | '-' | '*' | '/'; a: Tree; b: Tree };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.integer({ min: 1, max: 50 }),
      fc.record({ op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const), a: tie('t'), b: tie('t') }),
    ),
  })).t;
  const full = (t: Tree): string => (typeof t === 'number' ? String(t) : `(${full(t.a)} ${t.op} ${full(t.b)})`);
  const rank = (op: string) => (op === '+' || op === '-' ? 1 : 2);
  const minimal = (t: Tree, parent = 0, right = false): string => {
    if (typeof t === 'number') return String(t);
    const r = rank(t.op);
    const text = `${minimal(t.a, r)} ${t.op} ${minimal(t.b, r, true)}`;
    return r < parent || (right && r === parent) ? `(${text})` : text;
  };
  const truth = (t: Tree): number => {
    if (typeof t === 'number') return t;
    const a = truth(t.a);
    const b = truth(t.b);
    return t.op === '+' ? a + b : t.op === '-' ? a - b : t.op === '*' ? a * b : b === 0 ? NaN : a / b;
  };
  it('a tree with all brackets and with only the needed ones evaluates as the tree (property)', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const expected = truth(t);
        const a = evaluateFormula(compiled(full(t)), reader());
        const b = evaluateFormula(compiled(minimal(t)), reader());
        if (!Number.isFinite(expected)) return !a.ok && !b.ok;
        return a.ok && b.ok && a.value === expected && b.value === expected;
      }),
      { numRuns: 300 },
    );
  });
});

describe('functions', () => {
  it('min, max, abs, sum and the logic functions', () => {
    expect(value('min(a, b, c)')).toBe(2);
    expect(value('max(a, b, c)')).toBe(5);
    expect(value('abs(a - c)')).toBe(3);
    expect(value('sum(a, b, 10)')).toBe(15);
    expect(value('sum(inputs)')).toBe(410);
    expect(value('sum(inputs) - households')).toBe(10);
    expect(value('and(a > 1, b > 1)')).toBe(1);
    expect(value('or(a > 9, b > 9)')).toBe(0);
    expect(value('not(a > 9)')).toBe(1);
    expect(value('MIN(a, 1)')).toBe(1);
  });

  it('if evaluates only the branch it takes: a missing input in the other one does not matter', () => {
    const read = reader({ a: 2, b: null });
    expect(value('if(a > 1, a * 10, b)', read)).toBe(20);
    expect(evaluateFormula(compiled('if(a > 5, a, b)'), read)).toEqual({ ok: false, problem: { kind: 'missing', ref: { kind: 'input', name: 'b' } } });
  });

  it('reads profile fields and other data points by printed code', () => {
    const read = reader(values, { population: 1000, area: 20 }, { 'EC: ICT: ICT: 1C|': 80, 'EN: EN: AQ: 1C|PM2.5': 12 });
    expect(value('profile.population / profile.area', read)).toBe(50);
    expect(value('[EC:ICT:ICT:1C] + [ EN: EN: AQ: 1C | PM2.5 ]', read)).toBe(92);
    expect(compiled('[EC: ICT: ICT: 1C] + profile.area + a + a').refs).toEqual([
      { kind: 'datapoint', id: 'EC: ICT: ICT: 1C|' },
      { kind: 'profile', field: 'area' },
      { kind: 'input', name: 'a' },
    ]);
  });

  it('a wrong number of arguments is a problem naming the function and what it takes', () => {
    expect(problems('if(a, b)')).toEqual([{ kind: 'arity', at: 0, name: 'if', min: 3, max: 3, given: 2 }]);
    expect(problems('a + not()')).toEqual([{ kind: 'arity', at: 4, name: 'not', min: 1, max: 1, given: 0 }]);
  });

  it('division by zero, a missing value and an overflow are problems of the values, with where', () => {
    expect(evaluateFormula(compiled('a / (b - 3)'), reader())).toEqual({ ok: false, problem: { kind: 'division-by-zero', at: 2 } });
    expect(evaluateFormula(compiled('a + profile.area'), reader(values, { population: 1 }))).toEqual({
      ok: false,
      problem: { kind: 'missing', ref: { kind: 'profile', field: 'area' } },
    });
    expect(evaluateFormula(compiled('10 ^ 400'), reader())).toEqual({ ok: false, problem: { kind: 'not-finite', at: 3 } });
  });
});

describe('problems with positions', () => {
  it.each<[string, FormulaProblem[]]>([
    ['', [{ kind: 'empty' }]],
    ['   ', [{ kind: 'empty' }]],
    ['1 + * 2', [{ kind: 'unexpected-token', at: 4, token: '*' }]],
    ['1 +', [{ kind: 'unexpected-end', at: 3 }]],
    ['(1 + 2', [{ kind: 'unclosed', at: 0, bracket: '(' }]],
    ['max(1, 2', [{ kind: 'unclosed', at: 3, bracket: '(' }]],
    ['[EC: ICT', [{ kind: 'unclosed', at: 0, bracket: '[' }]],
    ['1 $ 2', [{ kind: 'unexpected-character', at: 2, char: '$' }]],
    ['a + 😀', [{ kind: 'unexpected-character', at: 4, char: '😀' }]],
    ['1 2', [{ kind: 'unexpected-token', at: 2, token: '2' }]],
    ['(1))', [{ kind: 'unexpected-token', at: 3, token: ')' }]],
    ['median(a, b)', [{ kind: 'unknown-function', at: 0, name: 'median' }]],
    [
      'a + y + z',
      [
        { kind: 'unknown-name', at: 4, name: 'y', inputs: ['a', 'b', 'c', 'households'] },
        { kind: 'unknown-name', at: 8, name: 'z', inputs: ['a', 'b', 'c', 'households'] },
      ],
    ],
    ['profile.nope * 2', [{ kind: 'unknown-profile', at: 0, field: 'nope' }]],
    ['[XX: 9] + 1', [{ kind: 'unknown-datapoint', at: 0, code: 'XX: 9' }]],
    ['[] + 1', [{ kind: 'unknown-datapoint', at: 0, code: '' }]],
    ['inputs * 2', [{ kind: 'inputs-outside-sum', at: 0 }]],
  ])('%j', (text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('a text too long and nesting too deep are problems, not a slow parse or a stack overflow', () => {
    expect(problems('1+'.repeat(FORMULA_MAX_LENGTH) + '1')).toEqual([{ kind: 'too-long', length: 2 * FORMULA_MAX_LENGTH + 1, limit: FORMULA_MAX_LENGTH }]);
    const deep = '('.repeat(FORMULA_MAX_DEPTH + 1) + '1' + ')'.repeat(FORMULA_MAX_DEPTH + 1);
    expect(problems(deep)).toEqual([{ kind: 'too-deep', at: FORMULA_MAX_DEPTH, limit: FORMULA_MAX_DEPTH }]);
    expect(value('('.repeat(FORMULA_MAX_DEPTH) + '1' + ')'.repeat(FORMULA_MAX_DEPTH))).toBe(1);
    expect(problems('-'.repeat(FORMULA_MAX_DEPTH + 1) + '1')[0].kind).toBe('too-deep');
    // A long chain is not nesting.
    expect(value(Array.from({ length: 900 }, () => '1').join('+'))).toBe(900);
  });

  it('any text gives a formula or problems whose positions are inside the text, never an exception (property)', () => {
    const alphabet = fc.constantFrom(
      ...'ab1.2+-*/^()<>=,[] minsumif|profile.population'.split(''),
      'min(',
      'if(',
      'sum(',
      'inputs',
      '[EC: ICT: ICT: 1C]',
      '$',
      'é',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.array(alphabet, { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          const r = compileFormula(text, scope);
          if (r.ok) return true;
          return r.problems.length > 0 && r.problems.every((p) => !('at' in p) || (p.at >= 0 && p.at <= text.length));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('a formula reads nothing outside its inputs', () => {
  it.each(['constructor', '__proto__', 'toString', 'globalThis', 'process', 'window', 'this', 'profile.__proto__', 'profile.constructor', 'a.constructor'])(
    '%s is an unknown name',
    (name) => {
      const [p] = problems(`${name} + 1`);
      expect(['unknown-name', 'unknown-profile']).toContain(p.kind);
    },
  );

  it('calls, members and strings of JavaScript are not part of the language', () => {
    for (const text of ['a.constructor("x")', 'eval("1")', 'a["b"]', "'x'", 'a; b', 'a => a', '`x`', 'new a']) {
      expect(compileFormula(text, scope).ok, text).toBe(false);
    }
  });

  it('evaluation reads only the names the formula lists, each within the scope (property)', () => {
    const atom = fc.constantFrom('a', 'b', 'c', 'households', 'profile.population', 'profile.area', '[EC: ICT: ICT: 1C]', '2', '0.5');
    const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small' },
        atom,
        fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '<', '>='), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
        fc.tuple(fc.constantFrom('min', 'max', 'sum'), fc.array(tie('e'), { minLength: 1, maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
        fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `if(${c}, ${a}, ${b})`),
        fc.constant('sum(inputs)'),
      ),
    })).e;
    fc.assert(
      fc.property(expr, fc.integer({ min: 0, max: 1000 }), (text, seed) => {
        const f = compiled(text);
        const read: FormulaRef[] = [];
        evaluateFormula(f, (ref) => {
          read.push(ref);
          return (seed % 7) + 1;
        });
        const listed = new Set(f.refs.map((r) => JSON.stringify(r)));
        return read.every((r) => listed.has(JSON.stringify(r)) && (r.kind !== 'input' || scope.inputs.includes(r.name)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('dependency graph', () => {
  it('orders formulas after what they read and leaves inputs as leaves', () => {
    const g = formulaGraph([
      { id: 'total', name: 'Total', reads: ['part1', 'part2'] },
      { id: 'part2', name: 'Part 2', reads: ['part1', 'input:x'] },
      { id: 'part1', name: 'Part 1', reads: ['profile:population'] },
    ]);
    expect(g.order).toEqual(['part1', 'part2', 'total']);
    expect(g.cycles).toEqual([]);
    expect(staleAfter(g, ['part2'])).toEqual(['part2', 'total']);
    expect(staleAfter(g, ['part1'])).toEqual(['part1', 'part2', 'total']);
  });

  it('reports every cycle by the names of its formulas, and still orders the rest', () => {
    const g = formulaGraph([
      { id: 'a', name: 'Waste collected', reads: ['b'] },
      { id: 'b', name: 'Waste recycled', reads: ['c'] },
      { id: 'c', name: 'Waste landfilled', reads: ['a'] },
      { id: 'self', name: 'Own share', reads: ['self'] },
      { id: 'free', name: 'Free', reads: [] },
      { id: 'after', name: 'After', reads: ['free'] },
    ]);
    expect(g.cycles).toEqual([
      { kind: 'cycle', names: ['Waste collected', 'Waste recycled', 'Waste landfilled', 'Waste collected'] },
      { kind: 'cycle', names: ['Own share', 'Own share'] },
    ]);
    expect(g.order).toEqual(['free', 'after']);
    expect(g.blocked).toEqual([]);
  });

  it('a formula reading a cycle has no value either: it is listed as blocked, not ordered', () => {
    const g = formulaGraph([
      { id: 'a', name: 'A', reads: ['b'] },
      { id: 'b', name: 'B', reads: ['a'] },
      { id: 'c', name: 'C', reads: ['a'] },
      { id: 'd', name: 'D', reads: ['c'] },
    ]);
    expect(g.cycles).toEqual([{ kind: 'cycle', names: ['A', 'B', 'A'] }]);
    expect(g.blocked).toEqual(['c', 'd']);
    expect(g.order).toEqual([]);
  });

  it('a random graph: the order puts every formula after those it reads, and a cycle exists exactly when some are left out (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }).chain((n) => fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n })),
        (reads) => {
          const nodes = reads.map((r, i) => ({ id: `n${i}`, name: `N${i}`, reads: r.map((j) => `n${j}`) }));
          const g = formulaGraph(nodes);
          const pos = new Map(g.order.map((id, i) => [id, i]));
          for (const n of nodes) {
            if (!pos.has(n.id)) continue;
            for (const r of n.reads) if (!(pos.has(r) && pos.get(r)! < pos.get(n.id)!)) return false;
          }
          const left = nodes.length - g.order.length;
          return (left === 0) === (g.cycles.length === 0) && g.cycles.every((c) => c.names[0] === c.names[c.names.length - 1]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a chain of 20 000 formulas neither overflows the stack nor is reported as a cycle', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ id: `n${i}`, name: `N${i}`, reads: i === 0 ? [] : [`n${i - 1}`] }));
    const g = formulaGraph(nodes);
    expect(g.cycles).toEqual([]);
    expect(g.order[0]).toBe('n0');
    expect(g.order.at(-1)).toBe('n19999');
  });
});
