import { danishDateTime } from '../pages/danish-dates';
import { formToken, successNotice } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { pager } from '../pages/pager';
import type { ActiveSession } from '../session/session.service';
import type { OperationsNotice } from './operations-notices';
import { serviceText, type EmailOperations, type OperatedService, type OperationsStatus, type Reading, type ServiceOperations, type WaitingDeadLetter, type WaitingDeadLettersPage } from './operations.types';

function count(value: number): string {
  return value.toLocaleString('da-DK');
}

/** A wait in seconds as people read it: "45 sek.", "12 min.", "3 t. 5 min.". */
export function danishAge(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} sek.`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min.`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} t.` : `${hours} t. ${minutes % 60} min.`;
  return `${Math.floor(hours / 24)} døgn`;
}

/** What a section shows when the service refused or did not answer; null when it answered. */
export function unanswered(reading: Reading<unknown>, what: string): Html | null {
  if (reading.kind === 'answer') return null;
  const text =
    reading.kind === 'no-answer'
      ? `Tjenesten svarer ikke, så ${what} kan ikke vises.`
      : `Tjenesten afviste at vise ${what} (HTTP ${reading.status})${reading.message ? `: ${reading.message}` : '.'}`;
  return html`<div class="alert alert-warning"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
}

function staleNote(reading: { ok: boolean; readAt: string | null }): Html {
  if (reading.ok) return html``;
  return html`<p class="small-text">Den seneste aflæsning mislykkedes${reading.readAt ? html`; tallene er fra ${danishDateTime(reading.readAt)}` : ', og der er endnu ingen tal'}.</p>`;
}

function healthList(health: ServiceOperations['health']): Html {
  return html`<ul class="nobullet-list">
      <li>Kører (<code>/health/live</code>): <strong>${health.live ? 'Ja' : 'Svarer ikke'}</strong></li>
      <li>Klar til brug (<code>/health/ready</code>): <strong>${health.ready ? 'Ja' : 'Nej'}</strong></li>
    </ul>`;
}

function lagTable(service: OperatedService, status: OperationsStatus): Html {
  const { topics, reading } = status.consumer;
  if (topics.length === 0) return html`<p>Tjenesten læser ingen emner.</p>`;
  const number = (value: number | null) => (value === null ? 'Ukendt' : count(value));
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Emner, som ${serviceText(service)} læser, kan rulles til siden">
      <table class="table table--zebra">
        <caption>Emner, som tjenesten læser</caption>
        <thead><tr><th scope="col">Emne</th><th scope="col" class="align-text-right">Ubehandlede beskeder</th><th scope="col">Pr. partition</th><th scope="col" class="align-text-right">Fejlbeskeder på emnet (alle tjenester)</th><th scope="col" class="align-text-right">Fejlbeskeder, der venter her</th></tr></thead>
        <tbody>${topics.map(
          (topic) => html`<tr>
            <th scope="row"><code>${topic.topic}</code></th>
            <td class="align-text-right">${number(topic.lag)}</td>
            <td>${topic.partitions.filter((partition) => partition.lag > 0).map((partition) => `${partition.partition}: ${count(partition.lag)}`).join(', ') || 'Ingen venter'}</td>
            <td class="align-text-right">${number(topic.deadLettersOnTopic)}</td>
            <td class="align-text-right">${count(topic.deadLettersWaiting)}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>
    ${staleNote(reading)}`;
}

function outboxText(status: OperationsStatus): Html {
  const { backlog, oldestAgeSeconds, reading } = status.outbox;
  if (backlog === null) return html`<p>Udbakken kunne ikke aflæses.</p>${staleNote(reading)}`;
  const waiting = backlog === 0 ? 'Ingen hændelser venter på at blive sendt.' : `${count(backlog)} ${backlog === 1 ? 'hændelse venter' : 'hændelser venter'} på at blive sendt; den ældste har ventet ${danishAge(oldestAgeSeconds ?? 0)}.`;
  return html`<p>${waiting}</p>${staleNote(reading)}`;
}

/** Why a dead letter's message is gone, as the list says it. */
const CONTENT_REMOVED: Readonly<Record<string, string>> = {
  retention: 'Indholdet er slettet, fordi opbevaringsperioden udløb. Den kan ikke sendes tilbage, kun kasseres.',
  erasure: 'Indholdet er slettet, fordi personen, den handler om, er slettet. Den kan ikke sendes tilbage, kun kasseres.',
};

function actionForm(session: ActiveSession, service: OperatedService, letter: WaitingDeadLetter, action: 'send-tilbage' | 'kasser'): Html {
  const label = action === 'send-tilbage' ? 'Send tilbage' : 'Kassér';
  return html`<form method="post" action="/drift/${service}/fejlbeskeder/${letter.id}/${action}">
      ${formToken(session)}
      <button type="submit" class="button button-secondary">${label}<span class="sr-only"> fejlbeskeden fra ${danishDateTime(String(letter.failedAt))}</span></button>
    </form>`;
}

function deadLetterRow(session: ActiveSession, service: OperatedService, letter: WaitingDeadLetter): Html {
  const failedAgain = String(letter.lastFailedAt) !== String(letter.failedAt);
  return html`<tr>
    <td><code>${letter.topic}</code></td>
    <td>${danishDateTime(String(letter.failedAt))}${failedAgain ? html`<br><span class="small-text">Senest ${danishDateTime(String(letter.lastFailedAt))}</span>` : ''}</td>
    <td>${letter.reason}${letter.contentRemoved ? html`<br><strong>${CONTENT_REMOVED[letter.contentRemoved] ?? 'Indholdet er slettet.'}</strong>` : ''}</td>
    <td>Partition ${letter.originalPartition}, offset ${letter.originalOffset}</td>
    <td>${letter.eventId ? html`<code>${letter.eventId}</code>` : 'Ingen (ugyldig besked)'}${letter.eventType ? html`<br><span class="small-text">${letter.eventType}</span>` : ''}</td>
    <td>${letter.contentRemoved ? '' : actionForm(session, service, letter, 'send-tilbage')}${actionForm(session, service, letter, 'kasser')}</td>
  </tr>`;
}

function deadLetterList(session: ActiveSession, service: OperatedService, page: WaitingDeadLettersPage, onLaterPage: boolean): Html {
  const path = `/drift?tjeneste=${service}`;
  if (page.items.length === 0) return html`<p>Ingen fejlbeskeder venter${onLaterPage ? ' på denne side' : ''}.</p>${pager({ path, label: `Sider med fejlbeskeder hos ${serviceText(service)}`, next: page.next, onLaterPage })}`;
  return html`<p>Beskeder, tjenesten ikke kunne behandle. Ret årsagen først (fx en fejl i data eller en manglende opsætning), og send dem så tilbage: de behandles én gang, og de fjernes fra listen. En besked, der ikke skal behandles, kasseres. Beskedernes indhold vises ikke, og det slettes efter opbevaringsperioden, eller når personen, den handler om, slettes.</p>
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Fejlbeskeder hos ${serviceText(service)}, kan rulles til siden">
      <table class="table table--zebra">
        <caption>Fejlbeskeder, der venter, ældste først${onLaterPage ? ' (fortsat)' : ''}</caption>
        <thead><tr><th scope="col">Emne</th><th scope="col">Fejlede første gang</th><th scope="col">Årsag</th><th scope="col">Oprindelig placering</th><th scope="col">Hændelse</th><th scope="col">Handling</th></tr></thead>
        <tbody>${page.items.map((letter) => deadLetterRow(session, service, letter))}</tbody>
      </table>
    </div>
    ${pager({ path, label: `Sider med fejlbeskeder hos ${serviceText(service)}`, next: page.next, onLaterPage })}`;
}

const EMAIL_STATUS: Readonly<Record<string, string>> = { queued: 'I kø', unconfirmed: 'Ubekræftet', failed: 'Fejlet' };
const EMAIL_KIND: Readonly<Record<string, string>> = { notification: 'Besked', digest: 'Daglig oversigt' };

function emailSection(emails: Reading<EmailOperations>): Html {
  const refused = unanswered(emails, 'e-mailudsendelsen');
  if (refused || emails.kind !== 'answer') return html`<h3>E-mails</h3>${refused}`;
  const { counts, oldestQueuedAt, problems } = emails.body;
  return html`<h3>E-mails</h3>
    <ul class="nobullet-list">
      <li>I kø: <strong>${count(counts.queued)}</strong>${oldestQueuedAt ? html` (den ældste fra ${danishDateTime(oldestQueuedAt)})` : ''}</li>
      <li>Sendt: <strong>${count(counts.sent)}</strong></li>
      <li>Ubekræftet: <strong>${count(counts.unconfirmed)}</strong></li>
      <li>Fejlet: <strong>${count(counts.failed)}</strong></li>
    </ul>
    ${
      problems.length === 0
        ? html`<p>Ingen e-mails er fejlet eller ubekræftede.</p>`
        : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="E-mails med problemer, kan rulles til siden">
      <table class="table table--zebra">
        <caption>E-mails med problemer, nyeste først (højst 100; uden modtager og indhold)</caption>
        <thead><tr><th scope="col">Message-ID</th><th scope="col">Slags</th><th scope="col">Status</th><th scope="col" class="align-text-right">Forsøg</th><th scope="col">Seneste fejl</th><th scope="col">Oprettet</th></tr></thead>
        <tbody>${problems.map(
          (problem) => html`<tr>
            <td><code>${problem.messageId}</code></td>
            <td>${EMAIL_KIND[problem.kind] ?? problem.kind}</td>
            <td>${EMAIL_STATUS[problem.status] ?? problem.status}</td>
            <td class="align-text-right">${count(problem.attempts)}</td>
            <td>${problem.lastError ?? ''}</td>
            <td>${danishDateTime(problem.createdAt)}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>`
    }`;
}

function serviceSection(session: ActiveSession, operations: ServiceOperations, onLaterPage: boolean): Html {
  const { service, status, deadLetters } = operations;
  const heading = html`<h2 id="overskrift-${service}">${serviceText(service)} <span class="small-text">(<code>${service}</code>)</span></h2>`;
  if (status.kind === 'no-answer' && deadLetters.kind === 'no-answer' && operations.emails?.kind !== 'answer') {
    return html`<section id="tjeneste-${service}" aria-labelledby="overskrift-${service}">
      ${heading}
      ${healthList(operations.health)}
      ${unanswered(status, 'forsinkelse, fejlbeskeder og udbakke')}
    </section>`;
  }
  return html`<section id="tjeneste-${service}" aria-labelledby="overskrift-${service}">
      ${heading}
      ${healthList(operations.health)}
      <h3>Beskeder fra Kafka</h3>
      ${unanswered(status, 'forsinkelsen') ?? (status.kind === 'answer' ? lagTable(service, status.body) : '')}
      <h3>Fejlbeskeder</h3>
      ${unanswered(deadLetters, 'fejlbeskederne') ?? (deadLetters.kind === 'answer' ? deadLetterList(session, service, deadLetters.body, onLaterPage) : '')}
      <h3>Udbakke</h3>
      ${unanswered(status, 'udbakken') ?? (status.kind === 'answer' ? outboxText(status.body) : '')}
      ${operations.emails ? emailSection(operations.emails) : ''}
    </section>`;
}

function noticeOf(notice: OperationsNotice | null): Html {
  if (!notice) return html``;
  if (notice.kind === 'success') return successNotice(notice.text);
  return html`<div class="alert alert-error" role="alert"><div class="alert-body"><p class="alert-text">${notice.text}</p></div></div>`;
}

/**
 * The operators' page: each service's health, how far its consumer is behind, its dead
 * letters with buttons to send each back or discard it, its outbox, and network groups' e-mails. A
 * service that does not answer is shown as such. `pagedService` is the one whose dead
 * letters are on a later page.
 */
export function operationsPage(session: ActiveSession, services: readonly ServiceOperations[], notice: OperationsNotice | null, pagedService: OperatedService | null): string {
  return renderPage({
    title: 'Drift',
    current: 'operations',
    signedIn: session,
    main: html`
      <h1>Drift</h1>
      ${noticeOf(notice)}
      <p class="font-lead">Hvordan tjenesterne har det: om de kører, hvor mange beskeder de mangler at behandle, hvilke beskeder de ikke kunne behandle, og om deres hændelser kommer ud.</p>
      <p><a href="/drift/revisionsspor">Kontrollér tjenesternes revisionsspor</a></p>
      <nav aria-label="Tjenester"><ul>${services.map((operations) => html`<li><a href="#tjeneste-${operations.service}">${serviceText(operations.service)}</a></li>`)}</ul></nav>
      ${services.map((operations) => serviceSection(session, operations, operations.service === pagedService))}`,
  });
}
