/**
 * A module loaded when first used, then kept: the formats' readers and writers load lazily (the first
 * visit does not download them), and a programme of 1 000 files must not import them 1 000 times. Each
 * `import()` of an already loaded module still goes through the module loader, and under tsx (the
 * command line) through its resolve hook on another thread: a third of `npm run score`'s time over
 * 1 000 values CSV went there.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    // A failed load (a chunk gone after an update) is tried again next time, not kept.
    loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
    return loading;
  };
}
