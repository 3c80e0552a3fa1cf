/**
 * The framework file stored in this browser by the library's framework editor, read once for a view:
 * undefined until read, null when none is stored or it no longer reads.
 */
import { createSignal, onMount, type Accessor } from 'solid-js';
import type { ReadFramework } from '../../engine/framework-file';
import type { WorkbenchDb } from '../../storage/db';
import { loadLocalFramework } from '../../storage/local-framework';

export function heldFramework(db: WorkbenchDb): Accessor<ReadFramework | null | undefined> {
  const [held, setHeld] = createSignal<ReadFramework | null | undefined>(undefined);
  onMount(() => {
    void loadLocalFramework(db).then(
      (r) => setHeld(r?.ok ? r.value : null),
      () => setHeld(null),
    );
  });
  return held;
}
