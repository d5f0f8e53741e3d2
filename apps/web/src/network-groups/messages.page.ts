import type { ActiveSession } from '../session/session.service';
import { longDanishDateTime } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, successNotice, textField, type FieldError } from '../pages/forms';
import { html } from '../pages/html';
import { pager } from '../pages/pager';
import type { FormValues } from '../pages/form-parsing';
import { groupHref, groupPage } from './group-frame';
import type { Body, MessagePage } from './network-groups.types';

export const MESSAGE_NOTICES = { sendt: 'Beskeden er sendt. Gruppens andre medlemmer får besked om den.' } as const;

/** The group's messages, newest first, and a form to write one (kept as typed after a refusal). */
export function messagesPage(session: ActiveSession, body: Body, messages: MessagePage, cursor: string | undefined, form: { values: FormValues; errors: FieldError[] }, noticeCode?: unknown): string {
  const path = groupHref(body.id, 'beskeder');
  return groupPage(
    session,
    body,
    'messages',
    `${form.errors.length > 0 ? 'Fejl: ' : ''}Beskeder`,
    html`<h1>Beskeder i ${body.name}</h1>
      ${successNotice(noticeOf(MESSAGE_NOTICES, noticeCode))}
      <h2>Skriv til gruppen</h2>
      ${errorSummary(form.errors, { heading: 'Beskeden blev ikke sendt' })}
      <form method="post" action="${path}" novalidate>
        ${formToken(session)}
        ${textField({
          id: 'besked-tekst',
          label: 'Besked',
          hint: 'Til gruppens fagfolk. Skriv aldrig navn, CPR-nummer eller andet, der peger på et barn eller en ung: sager om en person hører til i sagskoordineringen. Medlemmerne får en notifikation uden teksten.',
          value: form.values['besked-tekst'] ?? '',
          errors: form.errors,
          multiline: true,
          rows: 4,
        })}
        <button type="submit" class="button button-primary">Send besked</button>
      </form>
      <h2>Beskeder${cursor ? ' (fortsat)' : ''}</h2>
      ${
        messages.items.length === 0
          ? html`<p>Der er ingen beskeder${cursor ? ' på denne side' : ''}.</p>`
          : html`<ul class="nobullet-list">${messages.items.map(
              (message) => html`<li class="minutes-item">
                <h3 class="h5">${message.senderName}, ${longDanishDateTime(message.createdAt)}</h3>
                <p class="message-text">${message.text}</p>
              </li>`,
            )}</ul>`
      }
      ${pager({ path, label: 'Sider med beskeder', next: messages.next, onLaterPage: cursor !== undefined })}`,
  );
}
