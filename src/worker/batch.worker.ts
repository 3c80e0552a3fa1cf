/// <reference lib="webworker" />
// Thin shell: scoring many assessments for a comparison, apart from the open assessment's engine so a
// long batch never delays the grid's scores. A comparison's tables are handed to the page, not copied.
import * as Comlink from 'comlink';
import { packedBuffers } from '../engine/comparison-pack';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { createBatchApi, type BatchApi } from './batch-api';

const api = createBatchApi(u4ssc, referenceTargets);
const exposed: BatchApi = {
  ...api,
  compare(members) {
    const r = api.compare(members);
    return 'packed' in r ? Comlink.transfer(r, packedBuffers(r.packed)) : r;
  },
};
Comlink.expose(exposed);
