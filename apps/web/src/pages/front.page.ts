import { ROLE_LABELS, isRole } from '@ssp/platform';
import type { ActiveSession } from '../session/session.service';
import { html } from './html';
import { renderPage } from './layout';

/** The front page after sign-in: who the person is, as the provider said, and where to go. */
export function frontPage(session: ActiveSession): string {
  const roles = session.roles.filter(isRole).map((role) => ROLE_LABELS[role]);
  return renderPage({
    title: 'Forside',
    current: 'front',
    signedIn: session,
    main: html`
      <h1>Velkommen${session.name ? html`, ${session.name}` : ''}</h1>
      <p class="font-lead">Du er logget ind som <strong>${session.name ?? session.subject}</strong> (brugernavn <code>${session.subject}</code>).</p>
      <h2>Dine roller</h2>
      ${roles.length > 0 ? html`<ul>${roles.map((role) => html`<li>${role}</li>`)}</ul>` : html`<p>Du har ingen roller i SSP-samarbejdet. Kontakt SSP-sekretariatet, hvis du skal have adgang.</p>`}
      <p>Hvilke grupper du sidder i, og dermed hvad du må se, afgøres af SSP-sekretariatets register over medlemmer, ikke af denne side.</p>
      <h2>Det kan du her</h2>
      <ul class="nobullet-list">
        <li><a href="/dagsorden">Mandagsgruppens dagsorden til næste møde</a></li>
        <li><a href="/moeder">Mandagsgruppens møder: åbn mødet, gå punkterne igennem, godkend referatet</a></li>
        <li><a href="/soeg">Søg efter et barn</a> (med et formål, som bliver logget)</li>
        <li><a href="/bekymringer/ny">Rejs en bekymring for et barn</a></li>
        <li><a href="/politilister">Politilister: indlæs en liste, se afviste rækker, områder og lovovertrædelseskategorier</a></li>
        <li><a href="/opfoelgning/mine-opgaver">Opfølgning: dine opgaver, overskredne indsatser, underretninger og henvisninger</a></li>
        <li><a href="/statistik">Statistik: år for år, med små tal skjult, og som CSV til Excel</a></li>
        <li><a href="/drift">Drift: tjenesternes tilstand, fejlbeskeder, der kan sendes tilbage, og kontrol af revisionsspor</a></li>
      </ul>`,
  });
}
