/// <reference lib="webworker" />
// Thin shell: the engine itself is pure and lives in src/engine.
import * as Comlink from 'comlink';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import { createEngineApi } from './engine-api';

Comlink.expose(createEngineApi(u4ssc, referenceTargets));
