import type { ActiveSession } from '../session/session.service';
import { shortDanishDay } from '../pages/danish-dates';
import { formToken, noticeOf, successNotice } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { pager } from '../pages/pager';
import { ACTION_ITEM_STATUS_TEXT } from './group-texts';
import { groupHref, groupPage, meetingHref, tableRegion } from './group-frame';
import type { ActionItem, ActionItemPage, Body } from './network-groups.types';

/** Which of the group's action items the list shows, by the word in its address. */
export const ACTION_ITEM_FILTERS = { aabne: 'open', udfoerte: 'done', alle: undefined } as const;
export type ActionItemFilter = keyof typeof ACTION_ITEM_FILTERS;

export function actionItemFilter(value: unknown): ActionItemFilter {
  return typeof value === 'string' && Object.hasOwn(ACTION_ITEM_FILTERS, value) ? (value as ActionItemFilter) : 'aabne';
}

export const ACTION_ITEM_NOTICES = { udfoert: 'Opgaven er meldt udført.' } as const;

const FILTER_TEXT: Readonly<Record<ActionItemFilter, string>> = { aabne: 'Åbne', udfoerte: 'Udførte', alle: 'Alle' };

/** The button that marks an open action item done; it returns to the page it is on (`back`: the list, or the meeting). */
export function doneButton(session: ActiveSession, item: ActionItem, back: 'opgaver' | 'moede'): Html {
  if (item.status === 'done') return html``;
  return html`<form method="post" action="${meetingHref(item.bodyId, item.meetingId)}/opgaver/${encodeURIComponent(item.id)}/udfoert" class="no-print">
      ${formToken(session)}<input type="hidden" name="tilbage" value="${back}">
      <button type="submit" class="button button-secondary button-small">Meld udført<span class="sr-only"> (${item.title})</span></button>
    </form>`;
}

/** An action item's row: what, who, by when, its status, the meeting it came from, and the button to mark it done. */
export function actionItemRow(session: ActiveSession, item: ActionItem, back: 'opgaver' | 'moede'): Html {
  return html`<tr>
    <th scope="row">${item.title}</th>
    <td>${item.ownerName}</td>
    <td>${shortDanishDay(item.deadline)}</td>
    <td>${ACTION_ITEM_STATUS_TEXT[item.status]}${item.doneAt ? html` (${shortDanishDay(item.doneAt.slice(0, 10))})` : ''}</td>
    ${back === 'opgaver' ? html`<td><a href="${meetingHref(item.bodyId, item.meetingId)}">Mødet</a></td>` : ''}
    <td>${doneButton(session, item, back)}</td>
  </tr>`;
}

/** The group's action items from all its meetings, by deadline; open ones unless another filter is chosen. */
export function actionItemsPage(session: ActiveSession, body: Body, items: ActionItemPage, filter: ActionItemFilter, cursor: string | undefined, noticeCode: unknown): string {
  const path = `${groupHref(body.id, 'opgaver')}?status=${filter}`;
  return groupPage(
    session,
    body,
    'actionItems',
    'Opgaver',
    html`<h1>Opgaver i ${body.name}</h1>
      ${successNotice(noticeOf(ACTION_ITEM_NOTICES, noticeCode))}
      <p>Opgaverne fra gruppens møder, den nærmeste frist først. Den ansvarlige får en notifikation, når fristen er nået.</p>
      <nav aria-label="Vis opgaver"><ul class="nobullet-list agenda-pager">${(Object.keys(FILTER_TEXT) as ActionItemFilter[]).map((key) =>
        key === filter
          ? html`<li><a href="${groupHref(body.id, 'opgaver')}?status=${key}" aria-current="page"><strong>${FILTER_TEXT[key]}</strong></a></li>`
          : html`<li><a href="${groupHref(body.id, 'opgaver')}?status=${key}">${FILTER_TEXT[key]}</a></li>`,
      )}</ul></nav>
      ${
        items.items.length === 0
          ? html`<p>Der er ingen ${FILTER_TEXT[filter].toLowerCase()} opgaver${cursor ? ' på denne side' : ''}.</p>`
          : tableRegion(
              'Opgaver',
              html`<table class="table table--zebra">
                <caption>${FILTER_TEXT[filter]} opgaver${cursor ? ' (fortsat)' : ''}</caption>
                <thead><tr><th scope="col">Opgave</th><th scope="col">Ansvarlig</th><th scope="col">Frist</th><th scope="col">Status</th><th scope="col">Fra mødet</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
                <tbody>${items.items.map((item) => actionItemRow(session, item, 'opgaver'))}</tbody>
              </table>`,
            )
      }
      ${pager({ path, label: 'Sider med opgaver', next: items.next, onLaterPage: cursor !== undefined })}`,
  );
}
