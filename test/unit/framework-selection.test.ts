import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { loadFramework } from '../../src/engine/framework';
import {
  checkEdited,
  linksOf,
  moveKpi,
  openFrameworkText,
  putKpi,
  putLink,
  removeKpi,
  removeLink,
  restoreKpi,
  selectionOf,
  u4sscFile,
  type LocalKpiFields,
} from '../../src/engine/framework-edit';
import { readFrameworkFile, type CrosswalkLink } from '../../src/engine/framework-file';
import { DEMO_CITIES, demoCityInput, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { loadTargetSet } from '../../src/engine/targets';
import type { AssessmentInput } from '../../src/engine/types';
import { catalogueTexts } from '../../src/ui/strings/catalogue';
import { problemWords } from '../../src/ui/strings/problems';

const fixtures = new URL('../fixtures/', import.meta.url);
const AIR = 'EN: EN: AQ: 1C';
const WATER = 'EC: I: WS: 1C';
const ICT = 'EC: ICT: ICT: 1C';

const local: LocalKpiFields = {
  code: 'LOCAL: 1',
  name: 'Broadband and households',
  category: 'EC: ICT: ICT',
  definition: 'A local KPI reading a U4SSC data point.',
  unit: '%',
  direction: 'higher',
  inputs: [{ name: 'a', label: 'Offices' }],
  expression: `a + [${ICT}]`,
  target: 50,
  basis: 'judgement',
  source: 'City plan',
  rationale: 'Half.',
};

/** A national selection: two U4SSC KPIs left out, one moved to the front, a local KPI added. */
function selection() {
  let f = removeKpi(u4sscFile(), AIR);
  f = removeKpi(f, WATER);
  for (let i = 0; i < 40; i++) f = moveKpi(f, ICT, -1);
  return putKpi(f, local);
}

function fixtureInputs(): [string, AssessmentInput][] {
  const out: [string, AssessmentInput][] = [
    ['demo', demoInput(u4ssc)],
    ...DEMO_CITIES.map((c): [string, AssessmentInput] => [c.city, demoCityInput(u4ssc, c)]),
  ];
  for (const name of [
    'sample-assessment.json',
    ...readdirSync(new URL('frozen/', fixtures))
      .filter((f) => /^assessment-v\d+\.json$/.test(f))
      .map((f) => `frozen/${f}`),
  ]) {
    const r = parseAssessmentJson(readFileSync(new URL(name, fixtures), 'utf8'), u4ssc);
    if (r.ok) out.push([name, r.value]);
  }
  return out;
}

describe('a national selection of the U4SSC framework', () => {
  it('reads as any framework file, and says what is in and out', () => {
    const file = selection();
    const checked = checkEdited(file);
    expect(checked.ok).toBe(true);
    const sel = selectionOf(file, u4sscFile());
    expect(sel.kept).toHaveLength(u4ssc.data.kpis.length - 2);
    expect(sel.kept[0].code).toBe(ICT);
    expect(sel.removed.map((k) => k.code).sort()).toEqual([AIR, WATER].sort());
    expect(sel.local.map((k) => k.code)).toEqual([local.code]);
    // Its links and targets about the KPIs left out went with them.
    expect(linksOf(file, AIR)).toEqual([]);
    expect(file.targets!.targets.some((t) => t.code === AIR)).toBe(false);
    // Exported and opened again: the same file.
    const opened = openFrameworkText(checked.ok ? checked.text : '');
    expect(opened.ok && opened.file).toEqual(file);
  });

  const inputs = fixtureInputs();
  it('found the fixtures', () => expect(inputs.length).toBeGreaterThanOrEqual(8));

  it.each(inputs)('%s: every U4SSC KPI kept scores exactly as under U4SSC', (_name, input) => {
    const read = readFrameworkFile(JSON.parse(JSON.stringify(selection())));
    if (!read.ok) throw new Error('not read');
    const fw = loadFramework(read.value.data);
    const targets = loadTargetSet(read.value.targets!, fw);
    const mine = score(fw, targets, { ...input, values: Object.fromEntries(Object.entries(input.values).filter(([id]) => fw.byId.has(id))) });
    const theirs = score(u4ssc, referenceTargets, input);
    const byId = new Map(mine.items.map((i) => [i.id, i]));
    for (const item of theirs.items) {
      if (item.code === AIR || item.code === WATER) expect(byId.has(item.id)).toBe(false);
      else expect(byId.get(item.id)).toEqual(item);
    }
    expect(byId.has(`${local.code}|`)).toBe(true);
  });

  it('a KPI left out is put back where it was, with its target and links; all put back is the U4SSC file again', () => {
    const base = u4sscFile();
    let f = removeKpi(removeKpi(base, AIR), WATER);
    f = restoreKpi(restoreKpi(f, base, WATER), base, AIR);
    expect(f.kpis.map((k) => k.code)).toEqual(base.kpis.map((k) => k.code));
    expect(new Set(f.targets!.targets)).toEqual(new Set(base.targets!.targets));
    expect(new Set(f.links)).toEqual(new Set(base.links));
    expect(restoreKpi(f, base, AIR)).toBe(f);
  });

  it('a move at either end changes nothing', () => {
    const base = u4sscFile();
    expect(moveKpi(base, base.kpis[0].code, -1)).toBe(base);
    expect(moveKpi(base, base.kpis.at(-1)!.code, 1)).toBe(base);
    expect(moveKpi(base, base.kpis[0].code, 1).kpis.slice(0, 2)).toEqual([base.kpis[1], base.kpis[0]]);
  });

  it('leaving out a KPI a local formula reads is refused by the same checks, with a reason', () => {
    const checked = checkEdited(removeKpi(selection(), ICT));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems[0]).toMatchObject({ kind: 'formula', path: 'kpis[88].datapoints[0].formula.expression' });
  });
});

describe('links to other frameworks in the editor', () => {
  const link: CrosswalkLink = { datapoint: `${local.code}|`, framework: 'sdg-11', indicator: '11.2.1|', relation: 'related', source: 'City plan' };

  it('are added, replaced between the same two, listed per KPI and removed', () => {
    let f = putLink(selection(), link);
    expect(linksOf(f, local.code)).toEqual([link]);
    f = putLink(f, { ...link, relation: 'close' });
    expect(linksOf(f, local.code)).toEqual([{ ...link, relation: 'close' }]);
    expect(checkEdited(f).ok).toBe(true);
    f = removeLink(f, link);
    expect(linksOf(f, local.code)).toEqual([]);
    expect(linksOf(u4sscFile(), 'SC: SH: HO: 1C').length).toBeGreaterThan(0);
  });

  it('a link from a data point the file does not have is refused, in words', () => {
    const checked = checkEdited(putLink(selection(), { ...link, datapoint: `${AIR}|PM2.5` }));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual([{ kind: 'unknown-link', path: expect.stringMatching(/^links\[\d+\]\.datapoint$/), id: `${AIR}|PM2.5` }]);
    expect(catalogueTexts.frameworkFile(checked.problems[0], problemWords.doc)).toContain(`${AIR}|PM2.5`);
  });
});
