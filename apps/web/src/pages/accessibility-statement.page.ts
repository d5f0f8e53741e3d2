import { html } from './html';
import { renderPage, type SignedInHeader } from './layout';

/**
 * The accessibility statement (tilgængelighedserklæring) that the Danish act on the
 * accessibility of public bodies' websites requires, with what is known to fall short.
 */
export function accessibilityStatementPage(signedIn: SignedInHeader | null): string {
  return renderPage({
    title: 'Tilgængelighedserklæring',
    signedIn,
    main: html`
      <h1>Tilgængelighedserklæring for SSP Randers</h1>
      <p class="font-lead">Randers Kommune ønsker, at alle kan bruge SSP-løsningen, også med skærmlæser, forstørrelse eller kun tastatur.</p>
      <h2>Overholdelse</h2>
      <p>Løsningen skal leve op til WCAG 2.1 på niveau AA, som lov om tilgængelighed af offentlige organers websteder og mobilapplikationer kræver.
        Den er bygget med Det Fælles Designsystem, siderne virker uden JavaScript, og alle opgaver kan løses med tastaturet alene.</p>
      <h2>Sådan har vi vurderet løsningen</h2>
      <p>Hver side bliver ved hver ændring kontrolleret automatisk med axe-core for WCAG 2.1 AA, og dagsordenen og et helt møde i Mandagsgruppen gennemgås i automatiske test, der kun bruger tastaturet.
        Automatiske test finder ikke alle problemer; en manuel gennemgang med skærmlæser er endnu ikke foretaget.</p>
      <h2>Kendte mangler</h2>
      <ul>
        <li>Netværksgruppernes sider, SSP-sekretariatets register, Lokalrådets statistik og driftssiderne findes endnu ikke her; de bruges stadig gennem tjenesternes API.</li>
        <li>Sekretariatets sider til politilister, områder og lovovertrædelseskategorier og opfølgningens sider er ikke gennemgået i en test, der kun bruger tastaturet.</li>
      </ul>
      <h2>Kontakt os</h2>
      <p>Oplever du problemer med tilgængeligheden, så skriv til SSP- og forebyggelsessekretariatet i Randers Kommune, som svarer inden for 14 dage.</p>
      <p>Får du ikke et tilfredsstillende svar, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med offentlige websteders tilgængelighed.</p>`,
  });
}
