/**
 * The charts' look, by the classes they emit, for the stylesheet of every page that draws
 * them (reporting's dashboard inlines it under its nonce, the web app serves it in its own
 * file): the charts carry no style of their own, so that a Content-Security-Policy without
 * inline styles holds. A page may widen `svg.chart` for its layout.
 */
export const CHART_CSS = `svg.chart { display: block; width: 100%; height: auto; max-width: 560px; font-size: 12px; font-family: inherit; }
svg.chart-wide { max-width: none; font-size: 14px; }
svg.chart text { fill: #1b1f24; }
svg.chart .axis text { fill: #5b6470; }
svg.chart .grid { stroke: #e6e9ed; stroke-width: 1; }
svg.chart .baseline { stroke: #9aa3ad; stroke-width: 1; }
svg.chart .bar-label { font-size: 13px; }
svg.chart .bar-value { font-weight: 600; font-size: 13px; }
svg.chart .hidden-value { font-weight: 400; font-style: italic; fill: #5b6470; }
svg.chart .line-labels text { font-size: 15px; font-weight: 600; }
svg.chart .chart-empty { fill: #5b6470; font-size: 14px; }
`;
