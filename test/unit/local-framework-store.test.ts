/**
 * The stored framework file written only over what the writer read (storage/local-framework.ts): two
 * tabs each write the whole file, so a write based on an older read must not replace a newer one.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearLocalFramework, loadLocalFrameworkText, saveLocalFramework } from '../../src/storage/local-framework';
import { testDatabases } from './support/storage';

const { openDb, freshName } = testDatabases('local-framework');

describe('saving the framework file over what was read', () => {
  it('writes when the stored text is what the writer read, and refuses with the stored text otherwise', async () => {
    const name = freshName();
    const tabA = openDb(name);
    const tabB = openDb(name);
    // Both read "nothing stored"; A saves first.
    expect(await saveLocalFramework(tabA, 'A1', null)).toEqual({ saved: true });
    // B's save is based on nothing stored: refused, and told what is there.
    expect(await saveLocalFramework(tabB, 'B1', null)).toEqual({ saved: false, stored: 'A1' });
    expect(await loadLocalFrameworkText(tabA)).toBe('A1');
    // Based on what is there, it is kept.
    expect(await saveLocalFramework(tabB, 'B1', 'A1')).toEqual({ saved: true });
    expect(await loadLocalFrameworkText(tabA)).toBe('B1');
  });

  it('forgets only the file that was read', async () => {
    const name = freshName();
    const db = openDb(name);
    await saveLocalFramework(db, 'A1', null);
    await saveLocalFramework(db, 'A2', 'A1');
    expect(await clearLocalFramework(db, 'A1')).toEqual({ saved: false, stored: 'A2' });
    expect(await loadLocalFrameworkText(db)).toBe('A2');
    expect(await clearLocalFramework(db, 'A2')).toEqual({ saved: true });
    expect(await loadLocalFrameworkText(db)).toBeNull();
  });

  it('without a read to compare with (a file set up by a script), replaces whatever is there', async () => {
    const db = openDb(freshName());
    await saveLocalFramework(db, 'A1');
    await saveLocalFramework(db, 'B1');
    expect(await loadLocalFrameworkText(db)).toBe('B1');
  });
});
