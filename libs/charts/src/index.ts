/**
 * Accessible SVG charts as plain functions that return markup, for every page that draws
 * statistics (reporting's dashboard, the web app's statistics pages): no script, no inline
 * style (colours are SVG presentation attributes, the rest classes the page's stylesheet
 * styles), each chart `role="img"` with a title and a description naming its numbers.
 */
export * from './bar-chart';
export * from './chart-css';
export * from './column-chart';
export * from './line-chart';
export * from './palette';
export * from './period-labels';
export * from './svg';
