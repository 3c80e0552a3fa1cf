/// <reference lib="webworker" />
// Thin shell: scoring many assessments for a comparison, apart from the open assessment's engine so a
// long batch never delays the grid's scores.
import * as Comlink from 'comlink';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { createBatchApi } from './batch-api';

Comlink.expose(createBatchApi(u4ssc, referenceTargets));
