/// <reference lib="webworker" />
/**
 * The read worker on a disk that is full for one transaction (import-worker.test.tsx): the second
 * assessment the worker's first storing transaction writes is refused with a QuotaExceededError, as
 * Chromium refuses a write once the site's quota is used up; later writes go through, as once space
 * was freed. Patched here because the page's IndexedDB patches (data-safety.test.tsx) do not reach a
 * worker.
 */
import '../../src/worker/read.worker';

const put = IDBObjectStore.prototype.put;
let writes = 0;
IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
  if (this.name === 'assessments' && ++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return put.apply(this, args);
};
