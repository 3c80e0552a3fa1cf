import Dexie from 'dexie';
import type { JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { compareInputs } from '../../src/engine/compare';
import { parseValuesCsv, readCsv, valuesCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { DEMO_CITY, demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { toScoresJson } from '../../src/engine/report';
import { parseTargetCsv } from '../../src/engine/target-file';
import type { TargetOverride } from '../../src/engine/types';
import { encodeLink, MAX_LINK_CHARS } from '../../src/share/link';
import { parseValuesXlsx, valuesXlsx } from '../../src/share/xlsx';
import { addAssessment, WorkbenchDb } from '../../src/storage/db';
import { CompareView } from '../../src/ui/interchange/CompareView';
import { ExportPanel } from '../../src/ui/interchange/ExportPanel';
import { parquetReadObjects } from 'hyparquet';
import { MAX_IMPORT_BYTES } from '../../src/ui/interchange/files';
import { ImportPanel } from '../../src/ui/interchange/ImportPanel';
import { openLinkFromLocation, type LocatedLink } from '../../src/ui/interchange/link';
import { LinkPreview } from '../../src/ui/interchange/LinkPreview';
import { percentText } from '../../src/ui/interchange/model';
import { ShareDialog } from '../../src/ui/interchange/ShareDialog';
import { TargetImport } from '../../src/ui/interchange/TargetImport';
import '../../src/ui/app.css';
import { chooseFile } from './helpers';

// ---------------------------------------------------------------------------------------------------
// Harness

let cleanups: (() => void | Promise<void>)[] = [];
let dbCounter = 0;
let mountCounter = 0;

/** Mounts a component; `scope` finds elements inside it (by a test id, so it survives content changes). */
function mount(ui: () => JSX.Element) {
  const container = document.createElement('div');
  container.dataset.testid = `ix-mount-${++mountCounter}`;
  document.body.appendChild(container);
  const dispose = render(ui, container);
  cleanups.push(() => {
    dispose();
    container.remove();
  });
  return { container, scope: page.getByTestId(container.dataset.testid) };
}

/** A fresh database, as in a fresh browser profile; closed and deleted after the test. */
async function freshDb(): Promise<WorkbenchDb> {
  const name = `ssc-ix-${Date.now()}-${dbCounter++}`;
  const db = new WorkbenchDb(name);
  await db.open();
  cleanups.push(async () => {
    // close() ends the connection at once (pending transactions finish first), so the delete is not blocked.
    db.close();
    await Dexie.delete(name);
  });
  return db;
}

const demoDoc = (changes: Partial<AssessmentDoc> = {}): AssessmentDoc => ({
  ...createAssessment(DEMO_CITY, u4ssc, referenceTargets.data.id, 1_700_000_000_000),
  ...demoInput(u4ssc),
  ...changes,
});
const scoresOf = (doc: AssessmentDoc) => score(u4ssc, referenceTargets, doc);

/** Hands a file to a file input as a user's choice would (in the page: no copy through the driver). */

/** Drops a file on the drop zone. */
function dropFile(container: HTMLElement, file: File): void {
  const zone = container.querySelector('[data-testid="drop-zone"]')!;
  const dt = new DataTransfer();
  dt.items.add(file);
  zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
  zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
}

const messages = (container: HTMLElement) => container.querySelector('[data-testid="import-messages"]')?.textContent ?? '';

function captureDownloads() {
  const files: { blob: Blob; name: string }[] = [];
  return { files, download: (blob: Blob, name: string) => files.push({ blob, name }) };
}

const XSS = '<img src=x onerror="window.__ixXss=1">';

beforeAll(async () => {
  await page.viewport(1280, 900);
});

afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
  vi.restoreAllMocks();
  if (openLinkFromLocation()) history.replaceState(null, '', location.pathname + location.search);
});

// ---------------------------------------------------------------------------------------------------

describe('export', () => {
  it('exports the assessment JSON from one browser profile and imports it into a fresh one with the same scores', async () => {
    const dbA = await freshDb();
    const original = await addAssessment(dbA, demoDoc());
    const before = scoresOf((await dbA.assessments.get(original.id))!);

    const { files, download } = captureDownloads();
    const exp = mount(() => <ExportPanel doc={original} download={download} />);
    await userEvent.click(exp.scope.getByRole('button', { name: 'Assessment JSON' }));
    await expect.poll(() => files.length).toBe(1);
    expect(files[0].name).toBe('Demoville-(fictional)-2025.ssc.json');
    await expect.element(exp.scope.getByText('Saved Demoville-(fictional)-2025.ssc.json.')).toBeInTheDocument();

    const dbB = await freshDb();
    const imported: string[][] = [];
    const imp = mount(() => <ImportPanel db={dbB} onImported={(ids) => imported.push(ids)} />);
    chooseFile(imp.container, new File([files[0].blob], files[0].name, { type: 'application/json' }));
    await expect.element(imp.scope.getByText('Ready to import 1 assessment:')).toBeInTheDocument();
    expect(imp.container.textContent).toContain('Demoville (fictional) 2025');
    await userEvent.click(imp.scope.getByRole('button', { name: 'Open as new assessment' }));
    await expect.poll(() => imported.length).toBe(1);

    const stored = (await dbB.assessments.toArray())[0];
    expect(await dbB.assessments.count()).toBe(1);
    expect(stored.id).toBe(original.id); // a fresh profile has no clash: the id travels with the file
    // The same data, and the copy says where it came from (#24: versions told apart).
    const { origin, ...data } = stored;
    expect(data).toEqual(original);
    expect(origin).toMatchObject({ kind: 'file', name: files[0].name });
    expect(scoresOf(stored)).toEqual(before);
    expect(before.overall.percent).not.toBeNull();
    await expect.element(imp.scope.getByText('Imported 1 assessment.')).toBeInTheDocument();
  });

  it('exports a values CSV, an Excel workbook and a target file that read back to the same data', async () => {
    const doc = demoDoc({ city: 'São Paulo / Sul', targets: { 'EC: ICT: ICT: 1C|': { target: 97, rationale: 'City plan' } } });
    const { files, download } = captureDownloads();
    const exp = mount(() => <ExportPanel doc={doc} download={download} />);
    await userEvent.click(exp.scope.getByRole('button', { name: 'Values CSV' }));
    await userEvent.click(exp.scope.getByRole('button', { name: 'Target file (CSV)' }));
    await userEvent.click(exp.scope.getByRole('button', { name: 'Excel (.xlsx)' }));
    await expect.poll(() => files.length).toBe(3);
    expect(files.map((f) => f.name)).toEqual(['São-Paulo-Sul-2025-values.csv', 'São-Paulo-Sul-2025-targets.csv', 'São-Paulo-Sul-2025-values.xlsx']);

    const csvText = await files[0].blob.text();
    expect(new Uint8Array(await files[0].blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const csv = parseValuesCsv(csvText, u4ssc);
    expect(csv.ok && csv.input.values).toEqual(doc.values);
    expect(csv.ok && csv.input.targets).toEqual({ 'EC: ICT: ICT: 1C|': { target: 97 } });

    const targets = parseTargetCsv(await files[1].blob.text(), u4ssc);
    expect(targets.ok && targets.targets['EC: ICT: ICT: 1C|']).toEqual({ target: 97, rationale: 'City plan Source: this assessment' });

    const xlsx = await parseValuesXlsx(files[2].blob, u4ssc);
    expect(xlsx.ok && xlsx.input.values).toEqual(doc.values);
    expect(xlsx.ok && xlsx.input.profile).toEqual(doc.profile);
    expect(xlsx.ok && xlsx.input.targets).toEqual(doc.targets);

    // The tidy scores table: its overall row is the engine's.
    await userEvent.click(exp.scope.getByRole('button', { name: 'Scores table (CSV)' }));
    await expect.poll(() => files.length).toBe(4);
    expect(files[3].name).toBe('São-Paulo-Sul-2025-scores.csv');
    const { records } = readCsv(await files[3].blob.text());
    const overall = records.find((r) => r[records[0].indexOf('level')] === 'overall')!;
    expect(Number(overall[records[0].indexOf('percent')])).toBe(toScoresJson(score(u4ssc, referenceTargets, doc)).overall.percent);

    // The statistical formats come through the same list: SDMX-CSV, one observation per data point.
    await userEvent.click(exp.scope.getByRole('button', { name: 'SDMX-CSV' }));
    await expect.poll(() => files.length).toBe(5);
    expect(files[4].name).toBe('São-Paulo-Sul-2025-sdmx.csv');
    expect(readCsv(await files[4].blob.text()).records).toHaveLength(1 + u4ssc.datapoints.length);

    // The tidy table as Parquet, its writer loaded on this click: the same overall row, typed.
    await userEvent.click(exp.scope.getByRole('button', { name: 'Scores table (Parquet)' }));
    await expect.poll(() => files.length, { timeout: 10_000 }).toBe(6);
    expect(files[5].name).toBe('São-Paulo-Sul-2025-scores.parquet');
    const parquet = await files[5].blob.arrayBuffer();
    const rows = (await parquetReadObjects({ file: parquet })) as { level: string; percent: number | null }[];
    expect(rows).toHaveLength(records.length - 1);
    expect(rows.find((r) => r.level === 'overall')!.percent).toBe(toScoresJson(score(u4ssc, referenceTargets, doc)).overall.percent);
  });
});

describe('import', () => {
  /** Every bad file: a clear message, nothing stored, nothing polluted. */
  const BAD: { name: string; file: () => File; message: RegExp; problem?: RegExp }[] = [
    { name: 'truncated JSON', file: () => new File([JSON.stringify(demoDoc()).slice(0, 500)], 'cut.ssc.json'), message: /not valid JSON/ },
    {
      name: 'a wrong format',
      file: () => new File([JSON.stringify({ ...demoDoc(), format: 'someone-else/assessment' })], 'other.json'),
      message: /neither an SSC Workbench assessment nor a workspace file/,
    },
    {
      name: 'a future version',
      file: () => new File([JSON.stringify({ ...demoDoc(), version: 99 })], 'future.json'),
      message: /newer version of the workbench \(format version 99/,
    },
    {
      name: '__proto__ keys',
      file: () =>
        new File(
          [
            `{"format":"${ASSESSMENT_FORMAT}","version":1,"city":"X","year":2024,"values":{"__proto__":{"polluted":"yes"}},"profile":{"__proto__":{"polluted":1}}}`,
          ],
          'proto.json',
        ),
      // The schema names the key (no data point has that id) and what the version-1 file lacks.
      message: /6 problems/,
      problem: /values: unknown data point "__proto__"/,
    },
    {
      // Refused, never cut to 10 000 characters in silence (the form and the grid apply the same limit).
      name: 'a city of 10 001 characters',
      file: () => new File([JSON.stringify({ ...demoDoc(), city: 'c'.repeat(10_001) })], 'long-city.json'),
      message: /No assessment in the workspace file could be read|1 problem/,
      problem: /city: text longer than 10000 characters/,
    },
    {
      name: 'a CSV with missing columns',
      file: () => new File(['code,numerator\nEC: ICT: ICT: 1C,5\n'], 'missing.csv'),
      message: /1 problem/,
      problem: /Line 1: Missing columns: datapoint and value/,
    },
    {
      name: 'a CSV with unknown KPI codes',
      file: () => new File(['code,datapoint,value\nEC: ICT: ICT: 1C,,90\nXX: NO: PE: 9Z,,5\nEC: ICT: ICT: 2C,,lots\n'], 'codes.csv'),
      message: /2 problems/,
      problem: /Line 3, column code: Unknown KPI code "XX: NO: PE: 9Z"/,
    },
    { name: 'an unreadable spreadsheet', file: () => new File(['not a zip'], 'book.xlsx'), message: /not a readable \.xlsx spreadsheet/ },
    { name: 'a file of another kind', file: () => new File(['hello'], 'notes.pdf', { type: 'application/pdf' }), message: /not a file the workbench reads/ },
  ];

  for (const bad of BAD) {
    it(`refuses ${bad.name} with a clear message and stores nothing`, async () => {
      const db = await freshDb();
      await addAssessment(db, demoDoc());
      const before = await db.assessments.toArray();
      const onImported = vi.fn();
      const imp = mount(() => <ImportPanel db={db} onImported={onImported} />);
      const file = bad.file();
      chooseFile(imp.container, file);
      await expect.poll(() => messages(imp.container)).toMatch(bad.message);
      expect(messages(imp.container)).toContain(`${file.name} was not imported:`);
      if (bad.problem) expect(messages(imp.container)).toMatch(bad.problem);
      expect(imp.container.querySelector('[aria-live] [role="alert"]')).not.toBeNull();
      // No import button is offered for a bad file.
      expect(imp.container.querySelector('button.primary')).toBeNull();
      expect(await db.assessments.toArray()).toEqual(before);
      expect(onImported).not.toHaveBeenCalled();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a file of 50 MB + 1 byte before reading it, dropped on the drop zone', async () => {
    const db = await freshDb();
    await addAssessment(db, demoDoc());
    const read = vi.spyOn(Blob.prototype, 'text');
    const readBuffer = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const imp = mount(() => <ImportPanel db={db} onImported={() => {}} />);
    const huge = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'huge.ssc.json', { type: 'application/json' });
    expect(huge.size).toBe(50 * 1024 * 1024 + 1);
    dropFile(imp.container, huge);
    await expect.poll(() => messages(imp.container)).toMatch(/The file is 50 MB; files larger than 50 MB are not read\./);
    expect(read).not.toHaveBeenCalled();
    expect(readBuffer).not.toHaveBeenCalled();
    expect(await db.assessments.count()).toBe(1);
  });

  it('adds the stored assessments of a workspace file as new ones by default, and replaces them only after confirmation', async () => {
    const db = await freshDb();
    const original = await addAssessment(db, demoDoc());
    const changed = { ...original, city: 'Changed city', values: { ...original.values, 'EC: ICT: ICT: 1C|': { value: 12 } } };
    const other = demoDoc({ id: 'another-one', city: 'Other', year: 2024 });
    const workspace = () =>
      new File([JSON.stringify({ format: 'ssc-workbench/workspace', version: 1, exportedAt: 0, assessments: [changed, other] })], 'backup.json');
    const imported: string[][] = [];
    const imp = mount(() => <ImportPanel db={db} onImported={(d) => imported.push(d)} />);

    chooseFile(imp.container, workspace());
    await expect.element(imp.scope.getByText('1 of these 2 assessments are already stored in this browser.')).toBeInTheDocument();
    expect(imp.scope.getByRole('radio', { name: /Add as new assessments/ }).element()).toHaveProperty('checked', true);
    await userEvent.click(imp.scope.getByRole('button', { name: 'Import 2 assessments' }));
    await expect.poll(() => imported.length).toBe(1);
    expect(imported[0][0]).not.toBe(original.id);
    expect(await db.assessments.count()).toBe(3);
    expect(await db.assessments.get(original.id)).toEqual(original);

    // Replacing: asks first; cancelling the question keeps everything as it was.
    chooseFile(imp.container, workspace());
    await userEvent.click(imp.scope.getByRole('radio', { name: /Replace the stored copies/ }));
    await userEvent.click(imp.scope.getByRole('button', { name: 'Import and replace…' }));
    await expect.element(imp.scope.getByText(/Replace 2 stored assessments\?/)).toBeInTheDocument();
    await userEvent.click(imp.scope.getByRole('button', { name: 'Cancel' }).first());
    expect(await db.assessments.get(original.id)).toEqual(original);
    await userEvent.click(imp.scope.getByRole('button', { name: 'Import and replace…' }));
    await userEvent.click(imp.scope.getByRole('button', { name: 'Replace 2' }));
    await expect.poll(() => imported.length).toBe(2);
    const replaced = (await db.assessments.get(original.id))!;
    expect(replaced.city).toBe('Changed city');
    expect(replaced.revision).toBe(original.revision + 1);
  });

  it('imports a workspace file as several assessments in one go', async () => {
    const db = await freshDb();
    const docs = [demoDoc({ city: 'One' }), demoDoc({ city: 'Two', year: 2024 })];
    const imported: string[][] = [];
    const imp = mount(() => <ImportPanel db={db} onImported={(d) => imported.push(d)} />);
    const workspace = { format: 'ssc-workbench/workspace', version: 1, exportedAt: 0, assessments: docs };
    chooseFile(imp.container, new File([JSON.stringify(workspace)], 'backup.json'));
    await expect.element(imp.scope.getByText('Ready to import 2 assessments:')).toBeInTheDocument();
    await userEvent.click(imp.scope.getByRole('button', { name: 'Import 2 assessments' }));
    await expect.poll(() => imported.length).toBe(1);
    expect((await db.assessments.bulkGet(imported[0])).map((d) => d?.city)).toEqual(['One', 'Two']);
    expect(await db.assessments.count()).toBe(2);
  });

  it('turns a values CSV into a new assessment, named from the file name, with the same scores', async () => {
    const db = await freshDb();
    const source = demoDoc();
    const imported: string[][] = [];
    const imp = mount(() => <ImportPanel db={db} onImported={(d) => imported.push(d)} />);
    chooseFile(imp.container, new File([valuesCsv(u4ssc, source)], 'Lisbon-2024-values.csv', { type: 'text/csv' }));
    await expect.element(imp.scope.getByText(/data points read\. Name the new assessment:/)).toBeInTheDocument();
    expect(imp.scope.getByLabelText('City').element()).toHaveProperty('value', 'Lisbon');
    expect(imp.scope.getByLabelText('Year').element()).toHaveProperty('value', '2024');
    expect(await db.assessments.count()).toBe(0);

    await userEvent.fill(imp.scope.getByLabelText('Year'), '1800');
    await userEvent.click(imp.scope.getByRole('button', { name: 'Create assessment' }));
    await expect.element(imp.scope.getByText('Enter a year between 1900 and 2200.')).toBeInTheDocument();
    expect(await db.assessments.count()).toBe(0);

    await userEvent.fill(imp.scope.getByLabelText('Year'), '2024');
    await userEvent.fill(imp.scope.getByLabelText('Country'), 'Portugal');
    await userEvent.click(imp.scope.getByRole('button', { name: 'Create assessment' }));
    await expect.poll(() => imported.length).toBe(1);
    const stored = (await db.assessments.get(imported[0][0]))!;
    expect(stored).toMatchObject({ city: 'Lisbon', country: 'Portugal', year: 2024, notes: 'Imported from Lisbon-2024-values.csv.' });
    expect(stored.values).toEqual(source.values);
    expect(scoresOf(stored)).toEqual(scoresOf(source));
  });

  it('turns an Excel values table into a new assessment, saying that its result columns are not read', async () => {
    const db = await freshDb();
    const source = demoDoc();
    const imported: string[][] = [];
    const imp = mount(() => <ImportPanel db={db} onImported={(d) => imported.push(d)} />);
    chooseFile(imp.container, new File([await valuesXlsx(u4ssc, source, referenceTargets)], 'porto_2023.xlsx'));
    await expect.element(imp.scope.getByText(/data points read/)).toBeInTheDocument();
    expect(imp.scope.getByLabelText('City').element()).toHaveProperty('value', 'porto');
    // The results workbook's computed columns are named as not read, so an edit there is not taken for an input.
    expect(imp.container.querySelector('[data-testid="import-result-columns"]')?.textContent).toMatch(
      /result columns \(name, unit, .*points, band, state\)\. They are not read/,
    );
    await userEvent.click(imp.scope.getByRole('button', { name: 'Create assessment' }));
    await expect.poll(() => imported.length).toBe(1);
    const stored = (await db.assessments.get(imported[0][0]))!;
    expect(stored.year).toBe(2023);
    expect(scoresOf(stored)).toEqual(scoresOf(source));
  });

  it('keeps a number that reads two ways as text and says so, shows the decimal mark and why, and reads again with the one picked', async () => {
    const db = await freshDb();
    const imported: string[][] = [];
    const imp = mount(() => <ImportPanel db={db} onImported={(d) => imported.push(d)} />);
    // Nothing but "12,125" tells the mark: kept as text with the reason, and the choice offered.
    chooseFile(imp.container, new File(['code,datapoint,value\nEN: EN: AQ: 1C,PM2.5,"12,125"\n'], 'air.csv', { type: 'text/csv' }));
    await expect
      .element(imp.scope.getByTestId('import-rejected'))
      .toHaveTextContent(/1 cell is not a number: kept as text.*Line 2, column value: "12,125" reads two ways/);
    await expect
      .element(imp.scope.getByTestId('import-decimal-why'))
      .toHaveTextContent(/Nothing in the file shows its decimal mark; read with a decimal point \(your setting\)/);
    await userEvent.selectOptions(imp.scope.getByLabelText('Decimal mark in this file'), 'comma');
    await expect.element(imp.scope.getByTestId('import-decimal-why')).toHaveTextContent('Read with a decimal comma, as you chose.');
    expect(imp.container.querySelector('[data-testid="import-rejected"]')).toBeNull();
    await userEvent.fill(imp.scope.getByLabelText('City'), 'Air');
    await userEvent.fill(imp.scope.getByLabelText('Year'), '2024');
    await userEvent.click(imp.scope.getByRole('button', { name: 'Create assessment' }));
    await expect.poll(() => imported.length).toBe(1);
    expect((await db.assessments.get(imported[0][0]))!.values['EN: EN: AQ: 1C|PM2.5']).toEqual({ value: 12.125 });

    // Semicolons with decimal commas: the file's own numbers tell, and the panel says where.
    chooseFile(imp.container, new File(['code;datapoint;value\nSC: EH: H: 1C;;78,25\nEN: EN: AQ: 1C;PM2.5;12,125\n'], 'semi.csv'));
    await expect
      .element(imp.scope.getByTestId('import-decimal-why'))
      .toHaveTextContent('Read with a decimal comma: the file\'s own numbers show it (line 2: "78,25").');
  });

  it('refuses a Windows-1252 file instead of replacing its accents, and reads it as such when the user says so', async () => {
    const db = await freshDb();
    const imported: string[][] = [];
    const imp = mount(() => <ImportPanel db={db} onImported={(d) => imported.push(d)} />);
    const head = new TextEncoder().encode('code,datapoint,value,source\nSC: EH: H: 1C,,78,Gen');
    chooseFile(imp.container, new File([head, new Uint8Array([0xe8]), 've\n'], 'geneve.csv'));
    await expect.poll(() => messages(imp.container)).toMatch(/Line 2: The file is not UTF-8 \(it looks like Windows-1252/);
    await userEvent.click(imp.scope.getByRole('button', { name: 'Read it as Windows-1252' }));
    await expect.element(imp.scope.getByText(/data points? read/)).toBeInTheDocument();
    await userEvent.fill(imp.scope.getByLabelText('Year'), '2024');
    await userEvent.click(imp.scope.getByRole('button', { name: 'Create assessment' }));
    await expect.poll(() => imported.length).toBe(1);
    expect((await db.assessments.get(imported[0][0]))!.values['SC: EH: H: 1C|'].source).toBe('Genève');
  });

  it('shows imported text as text, never as HTML', async () => {
    const db = await freshDb();
    const imp = mount(() => <ImportPanel db={db} onImported={() => {}} />);
    chooseFile(imp.container, new File([JSON.stringify(demoDoc({ city: XSS }))], 'xss.json'));
    await expect.element(imp.scope.getByText(`${XSS} 2025`, { exact: false })).toBeInTheDocument();
    expect(imp.container.querySelector('img')).toBeNull();
    chooseFile(imp.container, new File([`code,datapoint,value\n${XSS},,1\n`], 'xss.csv'));
    await expect.poll(() => messages(imp.container)).toContain(`Unknown KPI code "${XSS}"`);
    expect(imp.container.querySelector('img')).toBeNull();
    expect((window as { __ixXss?: number }).__ixXss).toBeUndefined();
  });
});

describe('target files', () => {
  it('shows how many targets a file changes and hands over exactly those', async () => {
    const doc = demoDoc();
    const applied: Record<string, TargetOverride>[] = [];
    const t = mount(() => <TargetImport doc={doc} onApply={(x) => applied.push(x)} />);
    const ref = referenceTargets.byId.get('EC: ICT: ICT: 1C|')!;
    const csv = `code,datapoint,target,rationale,source\nEC: ICT: ICT: 1C,,${ref.target},,\nEC: ICT: ICT: 2C,,55,Council decision,City plan 2030\nEN: EN: AQ: 1C,PM10,none,,\n`;
    chooseFile(t.container, new File([csv], 'targets.csv'));
    await expect.element(t.scope.getByText('3 targets in the file; 2 change the target in force.')).toBeInTheDocument();
    await userEvent.click(t.scope.getByRole('button', { name: 'Apply 2 targets' }));
    expect(applied).toEqual([
      {
        'EC: ICT: ICT: 2C|': { target: 55, rationale: 'Council decision Source: City plan 2030' },
        'EN: EN: AQ: 1C|PM10': { target: 'none' },
      },
    ]);
    await expect.element(t.scope.getByText('Applied 2 targets.')).toBeInTheDocument();
  });

  it('lists the problems of a bad target file and applies nothing', async () => {
    const applied = vi.fn();
    const t = mount(() => <TargetImport doc={demoDoc()} onApply={applied} />);
    chooseFile(t.container, new File(['code,datapoint,target\nZZ: 1C,,5\nEC: ICT: ICT: 1C,,-3\n'], 'bad-targets.csv'));
    await expect.element(t.scope.getByText(/Line 2, column code: Unknown KPI or data point/)).toBeInTheDocument();
    await expect.element(t.scope.getByText(/Line 3, column target: A target cannot be negative/)).toBeInTheDocument();
    expect(t.container.querySelector('button.primary')).toBeNull();
    expect(applied).not.toHaveBeenCalled();
  });
});

// ---------------------------------------------------------------------------------------------------

/** Makes a link through the dialog and returns the fragment of the shown address. */
async function linkThroughDialog(doc: AssessmentDoc, passphrase?: string): Promise<string> {
  const closed = vi.fn();
  const d = mount(() => <ShareDialog doc={doc} onClose={closed} onDownloadJson={() => {}} />);
  if (passphrase !== undefined) {
    await userEvent.click(d.scope.getByRole('radio', { name: /Passphrase/ }));
    await userEvent.fill(d.scope.getByLabelText('Passphrase', { exact: true }), passphrase);
    await userEvent.fill(d.scope.getByLabelText('Repeat the passphrase'), passphrase);
  }
  await userEvent.click(d.scope.getByRole('button', { name: 'Create link' }));
  const field = d.scope.getByLabelText('Link to share');
  await expect.element(field).toBeInTheDocument();
  const url = (field.element() as HTMLInputElement).value;
  expect(url.startsWith(`${location.origin}${location.pathname}#`)).toBe(true);
  expect(url).not.toContain(doc.city);
  await userEvent.click(d.scope.getByRole('button', { name: 'Close' }));
  expect(closed).toHaveBeenCalledOnce();
  return new URL(url).hash;
}

/** Puts a link in the address bar, as opening it would, and reads it back as the app does on start. */
function arriveWith(fragment: string): LocatedLink {
  history.replaceState(null, '', `${location.pathname}${location.search}${fragment}`);
  const link = openLinkFromLocation();
  expect(link).not.toBeNull();
  return link!;
}

function mountPreview(link: LocatedLink, db: WorkbenchDb) {
  const opened: AssessmentDoc[] = [];
  const onClose = vi.fn();
  const m = mount(() => <LinkPreview link={link} db={db} onOpened={(d) => opened.push(d)} onClose={onClose} />);
  return { ...m, opened, onClose };
}

describe('share links', () => {
  it('creates a link, opens it through the preview as a new assessment with the same scores, and strips it from the address', async () => {
    const original = demoDoc({ notes: 'Shared copy' });
    const fragment = await linkThroughDialog(original);
    expect(fragment.startsWith('#k1.')).toBe(true);

    const db = await freshDb();
    const existing = await addAssessment(db, demoDoc({ city: 'Already here' }));
    const p = mountPreview(arriveWith(fragment), db);
    await expect.element(p.scope.getByTestId('preview-city')).toHaveTextContent('Demoville (fictional)');
    expect(p.container.textContent).toContain('Nowhere (fictional)');
    expect(p.scope.getByTestId('preview-values').element().textContent).toBe(
      String(Object.values(original.values).filter((e) => e.value !== undefined || e.numerator !== undefined || e.denominator !== undefined).length),
    );
    expect(p.scope.getByTestId('preview-score').element().textContent).toBe(percentText(scoresOf(original).overall.percent));
    expect(await db.assessments.count()).toBe(1); // nothing stored until the user says so

    await userEvent.click(p.scope.getByRole('button', { name: 'Open as new assessment' }));
    await expect.poll(() => p.opened.length).toBe(1);
    const opened = p.opened[0];
    expect(opened.id).not.toBe(original.id);
    expect(await db.assessments.count()).toBe(2);
    expect(await db.assessments.get(existing.id)).toEqual(existing);
    const stored = (await db.assessments.get(opened.id))!;
    expect(stored.values).toEqual(original.values);
    expect(stored.notes).toBe('Shared copy');
    expect(scoresOf(stored)).toEqual(scoresOf(original));
    expect(location.hash).toBe('');
    expect(p.onClose).not.toHaveBeenCalled();
  });

  it('opening the same link twice never overwrites the first copy', async () => {
    const fragment = await encodeLink(JSON.stringify(demoDoc()));
    const db = await freshDb();
    const first = mountPreview(arriveWith(fragment), db);
    await userEvent.click(first.scope.getByRole('button', { name: 'Open as new assessment' }));
    await expect.poll(() => first.opened.length).toBe(1);
    const second = mountPreview(arriveWith(fragment), db);
    await userEvent.click(second.scope.getByRole('button', { name: 'Open as new assessment' }));
    await expect.poll(() => second.opened.length).toBe(1);
    expect(second.opened[0].id).not.toBe(first.opened[0].id);
    expect(await db.assessments.count()).toBe(2);
  });

  it('in passphrase mode checks the passphrase fields, asks for it on opening and refuses a wrong one', async () => {
    const original = demoDoc();
    // Checks: too short, then not repeated the same.
    const d = mount(() => <ShareDialog doc={original} onClose={() => {}} onDownloadJson={() => {}} />);
    await userEvent.click(d.scope.getByRole('radio', { name: /Passphrase/ }));
    await userEvent.fill(d.scope.getByLabelText('Passphrase', { exact: true }), 'short');
    await userEvent.fill(d.scope.getByLabelText('Repeat the passphrase'), 'short');
    await userEvent.click(d.scope.getByRole('button', { name: 'Create link' }));
    await expect.element(d.scope.getByText('Use a passphrase of at least 8 characters.')).toBeInTheDocument();
    await userEvent.fill(d.scope.getByLabelText('Passphrase', { exact: true }), 'long enough 1');
    await userEvent.fill(d.scope.getByLabelText('Repeat the passphrase'), 'long enough 2');
    await userEvent.click(d.scope.getByRole('button', { name: 'Create link' }));
    await expect.element(d.scope.getByText('The two passphrases differ.')).toBeInTheDocument();
    expect(d.container.querySelector('input[readonly]')).toBeNull();
    expect(d.container.textContent).toContain('the passphrase, which is never stored');

    const fragment = await linkThroughDialog(original, 'correct horse battery');
    expect(fragment.startsWith('#w1.')).toBe(true);
    expect(fragment).not.toContain('correct');

    const db = await freshDb();
    const p = mountPreview(arriveWith(fragment), db);
    await expect.element(p.scope.getByText('This link is protected by a passphrase.', { exact: false })).toBeInTheDocument();
    await userEvent.fill(p.scope.getByLabelText('Passphrase'), 'wrong horse battery');
    await userEvent.click(p.scope.getByRole('button', { name: 'Open', exact: true }));
    await expect.element(p.scope.getByText('The passphrase is wrong, or the link was changed.')).toBeInTheDocument();
    expect(await db.assessments.count()).toBe(0);

    await userEvent.fill(p.scope.getByLabelText('Passphrase'), 'correct horse battery');
    await userEvent.click(p.scope.getByRole('button', { name: 'Open', exact: true }));
    await expect.element(p.scope.getByTestId('preview-city')).toHaveTextContent('Demoville (fictional)');
    // Cancel: nothing stored, link gone from the address.
    await userEvent.click(p.scope.getByRole('button', { name: 'Cancel' }));
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(p.opened).toHaveLength(0);
    expect(await db.assessments.count()).toBe(0);
    expect(location.hash).toBe('');
  });

  const BROKEN: { name: string; fragment: () => Promise<string>; message: string }[] = [
    {
      name: 'a tampered link',
      fragment: async () => {
        const link = await encodeLink(JSON.stringify(demoDoc()));
        const at = 20;
        return link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
      },
      message: 'The link was changed or cut: it cannot be opened.',
    },
    {
      name: 'a truncated link',
      fragment: async () => (await encodeLink(JSON.stringify(demoDoc()))).slice(0, -12),
      message: 'This link is damaged or incomplete: it may have been cut when it was copied.',
    },
    {
      name: 'a link that inflates past the cap',
      fragment: () => encodeLink('x'.repeat(9 * 1024 * 1024)),
      message: 'The link unpacks to more than 8 MB; it was refused.',
    },
    {
      name: 'a link that holds something other than an assessment',
      fragment: () => encodeLink(JSON.stringify({ format: ASSESSMENT_FORMAT, version: ASSESSMENT_VERSION + 1 })),
      message: 'The link opened, but what it holds is not a valid assessment. This assessment was written by a newer version',
    },
  ];

  for (const broken of BROKEN) {
    it(`says what is wrong with ${broken.name}, stores nothing and removes it from the address`, async () => {
      const fragment = await broken.fragment();
      expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
      const db = await freshDb();
      const p = mountPreview(arriveWith(fragment), db);
      await expect.element(p.scope.getByText(broken.message, { exact: false })).toBeInTheDocument();
      expect(p.container.querySelector('[role="alert"]')?.textContent).toContain(broken.message);
      expect(p.container.querySelector('[data-testid="preview-city"]')).toBeNull();
      await userEvent.click(p.scope.getByRole('button', { name: 'Close' }));
      expect(p.onClose).toHaveBeenCalledOnce();
      expect(location.hash).toBe('');
      expect(await db.assessments.count()).toBe(0);
    });
  }

  it('says when a link would be too long and offers the JSON file instead', async () => {
    // Random text does not compress: the link would pass the limit.
    const bytes = new Uint8Array(90_000);
    for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
    const noise = Array.from(bytes, (b) => (b % 36).toString(36)).join('');
    // Spread over notes within the 10 000-character limit that every reader applies.
    const base = demoDoc();
    const values = { ...base.values };
    Object.keys(values)
      .slice(0, 9)
      .forEach((id, i) => (values[id] = { ...values[id], note: noise.slice(i * 10_000, (i + 1) * 10_000) }));
    const doc = { ...base, values };
    const { files, download } = captureDownloads();
    const exp = mount(() => <ExportPanel doc={doc} download={download} />);
    await userEvent.click(exp.scope.getByRole('button', { name: 'Share link…' }));
    await expect.element(exp.scope.getByRole('dialog')).toBeInTheDocument();
    expect(exp.scope.getByRole('radio', { name: /Key in the link/ }).element()).toHaveProperty('checked', true);
    expect(exp.container.textContent).toContain('never sent to the server');
    await userEvent.click(exp.scope.getByRole('button', { name: 'Create link' }));
    await expect.element(exp.scope.getByText(/more than the 65536 that mail and chat programs pass on safely/)).toBeInTheDocument();
    expect(exp.container.querySelector('input[readonly]')).toBeNull();
    await userEvent.click(exp.scope.getByRole('button', { name: 'Save the assessment JSON file' }));
    await expect.poll(() => files.length).toBe(1);
    expect(files[0].name).toBe('Demoville-(fictional)-2025.ssc.json');
    const back = parseAssessmentJson(await files[0].blob.text(), u4ssc);
    expect(back.ok && back.value.values).toEqual(doc.values);
  });

  it('copies the link, or selects it for copying by hand', async () => {
    const d = mount(() => <ShareDialog doc={demoDoc()} onClose={() => {}} onDownloadJson={() => {}} />);
    await userEvent.click(d.scope.getByRole('button', { name: 'Create link' }));
    await expect.element(d.scope.getByLabelText('Link to share')).toBeInTheDocument();
    const write = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: write } as unknown as Clipboard);
    await userEvent.click(d.scope.getByRole('button', { name: 'Copy' }));
    await expect.element(d.scope.getByText('Copied to the clipboard.')).toBeInTheDocument();
    expect(write).toHaveBeenCalledWith((d.scope.getByLabelText('Link to share').element() as HTMLInputElement).value);
    write.mockImplementation(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await userEvent.click(d.scope.getByRole('button', { name: 'Copy' }));
    await expect.element(d.scope.getByText(/Copying is not allowed here/)).toBeInTheDocument();
  });
});

// ---------------------------------------------------------------------------------------------------

describe('compare and merge', () => {
  it('lists every difference, scores both, and merges exactly the rows chosen from B', async () => {
    const a = demoDoc();
    const b: AssessmentDoc = { ...structuredClone(a), id: 'b-id', city: 'Demoville B (fictional)' };
    b.profile.population = 260_000;
    b.values['EC: ICT: ICT: 1C|'] = { ...b.values['EC: ICT: ICT: 1C|'], source: 'Census 2025', quality: 'accurate' };
    b.values['EC: ICT: ICT: 2C|'] = { value: 12, status: 'reported' };
    b.targets['EC: ICT: ICT: 1C|'] = { target: 99, rationale: 'plan' };
    delete b.values['EC: ICT: ICT: 3C|'];
    const keys = compareInputs(u4ssc, a, b).map((d) => d.key);
    expect(keys).toHaveLength(5);

    const merged: AssessmentDoc[] = [];
    const c = mount(() => <CompareView a={a} b={b} onMerged={(d) => merged.push(d)} />);
    expect(c.container.querySelectorAll('tbody tr[data-key]')).toHaveLength(5);
    await expect.element(c.scope.getByText('5 differences.', { exact: false })).toBeInTheDocument();
    const row1C = c.container.querySelector('tr[data-key="value:EC: ICT: ICT: 1C|"]')!;
    expect(row1C.textContent).toContain('quality: personal');
    expect(row1C.textContent).toContain('quality: accurate');
    expect(row1C.textContent).toContain('source: Census 2025');
    const overall = c.container.querySelector('tr[data-code="overall"]')!;
    expect(overall.querySelector('.ix-score-a')!.textContent).toBe(percentText(scoresOf(a).overall.percent));
    expect(overall.querySelector('.ix-score-b')!.textContent).toBe(percentText(scoresOf(b).overall.percent));
    expect(c.container.querySelectorAll('tr[data-code]').length).toBe(1 + u4ssc.data.dimensions.length);
    // A is chosen everywhere by default.
    expect([...c.container.querySelectorAll<HTMLInputElement>('input[aria-label^="Keep A"]')].every((r) => r.checked)).toBe(true);

    const take = ['profile:population', 'value:EC: ICT: ICT: 2C|'];
    for (const key of take) await userEvent.click(c.container.querySelector(`tr[data-key="${key}"] input[aria-label^="Keep B"]`)!);
    await expect.element(c.scope.getByText('The merged assessment takes 2 items from B', { exact: false })).toBeInTheDocument();
    await userEvent.click(c.scope.getByRole('button', { name: 'Merge into a new assessment' }));
    expect(merged).toHaveLength(1);
    const m = merged[0];
    expect(m.id).not.toBe(a.id);
    expect(m.id).not.toBe(b.id);
    expect(m).toMatchObject({ city: a.city, year: a.year, country: a.country });
    expect(m.notes).toContain('Merged from Demoville (fictional) 2025 (A) and Demoville B (fictional) 2025 (B): 2 items taken from B');
    expect(
      compareInputs(u4ssc, a, m)
        .map((d) => d.key)
        .sort(),
    ).toEqual([...take].sort());
    expect(
      compareInputs(u4ssc, m, b)
        .map((d) => d.key)
        .sort(),
    ).toEqual(keys.filter((k) => !take.includes(k)).sort());
    expect(m.profile.population).toBe(260_000);
    expect(m.values['EC: ICT: ICT: 2C|']).toEqual({ value: 12, status: 'reported' });
    expect(m.values['EC: ICT: ICT: 3C|']).toEqual(a.values['EC: ICT: ICT: 3C|']);
    // Both sides are left as they were.
    expect(a.profile.population).toBe(250_000);
    expect(b.values['EC: ICT: ICT: 3C|']).toBeUndefined();
  });

  it('says when two assessments do not differ', async () => {
    const a = demoDoc();
    const merged: AssessmentDoc[] = [];
    const c = mount(() => <CompareView a={a} b={{ ...structuredClone(a), id: 'copy' }} onMerged={(d) => merged.push(d)} />);
    await expect.element(c.scope.getByText('The two assessments hold the same values, profile and targets.')).toBeInTheDocument();
    await userEvent.click(c.scope.getByRole('button', { name: 'Merge into a new assessment' }));
    expect(merged[0].values).toEqual(a.values);
  });
});
