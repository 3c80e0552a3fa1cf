/// <reference lib="webworker" />
// Thin shell: the Monte Carlo itself is pure and lives in src/engine/sensitivity.ts.
import * as Comlink from 'comlink';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { createSensitivityApi } from './sensitivity-api';

Comlink.expose(createSensitivityApi(u4ssc, referenceTargets));
