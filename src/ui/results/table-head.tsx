import { For, type JSX } from 'solid-js';

/** A column of a results table's header: its label, and whether it holds numbers (aligned as numbers). */
export interface HeaderColumn {
  label: string;
  numeric?: boolean;
}

/** A numeric column's header. */
export const numeric = (label: string): HeaderColumn => ({ label, numeric: true });

/** The one header row of a results table (report, charts' data tables): `<th scope="col">` per column. */
export function TableHead(props: { columns: readonly (string | HeaderColumn)[] }): JSX.Element {
  return (
    <thead>
      <tr>
        <For each={props.columns}>
          {(c) =>
            typeof c === 'string' ? (
              <th scope="col">{c}</th>
            ) : (
              <th scope="col" class={c.numeric ? 'r-num' : undefined}>
                {c.label}
              </th>
            )
          }
        </For>
      </tr>
    </thead>
  );
}
