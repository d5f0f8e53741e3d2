/** The web app's few additions to Det Fælles Designsystem: the signed-in person and sign-out in the header, the pager, print. */
export const WEB_STYLESHEET = `.portal-header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 1rem; }
.sign-out { display: flex; align-items: center; gap: 1rem; margin: 0; }
.sign-out .user { margin: 0; }
.agenda-pager ul { display: flex; gap: 2rem; }
@media print {
  .header, footer, .agenda-pager, .skipnav { display: none; }
}
`;
