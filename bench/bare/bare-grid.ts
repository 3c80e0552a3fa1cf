/**
 * The bench's baseline (issue #10 item 10): the app's grid as bare Handsontable — the same Handsontable
 * 18 modules, licence key, plugins, rows (buildRows), columns, widths, frozen columns, dropdown cells,
 * height and the demo city's inputs as text — with no engine, no summary, no storage and Handsontable's
 * own renderers. An edit commits into the cell and nothing else happens.
 *
 * It records, for each Enter, the time from the keystroke (the keydown's timeStamp) to the paint of
 * the first animation frame after Handsontable's afterChange: commit and paint.
 */
import Handsontable from 'handsontable/base';
import type { ColumnSettings } from 'handsontable/base';
import { DropdownCellType, registerCellType } from 'handsontable/cellTypes';
import { CopyPaste, HiddenRows, UndoRedo, registerPlugin } from 'handsontable/plugins';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { buildRows, COLUMNS, LICENSE_KEY, type ColumnKey } from '../../src/ui/grid';
import { inputText } from '../../src/ui/format';
import { shellWords } from '../../src/ui/strings';

registerCellType(DropdownCellType);
registerPlugin(CopyPaste);
registerPlugin(UndoRedo);
registerPlugin(HiddenRows);

/** The app's column widths (src/ui/grid.ts WIDTHS, not exported there). */
const WIDTHS: Record<ColumnKey, number> = {
  code: 150,
  name: 230,
  numerator: 105,
  denominator: 105,
  value: 115,
  unit: 80,
  computed: 95,
  target: 85,
  achievement: 100,
  band: 105,
  status: 115,
  quality: 190,
  source: 160,
  year: 60,
  note: 200,
  review: 150,
};
const EDITABLE = new Set<ColumnKey>(['numerator', 'denominator', 'value', 'target', 'status', 'quality', 'source', 'year', 'note']);

const input = demoInput(u4ssc);
const rows = buildRows(u4ssc);
const data = rows.map((r) => {
  const row = Object.fromEntries(COLUMNS.map((k) => [k, ''])) as Record<ColumnKey, string>;
  if (r.kind === 'group') return { ...row, code: `▾ ${r.code}`, name: r.name, achievement: '50.0 %', band: '2 · 33–66 %', status: '1 / 1 / 1' };
  const e = input.values[r.ref.id] ?? {};
  return {
    ...row,
    code: r.ref.def.key ? `${r.ref.kpi.code} · ${r.ref.def.key}` : r.ref.kpi.code,
    name: r.ref.def.key ? `${r.ref.kpi.name} — ${r.ref.def.label}` : r.ref.kpi.name,
    numerator: r.ratio ? inputText(e.numerator, 'point') : '',
    denominator: r.profileField ? inputText(input.profile[r.profileField], 'point') : r.ratio ? inputText(e.denominator, 'point') : '',
    value: inputText(e.value, 'point'),
    unit: r.ref.def.unit,
    // Computed columns hold text of the app's length; nothing recomputes them here.
    computed: '12.345',
    target: '100',
    achievement: '50.0 %',
    band: '2 · 33–66 %',
    status: e.status ? shellWords.statusLabels[e.status] : '',
  };
});

const columns: ColumnSettings[] = COLUMNS.map((key) => ({
  data: key,
  readOnly: !EDITABLE.has(key),
  ...(key === 'status' && { type: 'dropdown', source: Object.values(shellWords.statusLabels) }),
  ...(key === 'quality' && { type: 'dropdown', source: Object.values(shellWords.qualityLabels) }),
}));

const w = window as unknown as { __bare: { commits: number[] }; __ready: boolean };
w.__bare = { commits: [] };
let t0: number | null = null;
document.addEventListener('keydown', (e) => e.key === 'Enter' && (t0 = e.timeStamp), true);

const host = document.querySelector<HTMLElement>('[data-testid="grid"]')!;
new Handsontable(host, {
  data,
  columns,
  colHeaders: COLUMNS.map((k) => shellWords.columns[k]),
  colWidths: COLUMNS.map((k) => WIDTHS[k]),
  rowHeaders: false,
  fixedColumnsStart: 2,
  // The app's formula (src/ui/Workbench.tsx).
  height: Math.max(320, Math.min(900, window.innerHeight - 240)),
  width: '100%',
  wordWrap: false,
  autoWrapRow: false,
  autoWrapCol: false,
  undo: true,
  copyPaste: true,
  hiddenRows: { rows: [], indicators: false },
  outsideClickDeselects: false,
  licenseKey: LICENSE_KEY,
  beforeCreateRow: () => false,
  beforeCreateCol: () => false,
  afterChange: (changes, source) => {
    if (!changes || source === 'loadData' || t0 === null) return;
    const start = t0;
    t0 = null;
    // After the next frame is painted (a message posted from its animation frame callback is handled
    // after its style, layout and paint), as the bench's probe measures the app.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => w.__bare.commits.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  },
});
w.__ready = true;
