/**
 * Above the grid, what it follows (issue #30): the framework the assessment names, with the switch that
 * shows the U4SSC KPIs a selection leaves out, or that the named framework is not held in this browser
 * (the U4SSC grid is shown and the local values kept). The layout itself is grid-layout.ts.
 */
import { createUniqueId, Show, type JSX } from 'solid-js';
import type { LocalFrameworkRef } from '../../engine/assessment';
import type { GridLayout } from '../grid/columns';
import { frameworkGrid } from '../messages/compiled/framework-grid';

export type GridFollows =
  /** No framework named: the U4SSC grid. */
  | { kind: 'u4ssc' }
  /** Named, and not the one held here: the U4SSC grid, and `kept` local values untouched. */
  | { kind: 'not-held'; ref: LocalFrameworkRef; kept: number }
  /** Named and held: the grid follows it. */
  | { kind: 'framework'; ref: LocalFrameworkRef; layout: GridLayout; left: number };

/** Whether two answers give the grid the same rows (the held file is read once per opened assessment). */
export const sameFollows = (a: GridFollows, b: GridFollows): boolean =>
  a.kind === b.kind && (a.kind !== 'framework' || (b.kind === 'framework' && a.ref.id === b.ref.id && a.ref.version === b.ref.version));

export function GridFollowsNotice(props: {
  follows: GridFollows;
  /** How many U4SSC KPIs the grid's rows leave out. */
  left: number;
  showLeftOut: boolean;
  onShowLeftOut: (on: boolean) => void;
}): JSX.Element {
  const id = createUniqueId();
  return (
    <>
      <Show when={props.follows.kind === 'not-held' && props.follows}>
        {(f) => (
          <p class="notice" role="status" data-testid="grid-not-held">
            {frameworkGrid.notHeld({ name: f().ref.name ?? f().ref.id, id: f().ref.id, version: f().ref.version, n: f().kept })}
          </p>
        )}
      </Show>
      <Show when={props.follows.kind === 'framework' && props.follows}>
        {(f) => (
          <div class="grid-follows" data-testid="grid-follows">
            <p class="hint">{frameworkGrid.following({ name: f().ref.name ?? f().ref.id, version: f().ref.version })}</p>
            <Show when={props.left > 0}>
              <p>
                <input
                  type="checkbox"
                  id={`left-out-${id}`}
                  checked={props.showLeftOut}
                  onChange={(e) => props.onShowLeftOut(e.currentTarget.checked)}
                  data-testid="show-left-out"
                />{' '}
                <label for={`left-out-${id}`}>{frameworkGrid.showLeftOut({ n: props.left })}</label>
              </p>
            </Show>
          </div>
        )}
      </Show>
    </>
  );
}
