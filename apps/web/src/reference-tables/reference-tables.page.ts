import type { Refusal } from '../api/service-answer';
import { errorSummary, formToken, successNotice, textField } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import { BLANK_ROWS, type AreaFormRow, type OffenceCategoryFormRow } from './reference-table-form';
import type { Area, OffenceCategory } from './reference-tables.types';

/** Ingestion's own words for what a change applies to (APPLIES_TO_NEW_ROWS), shown after a change. */
const SAVED = 'Tabellen er gemt. Ændringen gælder rækker i lister, der indlæses fra nu af. Hændelser, der allerede er indlæst, beholder deres område og kategori.';

function list(items: string[] | undefined): Html | string {
  return items && items.length > 0 ? html`<ul class="nobullet-list">${items.map((item) => html`<li>${item}</li>`)}</ul>` : html`<span>Ingen</span>`;
}

function tablePage(session: ActiveSession, title: string, intro: Html, caption: string, head: Html, rows: Html[], editHref: string, editText: string, saved: boolean): string {
  return renderPage({
    title,
    current: 'policeLists',
    signedIn: session,
    main: html`
      <p><a href="/politilister" class="back-link">Tilbage til politilisterne</a></p>
      <h1>${title}</h1>
      ${successNotice(saved ? SAVED : null)}
      ${intro}
      <p><a href="${editHref}" class="button button-secondary">${editText}</a></p>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${caption}, kan rulles til siden">
        <table class="table table--zebra">
          <caption>${caption}</caption>
          <thead>${head}</thead>
          <tbody>${rows}</tbody>
        </table>
      </div>`,
  });
}

export function areasPage(session: ActiveSession, areas: Area[], saved: boolean): string {
  return tablePage(
    session,
    'Områder',
    html`<p class="font-lead">En række på en politiliste hører til det område, personens postnummer hører til, eller ellers skolens.</p>`,
    'Områderne og deres postnumre og skoler',
    html`<tr><th scope="col">Område</th><th scope="col">Id</th><th scope="col">Postnumre</th><th scope="col">Skoler</th></tr>`,
    areas.map((area) => html`<tr><th scope="row">${area.name}</th><td><code>${area.id}</code></td><td>${area.postalCodes.join(', ') || 'Ingen'}</td><td>${list(area.schools)}</td></tr>`),
    '/omraader/ret',
    'Ret områderne',
    saved,
  );
}

export function offenceCategoriesPage(session: ActiveSession, categories: OffenceCategory[], saved: boolean): string {
  return tablePage(
    session,
    'Lovovertrædelseskategorier',
    html`<p class="font-lead">En lovovertrædelse hører til den første kategori i rækkefølgen, hvis mønstre passer på gerningskoden eller beskrivelsen. En kategori uden mønstre tager resten.</p>`,
    'Kategorierne i rækkefølge med deres mønstre',
    html`<tr><th scope="col">Kategori</th><th scope="col">Id</th><th scope="col">Mønstre</th></tr>`,
    categories.map((category) => html`<tr><th scope="row">${category.da}</th><td><code>${category.id}</code></td><td>${list(category.patterns)}</td></tr>`),
    '/lovovertraedelseskategorier/ret',
    'Ret kategorierne',
    saved,
  );
}

interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
}

function rowFieldset(index: number, legend: string, fields: FieldSpec[], values: Record<string, unknown>, remove: boolean, isNew: boolean): Html {
  const input = (spec: FieldSpec) =>
    textField({ id: `${spec.name}-${index}`, label: spec.label, hint: spec.hint, value: String(values[spec.name] ?? ''), multiline: spec.multiline, rows: 3 });
  return html`<fieldset class="reference-row">
      <legend class="h3">${legend}</legend>
      ${fields.map(input)}
      ${
        isNew
          ? ''
          : html`<div class="form-group-checkbox">
        <input type="checkbox" class="form-checkbox" id="remove-${index}" name="remove-${index}"${remove ? ' checked' : ''}>
        <label class="form-label" for="remove-${index}">Fjern denne række</label>
      </div>`
      }
    </fieldset>`;
}

function formPage(session: ActiveSession, title: string, action: string, intro: Html, rows: Html[], count: number, refusal: Refusal | null, back: string): string {
  return renderPage({
    title: refusal ? `Fejl: ${title}` : title,
    current: 'policeLists',
    signedIn: session,
    main: html`
      <p><a href="${back}" class="back-link">Tilbage uden at gemme</a></p>
      <h1>${title}</h1>
      ${errorSummary(refusal ? [{ field: 'tabel', message: refusal.message, code: refusal.code }] : [], {
        heading: 'Tabellen blev ikke gemt',
        note: 'Det, du skrev, står herunder; ret det, og gem igen.',
      })}
      ${intro}
      <form method="post" action="${action}" id="tabel">
        ${formToken(session)}
        <input type="hidden" name="rows" value="${count}">
        ${rows}
        <button type="submit" class="button button-primary">Gem tabellen</button>
      </form>`,
  });
}

const AREA_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Navn' },
  { name: 'id', label: 'Id', hint: 'Små bogstaver, cifre og bindestreger, fx randers-c. Et nyt id er et nyt område med sin egen netværksgruppe.' },
  { name: 'postalCodes', label: 'Postnumre', hint: 'Fire cifre hver, adskilt af komma, fx 8950, 8970.' },
  { name: 'schools', label: 'Skoler', hint: 'Én skole pr. linje. Bruges, når postnummeret ikke afgør området.', multiline: true },
];

export function areasFormPage(session: ActiveSession, rows: AreaFormRow[], refusal: Refusal | null): string {
  const all = [...rows, ...Array.from({ length: BLANK_ROWS }, (): AreaFormRow => ({ id: '', name: '', postalCodes: '', schools: '', remove: false }))];
  const fieldsets = all.map((row, index) =>
    rowFieldset(index, index < rows.length ? `Område ${index + 1}${row.name.trim() ? `: ${row.name.trim()}` : ''}` : `Nyt område ${index - rows.length + 1}`, AREA_FIELDS, { ...row }, row.remove, index >= rows.length),
  );
  return formPage(
    session,
    'Ret områderne',
    '/omraader/ret',
    html`<p class="font-lead">Ret, fjern eller tilføj områder, og gem hele tabellen. Tomme rækker bliver sprunget over.</p>`,
    fieldsets,
    all.length,
    refusal,
    '/omraader',
  );
}

const CATEGORY_FIELDS: FieldSpec[] = [
  { name: 'da', label: 'Navn' },
  { name: 'id', label: 'Id', hint: 'Små bogstaver, cifre og bindestreger, fx theft.' },
  { name: 'patterns', label: 'Mønstre', hint: 'Ét regulært udtryk pr. linje; store og små bogstaver er ens. Ingen mønstre: kategorien tager resten.', multiline: true },
];

export function offenceCategoriesFormPage(session: ActiveSession, rows: OffenceCategoryFormRow[], refusal: Refusal | null): string {
  const all = [...rows, ...Array.from({ length: BLANK_ROWS }, (): OffenceCategoryFormRow => ({ id: '', da: '', patterns: '', remove: false }))];
  const fieldsets = all.map((row, index) =>
    rowFieldset(index, index < rows.length ? `Kategori ${index + 1}${row.da.trim() ? `: ${row.da.trim()}` : ''}` : `Ny kategori ${index - rows.length + 1}`, CATEGORY_FIELDS, { ...row }, row.remove, index >= rows.length),
  );
  return formPage(
    session,
    'Ret lovovertrædelseskategorierne',
    '/lovovertraedelseskategorier/ret',
    html`<p class="font-lead">Kategorierne prøves i rækkefølgen herunder; den første, hvis mønster passer, vinder. Nye kategorier kommer sidst. Gem hele tabellen.</p>`,
    fieldsets,
    all.length,
    refusal,
    '/lovovertraedelseskategorier',
  );
}
