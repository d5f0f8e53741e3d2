import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import { unanswered } from './operations.page';
import { serviceText, type ChainVerification, type OperatedService, type Reading } from './operations.types';

export interface ServiceVerification {
  service: OperatedService;
  verification: Reading<ChainVerification>;
}

const PROBLEMS: Readonly<Record<string, string>> = {
  altered: 'Ændret efter, den blev skrevet',
  missing: 'Mangler',
  relinked: 'Kædet forkert sammen',
};

function verificationOf(verification: ChainVerification): Html {
  const checked = verification.entriesChecked.toLocaleString('da-DK');
  if (verification.ok) {
    return html`<p><strong>I orden.</strong> ${checked} poster er kontrolleret${verification.head ? `, til og med nr. ${verification.head.seq}` : ''}; ingen er ændret, mangler eller er kædet forkert sammen.</p>`;
  }
  return html`<div class="alert alert-error"><div class="alert-body">
      <p class="alert-heading">Revisionssporet er ikke i orden</p>
      <p class="alert-text">${checked} poster er kontrolleret, og ${verification.problems.length} har problemer.</p>
    </div></div>
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Problemer i revisionssporet, kan rulles til siden">
      <table class="table table--zebra">
        <caption>Poster med problemer</caption>
        <thead><tr><th scope="col" class="align-text-right">Nr.</th><th scope="col">Problem</th><th scope="col">Detaljer</th></tr></thead>
        <tbody>${verification.problems.map(
          (problem) => html`<tr><td class="align-text-right">${problem.seq}</td><td>${PROBLEMS[problem.problem] ?? problem.problem} <span class="small-text">(<code>${problem.problem}</code>)</span></td><td>${problem.detail}</td></tr>`,
        )}</tbody>
      </table>
    </div>`;
}

/** Each service's audit log walked from the start: whether any entry was altered, is missing or was re-linked. */
export function auditVerificationPage(session: ActiveSession, verifications: readonly ServiceVerification[]): string {
  return renderPage({
    title: 'Kontrol af revisionsspor',
    current: 'operations',
    signedIn: session,
    main: html`
      <p><a href="/drift" class="back-link">Tilbage til drift</a></p>
      <h1>Kontrol af revisionsspor</h1>
      <p class="font-lead">Hver tjeneste gennemgår hele sit revisionsspor og kontrollerer, at ingen post er ændret, mangler eller er kædet forkert sammen. Det tager længere tid, jo længere sporet er.</p>
      ${verifications.map(
        ({ service, verification }) => html`<h2>${serviceText(service)} <span class="small-text">(<code>${service}</code>)</span></h2>
          ${unanswered(verification, 'kontrollen af revisionssporet') ?? (verification.kind === 'answer' ? verificationOf(verification.body) : '')}`,
      )}`,
  });
}
