/**
 * The grid's rows under a named framework (issue #30): `frameworkOrder` splits a framework file into the
 * U4SSC data points it keeps (its order), leaves out and its local ones; `buildRows` lays them out (groups
 * where their first kept data point goes, the left-out ones marked, the local ones last under their
 * group), and a row left out hides like a filtered one.
 */
import { describe, expect, it } from 'vitest';
import demoville from '../fixtures/local-framework/demoville-local.framework.json';
import { removeKpi } from '../../src/engine/framework-edit';
import { readFrameworkFile, type FrameworkFile } from '../../src/engine/framework-file';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { frameworkOrder, indexHeld } from '../../src/engine/local-kpis';
import { buildRows, type DpRow, type GridLayout } from '../../src/ui/grid/columns';
import { hiddenRows } from '../../src/ui/grid/groups';
import { createState } from '../../src/ui/grid/state';

function held(file: FrameworkFile) {
  const read = readFrameworkFile(file);
  if (!read.ok) throw new Error('the test file does not read');
  return read.value;
}
const layoutOf = (file: FrameworkFile): GridLayout => ({
  ...frameworkOrder(indexHeld(held(file)).fw, u4ssc),
  group: { code: 'local', name: 'Local' },
});
const dps = (rows: ReturnType<typeof buildRows>) => rows.filter((r): r is DpRow => r.kind === 'dp');

describe('the grid laid out after a framework', () => {
  it('without a layout, the U4SSC rows in catalogue order, none local or left out', () => {
    const rows = dps(buildRows(u4ssc));
    expect(rows.map((r) => r.ref.id)).toEqual(u4ssc.datapoints.map((d) => d.id));
    expect(rows.some((r) => r.local || r.outside)).toBe(false);
  });

  it('a file keeping every U4SSC KPI: catalogue order, then its local KPIs under their group', () => {
    const rows = buildRows(u4ssc, layoutOf(demoville as unknown as FrameworkFile));
    const points = dps(rows);
    expect(points.slice(0, u4ssc.datapoints.length).map((r) => r.ref.id)).toEqual(u4ssc.datapoints.map((d) => d.id));
    // The reader reads both formulas as ratios (one over the profile's population): the input cells say what they hold.
    expect(points.filter((r) => r.local).map((r) => [r.ref.id, r.slots, r.profileField, r.inputs])).toEqual([
      ['LOCAL: MOB: 1|', 2, 'population', ['Shared bicycles in service']],
      ['LOCAL: PSN: 1|', 2, null, ['Street trees', 'Municipal streets (km)']],
    ]);
    const group = rows.findIndex((r) => r.kind === 'group' && r.code === 'local');
    expect(rows.slice(group + 1).every((r) => r.kind === 'dp' && r.local && r.parents[0] === 'local')).toBe(true);
  });

  it('a selection: its order (groups follow their first kept data point), the left-out rows marked and hidden until shown', () => {
    let file = removeKpi(demoville as unknown as FrameworkFile, 'EC: ICT: ICT: 2C');
    const moved = file.kpis.find((k) => k.code === 'EN: EN: AQ: 1C')!;
    file = { ...file, kpis: [moved, ...file.kpis.filter((k) => k !== moved)] };
    const layout = layoutOf(file);
    expect(layout.left.map((d) => d.id)).toEqual(['EC: ICT: ICT: 2C|']);
    const rows = buildRows(u4ssc, layout);
    // Environment first: its dimension, sub-dimension and category go where air quality goes.
    expect(rows.slice(0, 3).map((r) => (r.kind === 'group' ? r.code : ''))).toEqual(['EN', 'EN: EN', 'EN: EN: AQ']);
    expect(dps(rows)[0].ref.kpi.code).toBe('EN: EN: AQ: 1C');
    // The left-out row last in its category, marked.
    const ict = dps(rows).filter((r) => r.ref.path.category === 'EC: ICT: ICT');
    expect(ict[ict.length - 1]).toMatchObject({ outside: true, ref: { id: 'EC: ICT: ICT: 2C|' } });
    // Hidden like a filtered row, shown on asking.
    const state = createState(u4ssc, rows, () => 'point');
    const at = rows.findIndex((r) => r.kind === 'dp' && r.outside);
    expect(hiddenRows(state)).toEqual([at]);
    state.showOutside = true;
    expect(hiddenRows(state)).toEqual([]);
  });

  it('a file keeping no U4SSC KPI is not a selection of them: U4SSC shows whole, in its order', () => {
    const order = frameworkOrder(u4ssc, { ...u4ssc, byId: new Map() });
    expect(order.left).toEqual([]);
    expect(order.local).toHaveLength(u4ssc.datapoints.length);
  });
});
