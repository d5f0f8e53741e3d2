import { CHART_CSS } from '@ssp/charts';

/**
 * The web app's few additions to Det Fælles Designsystem. The design system shows the menu and
 * the signed-in person in a drawer that its script opens on narrow screens; this app has no
 * script, so on a phone they stay on the page; the menu items wrap at every width (the
secretariat's menu is longer than a wide screen's line). The statistics' SVG
 * charts are styled by their classes with the charts' own CHART_CSS (@ssp/charts): under
 * style-src 'self' they carry no style of their own, only colours as SVG presentation attributes.
 */
export const WEB_STYLESHEET = `.portal-name { color: inherit; font-weight: 600; text-decoration: none; }
.sign-out { margin: 0; }
.header .navigation-menu .mainmenu { flex-wrap: wrap; }
.agenda-pager ul { display: flex; flex-wrap: wrap; gap: 2rem; }
.meeting-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
.meeting-facts dt { font-weight: 600; }
.meeting-facts dd { margin: 0; }
.item-form { margin-top: 3rem; }
.minutes-item { break-inside: avoid; }
.message-text { white-space: pre-wrap; }
.feed-url { word-break: break-all; }
.statistics-years { display: flex; flex-wrap: wrap; gap: 0 2rem; }
.statistics-years .form-group-checkbox { margin-top: 0.8rem; }
.statistics-section { margin-top: 3rem; }
.statistics-figure { margin: 1rem 0; }
.statistics-note { font-size: 1.4rem; }
.statistics-hidden { font-style: italic; }
.statistics-total th, .statistics-total td { font-weight: 600; }
${CHART_CSS}.statistics-figure svg.chart { max-width: 76rem; }
@media (max-width: 991px) {
  .header .portal-info-inner { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; }
  .header .portal-info .portal-user { display: flex; align-items: center; gap: 1rem; margin-left: auto; }
  .header .navigation-menu { display: block; position: static; width: 100%; }
  .header .navigation-menu .navigation-menu-inner .nav { display: block; }
  .header .navigation-menu .mainmenu { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
}
@media print {
  .header .navigation-menu, .portal-user, footer, .agenda-pager, .skipnav, .no-print { display: none; }
}
`;
