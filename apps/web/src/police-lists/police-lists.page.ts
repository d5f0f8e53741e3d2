import type { Refusal } from '../api/service-answer';
import { danishDateTime, shortDanishDay } from '../pages/danish-dates';
import { errorSummary, fieldErrorMessage, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { pager } from '../pages/pager';
import type { ActiveSession } from '../session/session.service';
import type { PoliceListPage, PoliceListSummary, RowErrorPage } from './police-list-ingestion.types';
import { UPLOAD_PROGRESS_SCRIPT_PATH } from './upload-progress.script';

function count(value: number): string {
  return value.toLocaleString('da-DK');
}

function listRow(list: PoliceListSummary): Html {
  return html`<tr>
    <th scope="row"><a href="/politilister/${list.id}">${list.fileName}</a></th>
    <td>${danishDateTime(list.ingestedAt)}</td>
    <td>${list.listDate ? shortDanishDay(list.listDate) : 'Ikke angivet'}</td>
    <td class="align-text-right">${count(list.accepted)}</td>
    <td class="align-text-right">${count(list.rejected)}</td>
    <td class="align-text-right">${count(list.duplicates)}</td>
  </tr>`;
}

/** The lists read so far, newest first, a page at a time, with the way to upload one and to the reference tables. */
export function policeListsPage(session: ActiveSession, page: PoliceListPage, onLaterPage: boolean): string {
  return renderPage({
    title: 'Politilister',
    current: 'policeLists',
    signedIn: session,
    main: html`
      <h1>Politilister</h1>
      <p class="font-lead">Politiets SSP-lister, som de er indlæst. Hver række på en liste bliver enten taget med, afvist med en begrundelse eller genkendt som en dublet.</p>
      <p><a href="/politilister/ny" class="button button-primary">Indlæs en politiliste</a></p>
      ${
        page.items.length === 0
          ? html`<p>Der er ikke indlæst nogen politilister${onLaterPage ? ' på denne side' : ''}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Indlæste politilister, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Indlæste politilister, nyeste først${onLaterPage ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Fil</th><th scope="col">Indlæst</th><th scope="col">Listens dato</th><th scope="col" class="align-text-right">Taget med</th><th scope="col" class="align-text-right">Afvist</th><th scope="col" class="align-text-right">Dubletter</th></tr></thead>
          <tbody>${page.items.map(listRow)}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: '/politilister', label: 'Sider med politilister', next: page.next, onLaterPage })}
      <h2>Opslagstabeller</h2>
      <p>Rækkerne fordeles efter tabellerne, som de er, når listen indlæses.</p>
      <ul>
        <li><a href="/omraader">Områder (postnumre og skoler)</a></li>
        <li><a href="/lovovertraedelseskategorier">Lovovertrædelseskategorier</a></li>
      </ul>`,
  });
}

/**
 * The upload form: a multipart form streamed on to ingestion, so its form token travels in
 * the action URL. A refused file is named in an error summary; a browser cannot keep a chosen
 * file, so the person chooses it again. The form works as it is; its script (the only one in
 * the app, `upload-progress.script.ts`) sends it itself to show its progress, using the
 * hidden progress bar, the empty status line and the hidden failure message put here for it.
 */
export function uploadPage(session: ActiveSession, refusal: Refusal | null): string {
  const errors: FieldError[] = refusal ? [{ field: 'file', message: refusal.message, code: refusal.code }] : [];
  return renderPage({
    title: refusal ? 'Fejl: Indlæs en politiliste' : 'Indlæs en politiliste',
    current: 'policeLists',
    signedIn: session,
    main: html`
      <p><a href="/politilister" class="back-link">Tilbage til politilisterne</a></p>
      <h1>Indlæs en politiliste</h1>
      ${errorSummary(errors, { heading: 'Listen blev ikke indlæst' })}
      <p>Vælg politiets liste som CSV (semikolon, komma eller tabulator) eller som Excel-fil (XLSX). Hver række bliver kontrolleret; rækker med fejl bliver afvist med linje, kolonne og årsag, og resten bliver taget med.</p>
      <p>En stor fil tager et stykke tid at sende og kontrollere. Siden viser, hvor langt den er nået; luk ikke siden imens.</p>
      <div class="alert alert-error" id="upload-failure" tabindex="-1" hidden>
        <div class="alert-body">
          <p class="alert-heading">Listen blev ikke sendt</p>
          <p class="alert-text"></p>
        </div>
      </div>
      <form method="post" action="/politilister/ny?_csrf=${encodeURIComponent(session.formToken)}" enctype="multipart/form-data" data-upload-progress>
        <div class="form-group${refusal ? ' form-error' : ''}">
          <label class="form-label" for="file">Politiliste</label>
          <span class="form-hint" id="file-hint">CSV eller XLSX, som politiet har sendt den.</span>
          ${fieldErrorMessage('file', errors)}
          <input type="file" id="file" name="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="file-hint${refusal ? ' file-error' : ''}">
        </div>
        <button type="submit" class="button button-primary">Indlæs listen</button>
      </form>
      <div class="form-group" id="upload-progress" hidden>
        <label class="form-label" for="upload-progress-bar">Listen sendes</label>
        <progress id="upload-progress-bar" class="w-percent-100" max="1" value="0" aria-describedby="upload-progress-text"></progress>
        <p class="form-hint" id="upload-progress-text"></p>
      </div>
      <p class="sr-only" id="upload-status" role="status" aria-live="polite"></p>
      <script src="${UPLOAD_PROGRESS_SCRIPT_PATH}" defer></script>`,
  });
}

function summaryTable(list: PoliceListSummary): Html {
  const row = (label: string, value: number) => html`<tr><th scope="row">${label}</th><td class="align-text-right">${count(value)}</td></tr>`;
  return html`<table class="table table--compact">
    <caption>Rækkerne i ${list.fileName}</caption>
    <thead><tr><th scope="col">Rækker</th><th scope="col" class="align-text-right">Antal</th></tr></thead>
    <tbody>
      ${row('Taget med', list.accepted)}
      ${row('Afvist', list.rejected)}
      ${row('Dubletter (allerede indlæst)', list.duplicates)}
      ${row('Tomme', list.blank)}
      ${row('I alt', list.rows)}
    </tbody>
  </table>`;
}

/** One list: what became of its rows, as ingestion counted them, and where the rejected rows are. */
export function policeListPage(session: ActiveSession, list: PoliceListSummary, seenBefore: boolean): string {
  return renderPage({
    title: `Politiliste ${list.fileName}`,
    current: 'policeLists',
    signedIn: session,
    main: html`
      <p><a href="/politilister" class="back-link">Tilbage til politilisterne</a></p>
      <h1>Politiliste ${list.fileName}</h1>
      ${
        seenBefore
          ? html`<div class="alert alert-info" role="status"><div class="alert-body"><p class="alert-text">Præcis denne fil er indlæst før. Intet er ændret; her er resultatet fra dengang.</p></div></div>`
          : ''
      }
      <p class="font-lead">Indlæst ${danishDateTime(list.ingestedAt)}${list.listDate ? html`, listens dato ${shortDanishDay(list.listDate)}` : ''}.</p>
      ${summaryTable(list)}
      ${list.unknownColumns.length > 0 ? html`<p>Disse kolonner kendes ikke og er sprunget over: ${list.unknownColumns.join(', ')}.</p>` : ''}
      ${
        list.rejected > 0
          ? html`<h2>Afviste rækker</h2>
      <p>${count(list.rejected)} ${list.rejected === 1 ? 'række blev afvist' : 'rækker blev afvist'} med ${count(list.errorCount)} fejl. Ret rækkerne i filen, og indlæs dem igen: rækker, der allerede er taget med, bliver genkendt som dubletter.</p>
      <ul>
        <li><a href="/politilister/${list.id}/afviste">Se de afviste rækker med linje, kolonne og årsag</a></li>
        <li><a href="/politilister/${list.id}/afviste.csv" download>Hent de afviste rækker til Excel (CSV)</a></li>
      </ul>`
          : html`<p>Ingen rækker blev afvist.</p>`
      }
      <p><a href="/politilister/ny" class="button button-secondary">Indlæs en politiliste</a></p>`,
  });
}

function errorRow(error: RowErrorPage['items'][number]): Html {
  return html`<tr>
    <th scope="row" class="align-text-right">${error.line}</th>
    <td>${error.column ?? 'Hele rækken'}</td>
    <td>${error.reason}<br><span class="small-text">Kode: <code>${error.code}</code></span></td>
  </tr>`;
}

/** The rejected rows of one list, in file order, a page at a time: line, column as in the file, and the Danish reason. */
export function rejectedRowsPage(session: ActiveSession, list: PoliceListSummary, page: RowErrorPage, onLaterPage: boolean): string {
  const self = `/politilister/${list.id}/afviste`;
  return renderPage({
    title: `Afviste rækker i ${list.fileName}`,
    current: 'policeLists',
    signedIn: session,
    main: html`
      <p><a href="/politilister/${list.id}" class="back-link">Tilbage til listen</a></p>
      <h1>Afviste rækker i ${list.fileName}</h1>
      <p class="font-lead">Linjen er linjen i filen (i Excel: rækken). Ret fejlene i filen, og indlæs den igen.</p>
      <p><a href="${self}.csv" download>Hent alle de afviste rækker til Excel (CSV)</a></p>
      ${
        page.items.length === 0
          ? html`<p>Der er ingen afviste rækker${onLaterPage ? ' på denne side' : ''}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Afviste rækker, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Fejl i ${list.fileName}, i filens rækkefølge${onLaterPage ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col" class="align-text-right">Linje</th><th scope="col">Kolonne</th><th scope="col">Årsag</th></tr></thead>
          <tbody>${page.items.map(errorRow)}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: self, label: 'Sider med afviste rækker', next: page.next, onLaterPage })}
      <p><a href="/politilister/ny" class="button button-secondary">Indlæs de rettede rækker</a></p>`,
  });
}
