/**
 * Every KPI traced to its page (#28): traces.json records, for every KPI and so for every data point,
 * the official pages it was checked against (each with the date it was read), the fields those pages
 * confirm and the differences found and how they were resolved, or "no page found". The table in
 * docs/ is generated from it, and the README states its counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTraces, TABLE_PATH, traceCounts, type Traces } from '../../scripts/catalogue-traces';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import tracesJson from '../../src/engine/frameworks/u4ssc/traces.json';

const traces = tracesJson as unknown as Traces;
const kpis = u4ssc.data.kpis;
const PAGE = /^(CM17|VM22)-p\d+$/;

describe('traces.json: what each KPI was checked against', () => {
  it('has one entry per KPI of the catalogue, so every data point is covered, and nothing else', () => {
    expect(Object.keys(traces.kpis).sort()).toEqual(kpis.map((k) => k.code).sort());
    for (const ref of u4ssc.datapoints) expect(traces.kpis[ref.kpi.code], ref.id).toBeDefined();
  });

  it('names every page read with its document and the date it was read', () => {
    for (const [id, p] of Object.entries(traces.pages)) {
      expect(id).toMatch(PAGE);
      expect(traces.documents[id.slice(0, 4)], id).toBeDefined();
      expect(p.read, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('a traced KPI names pages that were read and the fields they confirm; an untraced one says "no page found" and confirms nothing', () => {
    for (const [code, t] of Object.entries(traces.kpis)) {
      for (const f of t.confirms) expect(traces.fields, `${code} ${f}`).toContain(f);
      if (t.tracedTo.length > 0) {
        for (const p of t.tracedTo) expect(traces.pages[p], `${code} ${p}`).toBeDefined();
        expect(t.confirms.length, code).toBeGreaterThan(0);
        expect(t.status, code).toBeUndefined();
      } else {
        expect(t.status, code).toBe('no page found');
        expect(t.confirms, code).toEqual([]);
      }
      for (const d of t.differences) expect(d.resolution.length, code).toBeGreaterThan(5);
    }
  });

  it('agrees with the catalogue: a KPI is traced exactly when it is marked H, and cites its pages in its sources', () => {
    for (const k of kpis) {
      const t = traces.kpis[k.code];
      expect(t.tracedTo.length > 0, k.code).toBe(k.confidence === 'H');
      for (const p of t.tracedTo) expect(k.sources, `${k.code} ${p}`).toMatch(new RegExp(`${p}(?!\\d)`));
      // A type tag is confirmed only where the catalogue carries one.
      if (t.confirms.includes('type')) expect(k.type, k.code).not.toBeNull();
    }
  });

  it('cites no page in the catalogue that is not listed as read', () => {
    const cited = new Set(JSON.stringify(u4ssc.data).match(/(CM17|VM22)-p\d+/g));
    for (const p of cited) expect(traces.pages, p).toHaveProperty([p]);
  });

  it('records the differences of catalogue 2017.4 with their page: the travel time index and freshwater', () => {
    expect(traces.kpis['EC: I: T: 5A'].differences.map((d) => d.field)).toEqual(['formula', 'target', 'type']);
    expect(traces.kpis['EC: I: T: 5A'].tracedTo).toEqual(['VM22-p82']);
    expect(traces.kpis['EN: EN: WS: 3C'].differences[0]).toMatchObject({ field: 'unit', resolution: expect.stringMatching(/2017\.4/) });
  });
});

describe('the traces table in docs/ and the README counts', () => {
  it('docs/catalogue-traces.md is what traces.json gives (regenerate with npx tsx scripts/catalogue-traces.ts)', () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(renderTraces(u4ssc.data, traces));
  });

  it('the table has one row per KPI, with its data points, and says "no page found" where there is none', () => {
    const text = renderTraces(u4ssc.data, traces);
    for (const k of kpis) {
      const row = text.split('\n').find((l) => l.startsWith(`| ${k.code} |`));
      expect(row, k.code).toBeDefined();
      expect(row, k.code).toContain(`| ${k.datapoints.length} |`);
      if (traces.kpis[k.code].tracedTo.length === 0) expect(row).toContain('no page found');
    }
  });

  it("the README's catalogue section states the counts: traced, differing, untraced", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The catalogue'), readme.indexOf('## Scoring'));
    const n = (re: RegExp) => Number(re.exec(section)?.[1]);
    const counts = traceCounts(traces);
    expect(counts.traced + counts.untraced).toBe(kpis.length);
    expect(n(/\*\*(\d+) KPIs are traced\*\*/)).toBe(counts.traced);
    expect(n(/\*\*(\d+) differed\*\*/)).toBe(counts.differing);
    expect(n(/\*\*(\d+) have no page found\*\*/)).toBe(counts.untraced);
  });
});
