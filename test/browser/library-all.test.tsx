/** "Download all formats" of the whole library (issue #29 item 2), from the library's head. */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sample from '../fixtures/sample-assessment.json';
import { captureBrowserDownloads, freshAppPerTest } from './helpers';

const { mount } = freshAppPerTest();
afterEach(() => {
  vi.restoreAllMocks();
});

describe('download all formats of the library', () => {
  it('downloads one zip with a folder per assessment, and says how many it holds', async () => {
    const downloads = captureBrowserDownloads();
    const app = await mount(async (db) => {
      await db.assessments.put(structuredClone(sample) as never);
      await db.assessments.put({ ...structuredClone(sample), id: 'second', city: 'Lisbon', year: 2024 } as never);
    });
    const button = app.scope.getByRole('button', { name: 'Download all formats (zip)' });
    await expect.element(button).toBeVisible();
    await button.click();
    await expect.element(app.scope.getByTestId('library-all-status')).toHaveTextContent('The zip of 2 assessments was downloaded.');
    expect(downloads.names).toEqual([expect.stringMatching(/^ssc-workbench-all-\d{4}-\d{2}-\d{2}\.zip$/)]);
    const paths = Object.keys(unzipSync(new Uint8Array(await downloads.blobs[0].arrayBuffer())));
    expect([...new Set(paths.map((p) => p.split('/')[0]))].sort()).toEqual(['Demoville-fictional-2025', 'Lisbon-2024', 'sdmx']);
    expect(paths).toContain('Lisbon-2024/Lisbon-2024-values.csv');
  });
});
