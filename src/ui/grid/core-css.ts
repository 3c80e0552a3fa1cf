/**
 * Handsontable's core styles as a stylesheet, not as JavaScript (issue #32, the first visit's
 * JavaScript). By default every grid injects them from a 162 kB string in Handsontable's own code
 * (`styles/handsontableStyles.mjs`, 17 kB gzip of the first visit's script). The same rules ship as
 * `handsontable/styles/handsontable.min.css`; the page loads that file with its other CSS, each grid is
 * created with `injectCoreCss: false`, and the build drops the unused string (`vite.config.ts`,
 * plugin `handsontable-core-css-as-file`). Every grid of the app spreads `CORE_CSS` into its settings.
 */
import 'handsontable/styles/handsontable.min.css';

export const CORE_CSS = { injectCoreCss: false } as const;
