/**
 * How an assessment's editing grid follows the framework it names (issue #30, assessment format 9):
 * the framework file held in this browser, when it is the one named, gives the grid its rows (its
 * U4SSC KPIs in its order, the ones it leaves out behind a switch, its local KPIs after them under a
 * group named for it); a framework named but not held leaves the U4SSC grid, said so, its local values
 * kept. Nothing here changes the document: the U4SSC scores stay the assessment's own.
 */
import type { AssessmentDoc } from '../../engine/assessment';
import type { ReadFramework } from '../../engine/framework-file';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { frameworkOrder, indexHeld, isNamed, localKpis } from '../../engine/local-kpis';
import type { ItemResult } from '../../engine/types';
import type { GridLayout } from '../grid/columns';
import { frameworkGrid } from '../messages/compiled/framework-grid';
import type { GridFollows } from './GridFollows';

/** What the grid of `doc` follows, given the framework file held in this browser (null: none). */
export function gridFollows(doc: AssessmentDoc, held: ReadFramework | null): GridFollows {
  const ref = doc.localFramework;
  if (!ref) return { kind: 'u4ssc' };
  if (!isNamed(ref, held)) return { kind: 'not-held', ref, kept: Object.keys(doc.localValues ?? {}).length };
  const order = frameworkOrder(indexHeld(held).fw, u4ssc);
  const name = ref.name ?? held.data.name;
  const layout: GridLayout = { ...order, group: { code: `${ref.id} ${ref.version}`, name: frameworkGrid.localGroup({ name }) } };
  return { kind: 'framework', ref, layout, left: order.left.length };
}

/** The local KPIs' results for the grid's rows (scored in the page, engine/local-kpis.ts); none when the named framework is not held. */
export function localItems(doc: AssessmentDoc, held: ReadFramework | null): ItemResult[] {
  const local = localKpis(doc, held, u4ssc);
  return local.kind === 'scored' ? local.items : [];
}
