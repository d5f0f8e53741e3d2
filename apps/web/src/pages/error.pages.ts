import type { Refusal } from '../api/service-answer';
import { html, type Html } from './html';
import { renderPage, type SignedInHeader } from './layout';

function errorPage(title: string, signedIn: SignedInHeader | null, body: Html): string {
  return renderPage({ title, signedIn, main: html`<h1>${title}</h1>${body}<p><a href="/">Gå til forsiden</a></p>` });
}

/** 403: the service refused; its own Danish reason, and what the person can do about it. */
export function refusedPage(signedIn: SignedInHeader | null, refusal: Refusal | null): string {
  return errorPage(
    'Du har ikke adgang til denne side',
    signedIn,
    html`<div class="alert alert-warning" role="alert"><div class="alert-body">
        <p class="alert-text">${refusal?.message ?? 'Din rolle eller dine medlemskaber giver ikke adgang til det, du bad om.'}</p>
      </div></div>
      <h2>Hvad kan du gøre?</h2>
      <ul>
        <li>Adgang til oplysninger om personer kræver, at du er medlem af Mandagsgruppen eller SSP-koordinationsteamet.</li>
        <li>Mener du, at du skal have adgang, så kontakt SSP-sekretariatet og oplys koden nedenfor.</li>
      </ul>
      ${refusal ? html`<p class="small-text">Kode: <code>${refusal.code}</code></p>` : ''}`,
  );
}

export function notFoundPage(signedIn: SignedInHeader | null): string {
  return errorPage(
    'Siden findes ikke',
    signedIn,
    html`<p>Vi kan ikke finde den side, du leder efter. Den kan være flyttet, eller adressen kan være skrevet forkert.</p>
      <p>Tjek adressen, eller brug menuen.</p>`,
  );
}

/** A service answered 400 to what the page sent (e.g. an old page link): its Danish reason. */
export function badRequestPage(signedIn: SignedInHeader | null, refusal: Refusal | null): string {
  return errorPage(
    'Siden kan ikke vises',
    signedIn,
    html`<p>${refusal?.message ?? 'Forespørgslen kunne ikke forstås.'}</p>
      <p>Gå tilbage og prøv igen, eller start forfra fra forsiden.</p>
      ${refusal ? html`<p class="small-text">Kode: <code>${refusal.code}</code></p>` : ''}`,
  );
}

export function unavailablePage(signedIn: SignedInHeader | null): string {
  return errorPage(
    'Systemet svarer ikke lige nu',
    signedIn,
    html`<p>En af SSP-løsningens tjenester svarer ikke. Prøv igen om lidt.</p>
      <p>Varer det ved, så kontakt kommunens it-support.</p>`,
  );
}

/** A form sent without the page's form token (an old page, or another site's form). */
export function formExpiredPage(signedIn: SignedInHeader | null): string {
  return errorPage(
    'Formularen kunne ikke sendes',
    signedIn,
    html`<p>Formularen var for gammel, eller den kom ikke fra denne side. Der er ikke sket noget.</p>
      <p>Gå tilbage, genindlæs siden, og prøv igen.</p>`,
  );
}

export function signInFailedPage(): string {
  return errorPage(
    'Du blev ikke logget ind',
    null,
    html`<p>Log-ind blev afbrudt eller tog for lang tid, så du er ikke logget ind.</p>
      <p><a href="/log-ind" class="button button-primary">Prøv at logge ind igen</a></p>`,
  );
}

export function signedOutPage(): string {
  return renderPage({
    title: 'Du er logget ud',
    main: html`<h1>Du er logget ud</h1>
      <p>Du er logget ud af SSP-løsningen. Luk browseren, hvis du bruger en fælles computer.</p>
      <p><a href="/log-ind" class="button button-primary">Log ind igen</a></p>`,
  });
}
