/**
 * The import panel with files crafted or written by other tools (issue #26): the same refusals and
 * choices as `npm run score`, in the page, with nothing stored until the user goes on.
 */
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import hiddenSheetUrl from '../fixtures/other-tools/openpyxl-only-hidden-sheet.xlsx?url';
import { chooseFile, freshAppPerTest, libraryShown } from './helpers';

const { mount } = freshAppPerTest();
beforeEach(async () => {
  await page.viewport(1400, 900);
});

const emptyApp = () => libraryShown(mount());

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the import panel with crafted and other tools’ files', () => {
  it('a 2 kB workbook of 250 000 unclosed <si> tags is refused at once with its reason, the tab never frozen', async () => {
    const a = await emptyApp();
    const book = zipSync({
      '_rels/.rels': strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<workbook xmlns:r="${REL}"><sheets><sheet name="Values" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData/></worksheet>'),
      'xl/sharedStrings.xml': strToU8(`<sst>${'<si>'.repeat(250_000)}`),
    });
    expect(book.length).toBeLessThan(10_000);
    chooseFile(a.container, new File([book], 'crafted.xlsx', { type: XLSX }));
    await expect.element(a.scope.getByTestId('import-messages')).toHaveTextContent(/a part is cut short or its XML is broken/);
  });

  it('a table only on a hidden sheet is refused with the sheet named; choosing the sheet reads it and says so', async () => {
    const a = await emptyApp();
    const bytes = await (await fetch(hiddenSheetUrl)).arrayBuffer();
    chooseFile(a.container, new File([bytes], 'city-2024.xlsx', { type: XLSX }));
    await expect.element(a.scope.getByTestId('import-messages')).toHaveTextContent(/The only values table is on the hidden sheet "Values"/);
    const select = a.scope.getByTestId('import-sheet');
    await expect.element(select).toBeVisible();
    expect([...(select.element() as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Choose a sheet', 'Notes', 'Values (hidden)']);
    await userEvent.selectOptions(select, 'Values');
    await expect.element(a.scope.getByTestId('import-notes')).toHaveTextContent('Read the sheet "Values" (of 2 sheets).');
    await expect.element(a.scope.getByRole('button', { name: 'Create assessment' })).toBeVisible();
  });

  it('an OpenDocument spreadsheet is named, as the command line names it', async () => {
    const a = await emptyApp();
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<x/>') });
    chooseFile(a.container, new File([ods], 'city.ods'));
    await expect.element(a.scope.getByTestId('import-messages')).toHaveTextContent('This is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV.');
  });
});
