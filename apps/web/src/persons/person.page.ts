import { ROLE_LABELS, isRole } from '@ssp/platform';
import { danishDateTime, shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import { capitalised } from '../pages/danish-text';
import { ACCESS_PURPOSES, PURPOSE_NAMES, type AccessPurpose } from './danish-labels';
import { radioGroup } from '../pages/forms';
import { pager } from '../pages/pager';
import type { AccessLogEntry, Decision, InterventionListItem, ListPage, MergeHistoryEntry, Note, Person, PersonReferral } from './persons.types';

/** The lists under a person, each a page of its own (`/personer/{pseudonym}/{slug}`). */
export const PERSON_LISTS = ['noter', 'beslutninger', 'indsatser', 'henvisninger', 'historik', 'adgangslog'] as const;
export type PersonList = (typeof PERSON_LISTS)[number];

export function isPersonList(value: unknown): value is PersonList {
  return typeof value === 'string' && (PERSON_LISTS as readonly string[]).includes(value);
}

export type PersonListPage =
  | { list: 'noter'; page: ListPage<Note> }
  | { list: 'beslutninger'; page: ListPage<Decision> }
  | { list: 'indsatser'; page: ListPage<InterventionListItem> }
  | { list: 'henvisninger'; page: ListPage<PersonReferral> }
  | { list: 'historik'; page: ListPage<MergeHistoryEntry> }
  | { list: 'adgangslog'; page: ListPage<AccessLogEntry> };

/** What the person's page shows: the person, and the first part of each list. */
export interface PersonOverview {
  person: Person;
  lists: PersonListPage[];
}

const LIST_TITLES: Readonly<Record<PersonList, string>> = {
  noter: 'Noter',
  beslutninger: 'Beslutninger',
  indsatser: 'Indsatser',
  henvisninger: 'Henvisninger',
  historik: 'Historik: sammenlægninger',
  adgangslog: 'Hvem har læst oplysningerne',
};

const LIST_EMPTY: Readonly<Record<PersonList, string>> = {
  noter: 'Der er ingen noter om personen.',
  beslutninger: 'Mandagsgruppen har ikke truffet beslutninger om personen.',
  indsatser: 'Der er ingen indsatser for personen.',
  henvisninger: 'Personen er ikke henvist.',
  historik: 'Personen er ikke lagt sammen med andre.',
  adgangslog: 'Ingen har læst personens oplysninger.',
};

/** The lists' order on the page, oldest first in each as the service gives them. */
const ORDER_NOTE: Readonly<Record<PersonList, string>> = {
  noter: 'ældste først',
  beslutninger: 'ældste først',
  indsatser: 'efter frist',
  henvisninger: 'ældste først',
  historik: 'ældste først',
  adgangslog: 'ældste først',
};

export function personPath(pseudonym: string, purpose: AccessPurpose, list?: PersonList, after?: string): string {
  const query = new URLSearchParams({ formaal: purpose });
  if (after) query.set('efter', after);
  return `/personer/${pseudonym}${list ? `/${list}` : ''}?${query.toString()}`;
}

function table(caption: string, headers: readonly string[], rows: readonly Html[]): Html {
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${caption}, kan rulles til siden">
      <table class="table table--zebra">
        <caption>${caption}</caption>
        <thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
        <tbody>${rows}</tbody>
      </table>
    </div>`;
}

const orDash = (text: string | null | undefined): string => (text === null || text === undefined || text === '' ? '–' : text);

function roleNames(roles: readonly string[]): string {
  return roles.map((role) => (isRole(role) ? ROLE_LABELS[role] : role)).join(', ');
}

function listRows(entry: PersonListPage, purpose: AccessPurpose): { headers: string[]; rows: Html[] } {
  switch (entry.list) {
    case 'noter':
      return {
        headers: ['Skrevet', 'Af', 'Formål (§ 115)', 'Note', 'Hvorfor delt'],
        rows: entry.page.items.map(
          (note) => html`<tr><td>${danishDateTime(note.writtenAt)}</td><td>${note.authorName ?? note.author}<br><span class="small-text">${note.body}</span></td><td>${note.legalBasis}</td><td>${orDash(note.text)}</td><td>${orDash(note.necessity)}</td></tr>`,
        ),
      };
    case 'beslutninger':
      return {
        headers: ['Besluttet', 'Beslutning', 'Sagen derefter', 'Note', 'Familieafdelingens vurdering'],
        rows: entry.page.items.map((decision) => {
          const assessment = decision.familyDepartmentAssessment;
          return html`<tr><td>${danishDateTime(decision.decidedAt)}${decision.meetingDate ? html`<br><span class="small-text">mødet ${shortDanishDay(decision.meetingDate)}</span>` : ''}<br><span class="small-text">af ${decision.decidedBy}</span></td>
            <td>${decision.kindText}${decision.referralBodyName ? html` til ${decision.referralBodyName}` : ''}${decision.referral ? html`<br><span class="small-text">Henvisningen: ${decision.referral.statusText}</span>` : ''}</td>
            <td>${capitalised(decision.caseStateText)}</td><td>${orDash(decision.note)}</td>
            <td>${assessment ? (assessment.conclusionText ?? (assessment.answeredAt ? 'Vurderet' : `Afventer, frist ${danishDateTime(assessment.dueAt)}`)) : '–'}</td></tr>`;
        }),
      };
    case 'indsatser':
      return {
        headers: ['Indsats', 'Ansvarlig', 'Frist', 'Status', 'Resultat'],
        rows: entry.page.items.map(
          (item) => html`<tr><td>${item.title}</td><td>${item.ownerSubject ?? item.responsibleText ?? '–'}<br><span class="small-text">${item.ownerBody}</span></td>
            <td>${shortDanishDay(item.deadline)}${item.overdue ? html`<br><strong>Overskredet</strong>` : ''}</td><td>${capitalised(item.statusText)}</td><td>${orDash(item.outcome)}</td></tr>`,
        ),
      };
    case 'henvisninger':
      return {
        headers: ['Henvist', 'Til', 'Begrundelse', 'Status', 'Svar'],
        rows: entry.page.items.map(
          (referral) => html`<tr><td>${danishDateTime(referral.referredAt)}<br><span class="small-text">af ${referral.referredBy}</span></td><td>${referral.receiverName}</td><td>${orDash(referral.reason)}</td>
            <td>${capitalised(referral.statusText)}</td><td>${referral.answeredAt ? html`${danishDateTime(referral.answeredAt)}${referral.answerNote ? html`: ${referral.answerNote}` : ''}` : '–'}</td></tr>`,
        ),
      };
    case 'historik':
      return {
        headers: ['Lagt sammen', 'Personen', 'Lagt ind i', 'Taget tilbage'],
        rows: entry.page.items.map(
          (merge) => html`<tr><td>${danishDateTime(merge.mergedAt)}<br><span class="small-text">af ${merge.mergedBy}</span></td>
            <td><a href="${personPath(merge.merged, purpose)}">${merge.merged.slice(0, 12)}…</a></td><td><a href="${personPath(merge.into, purpose)}">${merge.into.slice(0, 12)}…</a></td>
            <td>${merge.unmergedAt ? html`${danishDateTime(merge.unmergedAt)} af ${merge.unmergedBy ?? '–'}` : 'Nej'}</td></tr>`,
        ),
      };
    case 'adgangslog':
      return {
        headers: ['Tidspunkt', 'Bruger', 'Roller', 'Læste', 'Formål'],
        rows: entry.page.items.map(
          (read) => html`<tr><td>${danishDateTime(read.accessedAt)}</td><td>${read.actor}</td><td>${roleNames(read.actorRoles)}</td><td>${capitalised(read.actionText)}</td><td>${capitalised(read.purposeText)}</td></tr>`,
        ),
      };
  }
}

/** A list on the person's page (capped, with a link to all of it) or on its own page (with the next page's link). */
function listSection(pseudonym: string, purpose: AccessPurpose, entry: PersonListPage, whole: { after?: string } | null): Html {
  const title = LIST_TITLES[entry.list];
  if (entry.page.items.length === 0) return html`<p>${whole?.after ? 'Der er ikke flere.' : LIST_EMPTY[entry.list]}</p>`;
  const { headers, rows } = listRows(entry, purpose);
  const caption = `${title} (${ORDER_NOTE[entry.list]})${whole?.after ? ', fortsat' : ''}`;
  const more = whole
    ? pager({ path: personPath(pseudonym, purpose, entry.list), label: 'Sider', next: entry.page.next, onLaterPage: Boolean(whole.after) })
    : entry.page.next
      ? html`<p><a href="${personPath(pseudonym, purpose, entry.list)}">Se alle: ${title.toLowerCase()}</a></p>`
      : html``;
  return html`${table(caption, headers, rows)}${more}`;
}

function identitySection(person: Person): Html {
  if (person.identityError) return html`<div class="alert alert-warning"><div class="alert-body"><p class="alert-text">${person.identityError.message}</p></div></div>`;
  const identity = person.identity;
  if (!identity) return html`<p>Der er ingen identitet for personen, kun pseudonymet.</p>`;
  const rows: [string, string][] = [
    ['Navn', identity.name],
    ['Fødselsdato', shortDanishDay(identity.birthDate)],
    ['CPR-nummer', identity.cpr ? `${identity.cpr.slice(0, 6)}-${identity.cpr.slice(6)}` : 'Ikke kendt'],
    ['Skole', identity.school ?? 'Ikke kendt'],
    ['Adresse', identity.protectedAddress ? 'Adressebeskyttet' : [identity.address, identity.postalCode].filter(Boolean).join(', ') || 'Ikke kendt'],
  ];
  return html`<table class="table">
      <caption>Identitet${person.pseudonymStrength === 'weak' ? ' (kendt ved navn og fødselsdato, ikke CPR-nummer)' : ''}</caption>
      <tbody>${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}</tbody>
    </table>`;
}

function incidentsSection(person: Person): Html {
  if (person.incidents.length === 0) return html`<p>Personen står ikke på nogen politiliste.</p>`;
  return html`${table(
    'Hændelser fra politiets lister (nyeste først)',
    ['Dato', 'Forhold', 'Rolle', 'Sted', 'Journalnr.', 'Mandagsgruppen'],
    person.incidents.map(
      (incident) => html`<tr><td>${shortDanishDay(incident.incidentDate)}</td><td>${incident.offenceCategoryText}${incident.offenceText ? html`<br><span class="small-text">${incident.offenceText}</span>` : ''}</td>
        <td>${incident.roleText}</td><td>${orDash(incident.incidentLocation)}${incident.school ? html`<br><span class="small-text">${incident.school}</span>` : ''}</td><td>${incident.journalNumber}</td><td>${incident.reviewText}</td></tr>`,
    ),
  )}${person.moreIncidents > 0 ? html`<p>Og ${person.moreIncidents} ældre hændelser, som ikke vises her (se personens registerudtræk).</p>` : ''}`;
}

function concernsSection(person: Person): Html {
  if (person.concerns.length === 0) return html`<p>Ingen har rejst en bekymring for personen.</p>`;
  return html`${table(
    'Bekymringer fra samarbejdets parter (nyeste først)',
    ['Rejst', 'Fra', 'Formål (§ 115)', 'Område', 'Bekymringen', 'Mandagsgruppen'],
    person.concerns.map(
      (concern) => html`<tr><td>${shortDanishDay(concern.raisedOn)}${concern.raisedBy ? html`<br><span class="small-text">af ${concern.raisedBy}</span>` : ''}</td><td>${concern.sourceText}</td><td>${concern.legalBasisText}</td>
        <td>${concern.areaText}</td><td>${orDash(concern.worry)}</td><td>${concern.reviewText}</td></tr>`,
    ),
  )}${person.moreConcerns > 0 ? html`<p>Og ${person.moreConcerns} ældre bekymringer, som ikke vises her.</p>` : ''}`;
}

function purposeLine(pseudonym: string, purpose: AccessPurpose): Html {
  return html`<p>Formål med opslaget: <strong>${PURPOSE_NAMES[purpose]}</strong>. <a href="/personer/${pseudonym}">Skift formål</a></p>`;
}

/** A person of concern, as case coordination gives them to this person for the purpose they stated. */
export function personPage(session: ActiveSession, overview: PersonOverview, purpose: AccessPurpose): string {
  const { person } = overview;
  const name = person.identity?.name ?? 'Person uden kendt navn';
  return renderPage({
    title: name,
    signedIn: session,
    main: html`
      <h1>${name}</h1>
      ${purposeLine(person.pseudonym, purpose)}
      <p>Sag: <strong>${person.caseStateText ?? 'Ingen sag'}</strong></p>
      <h2>Identitet</h2>
      ${identitySection(person)}
      <h2>Hændelser</h2>
      ${incidentsSection(person)}
      <h2>Bekymringer</h2>
      ${concernsSection(person)}
      ${overview.lists.map((entry) => html`<h2>${LIST_TITLES[entry.list]}</h2>${listSection(person.pseudonym, purpose, entry, null)}`)}
      <p class="small-text">Alt, du ser her, er skrevet i personens adgangslog med dit navn og formålet.</p>`,
  });
}

/** One of a person's lists, a page at a time. */
export function personListPage(session: ActiveSession, pseudonym: string, purpose: AccessPurpose, entry: PersonListPage, after: string | undefined): string {
  const title = LIST_TITLES[entry.list];
  return renderPage({
    title,
    signedIn: session,
    main: html`
      <p><a href="${personPath(pseudonym, purpose)}" class="back-link">Tilbage til personens side</a></p>
      <h1>${title}</h1>
      ${purposeLine(pseudonym, purpose)}
      ${listSection(pseudonym, purpose, entry, { after })}`,
  });
}

/** Nothing is read before the person says why: the purpose goes into the person's access log. */
export function purposePage(session: ActiveSession, pseudonym: string, list?: PersonList): string {
  return renderPage({
    title: 'Hvorfor slår du personen op?',
    signedIn: session,
    main: html`
      <h1>Hvorfor slår du personen op?</h1>
      <p class="font-lead">Formålet bliver skrevet i personens adgangslog sammen med dit navn, og personen kan se det.</p>
      <form method="get" action="/personer/${pseudonym}${list ? `/${list}` : ''}">
        ${radioGroup({
          id: 'formaal',
          legend: 'Formål',
          value: '',
          choices: ACCESS_PURPOSES.map((purpose) => ({ value: purpose, text: PURPOSE_NAMES[purpose] })),
          errors: [],
        })}
        <button type="submit" class="button button-primary">Vis personen</button>
      </form>`,
  });
}
