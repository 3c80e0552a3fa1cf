/**
 * A reload, a closed tab or a typed address never drops what is not stored without asking (issue #33).
 * With the disk full or a failed write, edits live only in this tab (the status line says "Not
 * saved … Export now", and leaving inside the app asks); a browser reload did not ask, and 60 pasted
 * texts were gone. While `atRisk` says something is not stored, the page asks before it unloads (the
 * browser shows its own question; the page's words are not shown by any current browser). The edits
 * stay in the tab, for "Export now", when the user stays.
 */
export function guardUnload(atRisk: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!atRisk()) return;
    event.preventDefault();
    // Chromium before 119 and Safari ask only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
