/// <reference lib="webworker" />
// Thin shell: reading a large import file off the page's thread, so the tab stays live and the reading
// can be cancelled (the page ends this worker).
import * as Comlink from 'comlink';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { createReadApi } from './read-api';

Comlink.expose(createReadApi(u4ssc, referenceTargets));
