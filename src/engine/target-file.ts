import { readCsv, writeCsv, type CsvProblem } from './csv';
import type { Framework } from './framework';
import { parseNumber } from './parse';
import { quoted } from './problems';
import type { TargetSet } from './targets';
import type { TargetOverride } from './types';

/** A target file: `code,datapoint,target,rationale,source`, one row per data point it sets. */
export const TARGET_COLUMNS = ['code', 'datapoint', 'target', 'rationale', 'source'] as const;

export type TargetFileResult = { ok: true; targets: Record<string, TargetOverride> } | { ok: false; problems: CsvProblem[] };

/**
 * Reads a target file into per-assessment overrides (a city's official benchmarks, a national
 * programme's). `target` is a number or `none`; the rationale and source are kept with it.
 */
export function parseTargetCsv(text: string, fw: Framework): TargetFileResult {
  const { records, error } = readCsv(text);
  if (error) return { ok: false, problems: [error] };
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = TARGET_COLUMNS.slice(0, 3).filter((c) => !header.includes(c));
  if (missing.length > 0)
    return { ok: false, problems: [{ row: 1, problem: { kind: 'missing-columns', columns: [...missing], expected: TARGET_COLUMNS, separators: false } }] };
  const at = (c: string) => header.indexOf(c);
  const problems: CsvProblem[] = [];
  const targets: Record<string, TargetOverride> = {};
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    if (rec.every((f) => f.trim() === '')) continue;
    const get = (c: string) => (at(c) >= 0 ? (rec[at(c)] ?? '').trim() : '');
    const row = r + 1;
    const ref = fw.datapoint(get('code'), get('datapoint'));
    if (!ref) {
      problems.push({ row, column: 'code', problem: { kind: 'unknown-target', code: quoted(get('code')), key: quoted(get('datapoint')) } });
      continue;
    }
    if (targets[ref.id]) {
      problems.push({ row, column: 'code', problem: { kind: 'repeated', code: ref.kpi.code, key: ref.def.key, first: null } });
      continue;
    }
    const rationale = [get('rationale'), get('source') && `Source: ${get('source')}`].filter(Boolean).join(' ') || undefined;
    const raw = get('target');
    if (raw.toLowerCase() === 'none') {
      targets[ref.id] = { target: 'none', ...(rationale && { rationale }) };
      continue;
    }
    const parsed = parseNumber(raw, 'point');
    if (!parsed.ok || parsed.value < 0) {
      problems.push({ row, column: 'target', problem: parsed.ok ? { kind: 'negative-target' } : { kind: 'bad-target', problem: parsed.reason, blank: false } });
      continue;
    }
    targets[ref.id] = { target: parsed.value, ...(rationale && { rationale }) };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, targets };
}

/** Writes the targets in force: overrides where set, otherwise the reference set with its rationale. */
export function targetCsv(fw: Framework, reference: TargetSet, overrides: Record<string, TargetOverride> = {}): string {
  const rows: string[][] = [[...TARGET_COLUMNS]];
  for (const ref of fw.datapoints) {
    const o = overrides[ref.id];
    const t = reference.byId.get(ref.id);
    if (o) rows.push([ref.kpi.code, ref.def.key, String(o.target), o.rationale ?? '', 'this assessment']);
    else rows.push([ref.kpi.code, ref.def.key, t?.target === null || t === undefined ? 'none' : String(t.target), t?.rationale ?? '', t?.source ?? '']);
  }
  return writeCsv(rows);
}
