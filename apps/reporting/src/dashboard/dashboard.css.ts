import { CHART_CSS } from '@ssp/charts';

/**
 * The dashboard's only stylesheet, inlined under the response's CSP nonce: one request, no
 * `unsafe-inline`, and nothing for the browser to fetch. Sized for a laptop and for A4.
 */
export const DASHBOARD_CSS = `
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d9dee4; --paper: #f4f6f8; --brand: #12355b; --warn: #c2410c; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--paper); }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 20px; }
.masthead { background: var(--brand); color: #fff; padding: 18px 0 14px; }
.masthead h1 { margin: 2px 0 6px; font-size: 2rem; line-height: 1.15; }
.kicker { margin: 0; font-size: .9rem; opacity: .85; letter-spacing: .02em; }
.badge { display: inline-block; margin: 0; padding: 2px 10px; border-radius: 999px; background: rgba(255,255,255,.16); font-size: .85rem; }
.views ul { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 10px 0 0; padding: 0; font-size: .9rem; }
.views a { color: #fff; }
.views [aria-current] { font-weight: 600; border-bottom: 2px solid #fff; }
.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 18px; margin: 16px 0; padding: 12px 16px; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: 2px; }
.filters select { font: inherit; color: var(--ink); padding: 5px 8px; min-width: 9rem; border: 1px solid #aab2bc; border-radius: 5px; background: #fff; }
.filters button { font: inherit; font-weight: 600; padding: 6px 18px; border: 0; border-radius: 5px; background: var(--brand); color: #fff; cursor: pointer; }
.filters button:focus-visible, .filters select:focus-visible, a:focus-visible, summary:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.tiles { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; }
.tile { display: flex; flex-direction: column; padding: 14px 16px; background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--brand); border-radius: 8px; }
.tile-value { font-size: 2.3rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.tile-label { font-weight: 600; }
.tile-note { font-size: .8rem; color: var(--muted); }
.tile-warning { border-left-color: var(--warn); }
.tile-warning .tile-value { color: var(--warn); }
.tile-hidden .tile-value { color: var(--muted); font-size: 1.6rem; font-style: italic; padding: 6px 0 3px; }
.more { margin: 8px 0 0; font-size: .9rem; }
.more ul { margin: 6px 0 0; padding: 0; list-style: none; columns: 2; }
.more li { padding: 2px 0; }
.card { margin: 16px 0; padding: 14px 18px 10px; background: #fff; border: 1px solid var(--line); border-radius: 8px; break-inside: avoid; }
.card h2 { margin: 0; font-size: 1.25rem; }
.lead { margin: 2px 0 8px; color: var(--muted); font-size: .92rem; }
.pairs { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 16px; }
figure { margin: 0; }
${CHART_CSS}details summary { cursor: pointer; color: var(--brand); font-size: .9rem; margin: 6px 0; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: 4px 0 8px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 3px 6px; border-bottom: 1px solid #edf0f3; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.hidden-value { color: var(--muted); font-style: italic; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
.note { margin: 4px 0 0; font-size: .85rem; color: var(--muted); }
.downloads { margin: 2px 0 4px; font-size: .85rem; color: var(--muted); }
.downloads a { color: var(--brand); }
footer { padding: 8px 20px 28px; color: var(--muted); font-size: .85rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 860px) { .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); } .pairs { grid-template-columns: 1fr; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  .masthead { background: #fff; color: var(--ink); border-bottom: 2px solid var(--brand); }
  .badge { background: none; padding: 0; }
  .filters, .views, .downloads, details { display: none; }
  .card, .tile { border-color: #bbb; }
  .tiles { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px; }
  .tile { padding: 8px 10px; }
  .tile-value { font-size: 1.7rem; }
}
`;
