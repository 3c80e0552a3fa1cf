import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every dependency is pinned to one version: a fresh `npm install` and the lock file then agree, and a
 * library's new minor release reaches the app only through a commit that says so.
 */
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, Record<string, string> | undefined>;

describe('package.json', () => {
  it('pins every dependency, devDependency and override to an exact version', () => {
    const ranges = ['dependencies', 'devDependencies', 'overrides'].flatMap((group) =>
      Object.entries(pkg[group] ?? {})
        .filter(([, version]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version))
        .map(([name, version]) => `${group}: ${name} ${version}`),
    );
    expect(ranges).toEqual([]);
    expect(Object.keys(pkg.dependencies ?? {}).length).toBeGreaterThan(5);
  });
});
