import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { parseWorkspaceJson } from '../../src/engine/assessment';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { createThroughForm, deleteDb, mountApp, uniqueDbName, type Mounted } from './helpers';

let apps: Mounted[] = [];
const names: string[] = [];
afterEach(async () => {
  apps.forEach((a) => a.dispose());
  apps = [];
  vi.restoreAllMocks();
  for (const n of names.splice(0)) await deleteDb(n);
});

describe('backing up the whole library', () => {
  it('saves every assessment in one workspace file that a fresh browser profile imports whole', async () => {
    const first = uniqueDbName();
    names.push(first);
    const app = mountApp(first);
    apps.push(app);
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await createThroughForm(app, 'Second City', '2023');
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));

    const blobs: Blob[] = [];
    const files: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push(this.download);
    });
    await userEvent.click(app.scope.getByRole('button', { name: 'Back up all' }));
    await expect.poll(() => files.length).toBe(1);
    expect(files[0]).toMatch(/^ssc-workbench-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseWorkspaceJson(await blobs[0].text(), u4ssc);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.docs.map((d) => d.city).sort()).toEqual(['Demoville (fictional)', 'Second City']);
    vi.restoreAllMocks();

    // Another profile (another database) imports the file and lists both.
    const second = uniqueDbName();
    names.push(second);
    const other = mountApp(second);
    apps.push(other);
    await expect.poll(() => other.container.querySelector('input[type="file"]') !== null, { timeout: 10_000 }).toBe(true);
    const input = other.container.querySelector('input[type="file"]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([blobs[0]], files[0], { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await userEvent.click(other.scope.getByRole('button', { name: 'Import 2 assessments' }));
    await expect.poll(() => other.container.textContent ?? '', { timeout: 10_000 }).toContain('Second City');
    expect(other.container.textContent).toContain('Demoville (fictional)');
  });
});
