/**
 * The framework editor (issue #30, item 4), in the library: a city or national programme starts from the
 * U4SSC file or opens its own framework file, adds local KPIs (a formula over named inputs, checked as
 * it is typed, with the character a problem is at marked) and validation rules, and exports the file.
 * Every change is checked by the same reader as an opened file and kept only when it reads; the file
 * is stored in this browser (storage/local-framework.ts). The steps themselves are engine/framework-edit.ts.
 */
import { createMemo, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { CompileResult, Comparison, FormulaProblem } from '../../engine/formula';
import type { CrosswalkLink, FrameworkFile, FrameworkFileProblem } from '../../engine/framework-file';
import {
  categoriesOf,
  checkEdited,
  checkKpiFormula,
  checkRuleSide,
  kpiFields,
  moveKpi,
  openFrameworkText,
  putKpi,
  putLink,
  putRule,
  removeKpi,
  removeLink,
  removeRule,
  restoreKpi,
  selectionOf,
  u4sscFile,
  type LocalKpiFields,
} from '../../engine/framework-edit';
import { normaliseCode, type Framework } from '../../engine/framework';
import { sdg11 } from '../../engine/frameworks/sdg11';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { frameworkEditor } from '../messages/compiled/framework-editor';
import { RULE_OPERATORS } from '../../engine/rules';
import type { WorkbenchDb } from '../../storage/db';
import { storageProblem } from '../../storage/errors';
import { saveLocalFramework, watchLocalFrameworkText } from '../../storage/local-framework';
import { savingWords } from '../strings/saving';
import { downloadBlob } from '../interchange/files';
import { catalogueTexts } from '../strings/catalogue';
import { RULE_OPERATOR } from '../strings/flags';
import { problemWords } from '../strings/problems';
import './frameworks.css';
import { kpiName } from '../strings/kpi-names';

/** Where a national selection starts, and what it is compared with (kept, left out, local). */
const BASE = u4sscFile();
const U4SSC_CODES = new Set(u4ssc.data.kpis.map((k) => normaliseCode(k.code)));
/** The frameworks a KPI may be linked to (built in; a file is not linked to itself). */
const OTHER_FRAMEWORKS: Framework[] = [sdg11, u4ssc];
const RELATIONS: CrosswalkLink['relation'][] = ['exact', 'close', 'broad', 'narrow', 'related'];
const datapointsOf = (f: FrameworkFile) => f.kpis.flatMap((k) => k.datapoints.map((d) => ({ id: `${k.code}|${d.key}`, label: `${k.code} · ${d.label}` })));
const isLocal = (code: string) => !U4SSC_CODES.has(normaliseCode(code));

const emptyKpi = (category: string): LocalKpiFields => ({
  code: '',
  name: '',
  category,
  definition: '',
  unit: '',
  direction: 'higher',
  inputs: [
    { name: '', label: '' },
    { name: '', label: '' },
  ],
  expression: '',
  target: null,
  basis: 'public',
  source: '',
  rationale: '',
});

const problemAt = (p: FormulaProblem): number | null => ('at' in p ? p.at : null);

/** A formula's text with the character its first problem is at marked (the words say which character too). */
function FormulaCheck(props: { id: string; text: string; result: CompileResult | null; reads: string }): JSX.Element {
  return (
    <Show when={props.result && props.text.trim() !== '' ? props.result : null}>
      {(r) => (
        <div id={props.id} class={r().ok ? 'hint' : 'field-error'} role={r().ok ? 'status' : 'alert'}>
          <Show when={!r().ok ? (r() as Extract<CompileResult, { ok: false }>).problems : null} fallback={props.reads}>
            {(problems) => (
              <>
                <For each={problems()}>{(p) => <p>{catalogueTexts.formula(p)}</p>}</For>
                <Show when={problemAt(problems()[0]) !== null}>
                  <code class="formula-at" aria-hidden="true" data-testid={`${props.id}-at`}>
                    {props.text.slice(0, problemAt(problems()[0])!)}
                    <mark>{props.text.slice(problemAt(problems()[0])!, problemAt(problems()[0])! + 1) || ' '}</mark>
                    {props.text.slice(problemAt(problems()[0])! + 1)}
                  </code>
                </Show>
              </>
            )}
          </Show>
        </div>
      )}
    </Show>
  );
}

export function FrameworkEditor(props: { db: WorkbenchDb }): JSX.Element {
  const [file, setFile] = createSignal<FrameworkFile | null>(null);
  const [text, setText] = createSignal('');
  const [problems, setProblems] = createSignal<{ title: string; lines: string[] } | null>(null);
  const [status, setStatus] = createSignal('');
  const [editing, setEditing] = createSignal<string | null>(null);
  const [form, setForm] = createStore<LocalKpiFields>(emptyKpi(''));
  const [formError, setFormError] = createSignal('');
  const [rule, setRule] = createStore({ name: '', left: '', operator: '<=' as Comparison, right: '', source: '' });
  const [ruleError, setRuleError] = createSignal('');

  const problemLines = (ps: FrameworkFileProblem[]) => ps.map((p) => catalogueTexts.frameworkFile(p, problemWords.doc));

  /** The stored text as this editor last read or wrote it: a save is kept only if it is still that (another tab may have saved since). */
  let stored: string | null = null;
  /** Shows the stored file as it now is (a file that no longer reads says why). */
  const show = (text: string | null) => {
    stored = text;
    if (text === null) {
      setFile(null);
      setText('');
      return;
    }
    const opened = openFrameworkText(text);
    if (opened.ok) use(opened.file, opened.text);
    else setProblems({ title: frameworkEditor.notRead, lines: problemLines(opened.problems) });
  };

  // The stored file as it changes: another tab's save shows here at once, so a change is made to the file
  // as it is; a save based on an older read (a notice not yet arrived) is refused by `store` below.
  let first = true;
  /** The text this editor is writing: its own save coming back through the live query is not another tab's. */
  let writing: string | null | undefined;
  const watch = watchLocalFrameworkText(props.db).subscribe((text) => {
    if (!first && (text === stored || text === writing)) return;
    const elsewhere = !first;
    first = false;
    show(text);
    if (elsewhere) setStatus(frameworkEditor.updatedElsewhere);
  });
  onCleanup(() => watch.unsubscribe());

  const use = (f: FrameworkFile, t: string) => {
    setFile(f);
    setText(t);
    if (form.category === '' || !categoriesOf(f).some((c) => c.path === form.category)) setForm('category', categoriesOf(f)[0]?.path ?? '');
  };

  /** Keeps an edited file when it reads as an opened one would; otherwise says why and keeps the last. */
  const commit = async (next: FrameworkFile, done: string): Promise<boolean> => {
    const checked = checkEdited(next);
    if (!checked.ok) {
      setProblems({ title: frameworkEditor.notSaved, lines: problemLines(checked.problems) });
      return false;
    }
    if (!(await store(checked.text))) return false;
    setProblems(null);
    use(checked.file, checked.text);
    setStatus(done);
    return true;
  };

  /**
   * Writes the file (or forgets it: null) if no other tab has saved it since this editor read it. When one
   * has, nothing is written and the editor shows the other tab's file, saying so; a storage error (the
   * browser's quota, say) is said and the stored file stays as it was.
   */
  const store = async (next: string | null): Promise<boolean> => {
    writing = next;
    try {
      const saved = await saveLocalFramework(props.db, next, stored);
      if (saved.saved) {
        stored = next;
        return true;
      }
      show(saved.stored);
      setStatus('');
      setProblems({ title: frameworkEditor.notSaved, lines: [frameworkEditor.changedElsewhere] });
    } catch (e) {
      setProblems({ title: frameworkEditor.notSaved, lines: [savingWords.problem(storageProblem(e))] });
    } finally {
      writing = undefined;
    }
    return false;
  };

  const startU4ssc = () => void commit(BASE, frameworkEditor.opened({ name: u4ssc.data.name }));

  // The national selection: KPIs moved, left out and put back, each change checked as any other.
  const selection = createMemo(() => (file() ? selectionOf(file()!, BASE) : null));
  /** After a move, the focus stays on the KPI's button of that direction, or (at the end of the list, where it is disabled) the other one. */
  const refocus = (code: string, by: -1 | 1) => {
    const button = (label: string) => document.querySelector<HTMLButtonElement>(`.framework-order button[aria-label="${CSS.escape(label)}"]`);
    const same = button(by < 0 ? frameworkEditor.moveUp({ code }) : frameworkEditor.moveDown({ code }));
    (same && !same.disabled ? same : button(by < 0 ? frameworkEditor.moveDown({ code }) : frameworkEditor.moveUp({ code })))?.focus();
  };
  const move = async (code: string, by: -1 | 1) => {
    if (await commit(moveKpi(file()!, code, by), frameworkEditor.moved({ code }))) refocus(code, by);
  };
  const leaveOut = (code: string) => void commit(removeKpi(file()!, code), frameworkEditor.leftOut({ code }));
  const putBack = (code: string) => void commit(restoreKpi(file()!, BASE, code), frameworkEditor.putBackDone({ code }));

  // Links to other frameworks' indicators, per data point.
  const [link, setLink] = createStore({
    datapoint: '',
    framework: sdg11.data.id,
    indicator: '',
    relation: 'close' as CrosswalkLink['relation'],
    source: '',
    note: '',
  });
  const [linkError, setLinkError] = createSignal('');
  const others = () => OTHER_FRAMEWORKS.filter((o) => o.data.id !== file()?.id);
  const linkTo = () => others().find((o) => o.data.id === link.framework) ?? others()[0];
  const linkFrom = () => link.datapoint || (file() ? (datapointsOf(file()!)[0]?.id ?? '') : '');
  const linksHere = () => (file()?.links ?? []).filter((l) => l.datapoint === linkFrom());
  const saveLink = async (e: Event) => {
    e.preventDefault();
    const to = linkTo();
    if (!file() || !to || link.indicator === '' || link.source.trim() === '') return setLinkError(frameworkEditor.linkRequired);
    setLinkError('');
    const next: CrosswalkLink = {
      datapoint: linkFrom(),
      framework: to.data.id,
      indicator: link.indicator,
      relation: link.relation,
      source: link.source.trim(),
    };
    if (link.note.trim() !== '') next.note = link.note.trim();
    if (await commit(putLink(file()!, next), frameworkEditor.linkSaved({ from: next.datapoint, to: `${next.framework} ${next.indicator}` })))
      setLink({ source: '', note: '' });
  };

  const onFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const opened = openFrameworkText(await chosen.text());
    if (!opened.ok) {
      setProblems({ title: frameworkEditor.notRead, lines: problemLines(opened.problems) });
      return;
    }
    await commit(opened.file, frameworkEditor.opened({ name: opened.file.name }));
  };

  const exportFile = () => {
    const f = file();
    if (f) downloadBlob(new Blob([text()], { type: 'application/json' }), `${f.id}-${f.frameworkVersion}.framework.json`);
  };

  const forget = async () => {
    if (!(await store(null))) return;
    setProblems(null);
    setFile(null);
    setText('');
    setStatus(frameworkEditor.none);
  };

  const inputNames = () => form.inputs.map((i) => i.name.trim()).filter((n) => n !== '');
  const formulaCheck = createMemo(() => {
    const f = file();
    return f && form.expression.trim() !== '' ? checkKpiFormula(f, form.expression, inputNames()) : null;
  });
  const locals = () => (file()?.kpis ?? []).filter((k) => isLocal(k.code));

  const saveKpi = async (e: Event) => {
    e.preventDefault();
    const f = file();
    if (!f) return;
    if ([form.code, form.name, form.unit, form.source, form.inputs[0].name, form.inputs[0].label].some((v) => v.trim() === ''))
      return setFormError(frameworkEditor.required);
    if (!isLocal(form.code)) return setFormError(frameworkEditor.notLocal({ code: form.code.trim() }));
    const check = formulaCheck();
    if (!check?.ok) return setFormError(check ? catalogueTexts.formula(check.problems[0]) : catalogueTexts.formula({ kind: 'empty' }));
    setFormError('');
    const fields: LocalKpiFields = { ...form, inputs: form.inputs.filter((i) => i.name.trim() !== '').map((i) => ({ ...i })) };
    const code = fields.code.trim();
    const before = editing();
    const next = before !== null && normaliseCode(before) !== normaliseCode(code) ? removeKpi(f, before) : f;
    if (await commit(putKpi(next, fields), frameworkEditor.saved({ code }))) {
      setEditing(null);
      setForm(emptyKpi(form.category));
    }
  };

  const edit = (code: string) => {
    const f = file();
    const fields = f && kpiFields(f, code);
    if (!fields) return;
    const inputs = [...fields.inputs, { name: '', label: '' }].slice(0, 2);
    setForm({ ...fields, inputs });
    setEditing(code);
    document.getElementById('fw-kpi-code')?.focus();
  };

  const ruleChecks = createMemo(() => {
    const f = file();
    return {
      left: f && rule.left.trim() !== '' ? checkRuleSide(f, rule.left) : null,
      right: f && rule.right.trim() !== '' ? checkRuleSide(f, rule.right) : null,
    };
  });

  const saveRule = async (e: Event) => {
    e.preventDefault();
    const f = file();
    if (!f) return;
    if ([rule.name, rule.left, rule.right, rule.source].some((v) => v.trim() === '')) return setRuleError(frameworkEditor.required);
    const { left, right } = ruleChecks();
    for (const c of [left, right]) if (c && !c.ok) return setRuleError(catalogueTexts.formula(c.problems[0]));
    setRuleError('');
    const taken = new Set((f.rules ?? []).map((r) => r.id));
    let n = (f.rules ?? []).length + 1;
    while (taken.has(`local-${n}`)) n++;
    const next = putRule(f, {
      id: `local-${n}`,
      name: rule.name.trim(),
      left: rule.left.trim(),
      operator: rule.operator,
      right: rule.right.trim(),
      importance: 'medium',
      missing: 'skip-if-any-missing',
      source: rule.source.trim(),
    });
    if (await commit(next, frameworkEditor.ruleSaved({ name: rule.name.trim() }))) setRule({ name: '', left: '', operator: '<=', right: '', source: '' });
  };

  const [open, setOpen] = createSignal(false);
  const field = (id: string, label: string, input: JSX.Element, help?: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      {input}
      <Show when={help}>
        <p class="hint" id={`${id}-help`}>
          {help}
        </p>
      </Show>
    </div>
  );
  /** One side of a rule: a formula box and its check, the same for the left and the right. */
  const ruleSide = (name: 'left' | 'right', label: string) => (
    <>
      {field(
        `fw-rule-${name}`,
        label,
        <input
          id={`fw-rule-${name}`}
          dir="ltr"
          spellcheck={false}
          aria-describedby={`fw-rule-${name}-check`}
          value={rule[name]}
          onInput={(e) => setRule(name, e.currentTarget.value)}
        />,
      )}
      <FormulaCheck id={`fw-rule-${name}-check`} text={rule[name]} result={ruleChecks()[name]} reads={frameworkEditor.formulaReads} />
    </>
  );

  return (
    <details class="framework-editor" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{frameworkEditor.title}</summary>
      {/* Rendered only while open: a closed panel adds no file input to the library (the import panel's is the one). */}
      <Show when={open()}>
        <p class="hint">{frameworkEditor.help}</p>
        <p role="status" data-testid="framework-status">
          {file()
            ? frameworkEditor.summary({
                name: file()!.name,
                version: file()!.frameworkVersion,
                kpis: file()!.kpis.length,
                local: locals().length,
                rules: (file()!.rules ?? []).length,
              })
            : frameworkEditor.none}{' '}
          {status()}
        </p>
        <div class="button-row">
          <button type="button" onClick={startU4ssc}>
            {frameworkEditor.startU4ssc}
          </button>
          <label class="file-button">
            {frameworkEditor.open}
            <input type="file" accept=".json,application/json" data-testid="framework-file" onChange={(e) => void onFile(e.currentTarget)} />
          </label>
          <button type="button" disabled={!file()} onClick={exportFile}>
            {frameworkEditor.exportFile}
          </button>
          <button type="button" disabled={!file()} onClick={() => void forget()}>
            {frameworkEditor.forget}
          </button>
        </div>
        <Show when={problems()}>
          {(p) => (
            <div class="field-error" role="alert" data-testid="framework-problems">
              <p>{p().title}</p>
              <ul>
                <For each={p().lines}>{(l) => <li>{l}</li>}</For>
              </ul>
            </div>
          )}
        </Show>

        <Show when={file()}>
          <section class="framework-selection" aria-labelledby="fw-selection-title">
            <h3 id="fw-selection-title">{frameworkEditor.selectionTitle}</h3>
            <p class="hint">{frameworkEditor.selectionHelp}</p>
            <p data-testid="framework-selection">
              {frameworkEditor.selectionSummary({
                kept: selection()!.kept.length,
                total: BASE.kpis.length,
                removed: selection()!.removed.length,
                local: selection()!.local.length,
              })}
            </p>
            <ol class="framework-order">
              <For each={file()!.kpis}>
                {(k, i) => (
                  <li>
                    <span>
                      {k.code} · {k.name}
                      <Show when={isLocal(k.code)}> ({frameworkEditor.localTag})</Show>
                    </span>{' '}
                    <button type="button" disabled={i() === 0} aria-label={frameworkEditor.moveUp({ code: k.code })} onClick={() => void move(k.code, -1)}>
                      {frameworkEditor.up}
                    </button>{' '}
                    <button
                      type="button"
                      disabled={i() === file()!.kpis.length - 1}
                      aria-label={frameworkEditor.moveDown({ code: k.code })}
                      onClick={() => void move(k.code, 1)}
                    >
                      {frameworkEditor.down}
                    </button>
                    <Show when={!isLocal(k.code)}>
                      {' '}
                      <button type="button" aria-label={frameworkEditor.leaveOutKpi({ code: k.code })} onClick={() => leaveOut(k.code)}>
                        {frameworkEditor.leaveOut}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
            <h4>{frameworkEditor.removedTitle}</h4>
            <Show when={selection()!.removed.length > 0} fallback={<p>{frameworkEditor.noneRemoved}</p>}>
              <ul class="framework-removed" data-testid="framework-removed">
                <For each={selection()!.removed}>
                  {(k) => (
                    <li>
                      <span>
                        {k.code} · {k.name}
                      </span>{' '}
                      <button type="button" aria-label={frameworkEditor.putBackKpi({ code: k.code })} onClick={() => putBack(k.code)}>
                        {frameworkEditor.putBack}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>

          <h3>{frameworkEditor.localTitle}</h3>
          <Show when={locals().length > 0} fallback={<p>{frameworkEditor.noLocal}</p>}>
            <ul class="framework-locals">
              <For each={locals()}>
                {(k) => (
                  <li>
                    <span>
                      {k.code} · {k.name} ({k.datapoints[0]?.unit})
                    </span>{' '}
                    <button type="button" onClick={() => edit(k.code)} aria-label={`${frameworkEditor.edit} ${k.code}`}>
                      {frameworkEditor.edit}
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={`${frameworkEditor.remove} ${k.code}`}
                      onClick={() => void commit(removeKpi(file()!, k.code), frameworkEditor.removed({ item: k.code }))}
                    >
                      {frameworkEditor.remove}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>

          <form class="framework-kpi" onSubmit={(e) => void saveKpi(e)} aria-labelledby="fw-kpi-title">
            <h3 id="fw-kpi-title">{editing() ? frameworkEditor.editKpi({ code: editing()! }) : frameworkEditor.addKpi}</h3>
            {field('fw-kpi-code', frameworkEditor.code, <input id="fw-kpi-code" value={form.code} onInput={(e) => setForm('code', e.currentTarget.value)} />)}
            {field('fw-kpi-name', frameworkEditor.name, <input id="fw-kpi-name" value={form.name} onInput={(e) => setForm('name', e.currentTarget.value)} />)}
            {field(
              'fw-kpi-category',
              frameworkEditor.category,
              <select id="fw-kpi-category" value={form.category} onChange={(e) => setForm('category', e.currentTarget.value)}>
                <For each={categoriesOf(file()!)}>{(c) => <option value={c.path}>{`${c.path} · ${c.name}`}</option>}</For>
              </select>,
            )}
            {field(
              'fw-kpi-definition',
              frameworkEditor.definition,
              <textarea id="fw-kpi-definition" value={form.definition} onInput={(e) => setForm('definition', e.currentTarget.value)} />,
            )}
            {field('fw-kpi-unit', frameworkEditor.unit, <input id="fw-kpi-unit" value={form.unit} onInput={(e) => setForm('unit', e.currentTarget.value)} />)}
            {field(
              'fw-kpi-direction',
              frameworkEditor.direction,
              <select id="fw-kpi-direction" value={form.direction} onChange={(e) => setForm('direction', e.currentTarget.value as 'higher' | 'lower')}>
                <option value="higher">{frameworkEditor.higher}</option>
                <option value="lower">{frameworkEditor.lower}</option>
              </select>,
            )}
            <For each={[0, 1]}>
              {(i) => (
                <>
                  {field(
                    `fw-kpi-input-${i}`,
                    frameworkEditor.inputName({ n: i + 1 }),
                    <input
                      id={`fw-kpi-input-${i}`}
                      aria-describedby="fw-kpi-input-0-help"
                      value={form.inputs[i].name}
                      onInput={(e) => setForm('inputs', i, 'name', e.currentTarget.value)}
                    />,
                    i === 0 ? frameworkEditor.inputHelp : undefined,
                  )}
                  {field(
                    `fw-kpi-input-label-${i}`,
                    frameworkEditor.inputLabel({ n: i + 1 }),
                    <input id={`fw-kpi-input-label-${i}`} value={form.inputs[i].label} onInput={(e) => setForm('inputs', i, 'label', e.currentTarget.value)} />,
                  )}
                </>
              )}
            </For>
            {field(
              'fw-kpi-formula',
              frameworkEditor.formula,
              <input
                id="fw-kpi-formula"
                class="formula-input"
                spellcheck={false}
                autocomplete="off"
                dir="ltr"
                aria-invalid={formulaCheck() !== null && !formulaCheck()!.ok}
                aria-describedby="fw-kpi-formula-help fw-kpi-formula-check"
                value={form.expression}
                onInput={(e) => setForm('expression', e.currentTarget.value)}
              />,
              frameworkEditor.formulaHelp,
            )}
            <FormulaCheck id="fw-kpi-formula-check" text={form.expression} result={formulaCheck()} reads={frameworkEditor.formulaReads} />
            <fieldset>
              <legend>{frameworkEditor.target}</legend>
              <label>
                <input type="checkbox" checked={form.target === null} onChange={(e) => setForm('target', e.currentTarget.checked ? null : 0)} />{' '}
                {frameworkEditor.noTarget}
              </label>
              <Show when={form.target !== null}>
                {field(
                  'fw-kpi-target',
                  frameworkEditor.target,
                  <input
                    id="fw-kpi-target"
                    type="number"
                    step="any"
                    value={form.target ?? ''}
                    onInput={(e) => {
                      const v = e.currentTarget.valueAsNumber;
                      if (Number.isFinite(v)) setForm('target', v);
                    }}
                  />,
                )}
                {field(
                  'fw-kpi-basis',
                  frameworkEditor.basis,
                  <select id="fw-kpi-basis" value={form.basis} onChange={(e) => setForm('basis', e.currentTarget.value as 'public' | 'judgement')}>
                    <option value="public">{frameworkEditor.basisPublic}</option>
                    <option value="judgement">{frameworkEditor.basisJudgement}</option>
                  </select>,
                )}
              </Show>
              {field(
                'fw-kpi-source',
                frameworkEditor.source,
                <input id="fw-kpi-source" value={form.source} onInput={(e) => setForm('source', e.currentTarget.value)} />,
              )}
              {field(
                'fw-kpi-rationale',
                frameworkEditor.rationale,
                <textarea id="fw-kpi-rationale" value={form.rationale} onInput={(e) => setForm('rationale', e.currentTarget.value)} />,
              )}
            </fieldset>
            <Show when={formError()}>
              <p class="field-error" role="alert">
                {formError()}
              </p>
            </Show>
            <div class="button-row">
              <button type="submit">{frameworkEditor.saveKpi}</button>
              <Show when={editing()}>
                <button
                  type="button"
                  onClick={() => {
                    setEditing(null);
                    setForm(emptyKpi(form.category));
                  }}
                >
                  {frameworkEditor.cancel}
                </button>
              </Show>
            </div>
          </form>

          <form class="framework-links" onSubmit={(e) => void saveLink(e)} aria-labelledby="fw-links-title">
            <h3 id="fw-links-title">{frameworkEditor.linksTitle}</h3>
            <p class="hint">{frameworkEditor.linksHelp}</p>
            {field(
              'fw-link-datapoint',
              frameworkEditor.linkDatapoint,
              <select id="fw-link-datapoint" value={linkFrom()} onChange={(e) => setLink('datapoint', e.currentTarget.value)}>
                <For each={datapointsOf(file()!)}>{(d) => <option value={d.id}>{d.label}</option>}</For>
              </select>,
            )}
            <Show when={linksHere().length > 0} fallback={<p>{frameworkEditor.noLinks}</p>}>
              <ul data-testid="framework-links">
                <For each={linksHere()}>
                  {(l) => (
                    <li>
                      <span>
                        {l.framework} {l.indicator} · {frameworkEditor.relation[l.relation]} ({l.source})
                      </span>{' '}
                      <button
                        type="button"
                        aria-label={frameworkEditor.removeLink({ to: `${l.framework} ${l.indicator}` })}
                        onClick={() =>
                          void commit(removeLink(file()!, l), frameworkEditor.linkRemoved({ from: l.datapoint, to: `${l.framework} ${l.indicator}` }))
                        }
                      >
                        {frameworkEditor.remove}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            {field(
              'fw-link-framework',
              frameworkEditor.linkFramework,
              <select
                id="fw-link-framework"
                value={linkTo()?.data.id}
                onChange={(e) => {
                  setLink('framework', e.currentTarget.value);
                  setLink('indicator', '');
                }}
              >
                <For each={others()}>{(o) => <option value={o.data.id}>{o.data.name}</option>}</For>
              </select>,
            )}
            {field(
              'fw-link-indicator',
              frameworkEditor.linkIndicator,
              <select id="fw-link-indicator" value={link.indicator} onChange={(e) => setLink('indicator', e.currentTarget.value)}>
                <option value="" />
                <For each={linkTo()?.datapoints ?? []}>{(d) => <option value={d.id}>{`${d.id} · ${kpiName(d.kpi)}`}</option>}</For>
              </select>,
            )}
            {field(
              'fw-link-relation',
              frameworkEditor.linkRelation,
              <select id="fw-link-relation" value={link.relation} onChange={(e) => setLink('relation', e.currentTarget.value as CrosswalkLink['relation'])}>
                <For each={RELATIONS}>{(r) => <option value={r}>{frameworkEditor.relation[r]}</option>}</For>
              </select>,
            )}
            {field(
              'fw-link-source',
              frameworkEditor.linkSource,
              <input id="fw-link-source" value={link.source} onInput={(e) => setLink('source', e.currentTarget.value)} />,
            )}
            {field(
              'fw-link-note',
              frameworkEditor.linkNote,
              <input id="fw-link-note" value={link.note} onInput={(e) => setLink('note', e.currentTarget.value)} />,
            )}
            <Show when={linkError()}>
              <p class="field-error" role="alert">
                {linkError()}
              </p>
            </Show>
            <button type="submit">{frameworkEditor.addLink}</button>
          </form>

          <h3>{frameworkEditor.rulesTitle}</h3>
          <Show when={(file()!.rules ?? []).length > 0} fallback={<p>{frameworkEditor.noRules}</p>}>
            <ul class="framework-rules">
              <For each={file()!.rules}>
                {(r) => (
                  <li>
                    <span>
                      {r.name}: <code dir="ltr">{`${r.left} ${RULE_OPERATOR[r.operator]} ${r.right}`}</code> ({r.source})
                    </span>{' '}
                    <button
                      type="button"
                      aria-label={`${frameworkEditor.remove} ${r.name}`}
                      onClick={() => void commit(removeRule(file()!, r.id), frameworkEditor.removed({ item: r.name }))}
                    >
                      {frameworkEditor.remove}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <form class="framework-rule" onSubmit={(e) => void saveRule(e)} aria-labelledby="fw-rule-title">
            <h3 id="fw-rule-title">{frameworkEditor.addRule}</h3>
            {field(
              'fw-rule-name',
              frameworkEditor.ruleName,
              <input id="fw-rule-name" value={rule.name} onInput={(e) => setRule('name', e.currentTarget.value)} />,
            )}
            {ruleSide('left', frameworkEditor.ruleLeft)}
            {field(
              'fw-rule-operator',
              frameworkEditor.ruleOperator,
              <select id="fw-rule-operator" value={rule.operator} onChange={(e) => setRule('operator', e.currentTarget.value as Comparison)}>
                <For each={RULE_OPERATORS}>{(op) => <option value={op}>{RULE_OPERATOR[op]}</option>}</For>
              </select>,
            )}
            {ruleSide('right', frameworkEditor.ruleRight)}
            {field(
              'fw-rule-source',
              frameworkEditor.ruleSource,
              <input id="fw-rule-source" value={rule.source} onInput={(e) => setRule('source', e.currentTarget.value)} />,
            )}
            <Show when={ruleError()}>
              <p class="field-error" role="alert">
                {ruleError()}
              </p>
            </Show>
            <button type="submit">{frameworkEditor.saveRule}</button>
          </form>
        </Show>
      </Show>
    </details>
  );
}
