import { APP_LINKS } from '../notifications/app-links';
import type { NewNotification } from '../notifications/notification';

/**
 * What members are told of a new message: who wrote to which body, and a link. Not the text:
 * e-mail is no protected channel, and although messages are for professionals, what someone
 * writes is theirs to word; it is read in the app.
 */
export function messageNotification(message: { id: string; bodyId: string }, bodyName: string, senderName: string): NewNotification {
  return {
    kind: 'message',
    subject: `Ny besked i ${bodyName}`,
    text: `${senderName} har skrevet en besked til ${bodyName}.`,
    link: APP_LINKS.messages(message.bodyId),
    bodyId: message.bodyId,
  };
}
