import { absoluteLink, digestEmail, notificationEmail } from './email-content';

const message = { subject: 'Ny besked i Netværksgruppe Randers NV', text: 'Anna Andersen har skrevet til gruppen.', link: '/bodies/netvaerk-randers-nv/messages' };

describe('e-mail content', () => {
  it('makes links absolute against the base URL, with or without a trailing slash', () => {
    expect(absoluteLink('/bodies/x/messages', 'https://ssp.randers.dk/app')).toBe('https://ssp.randers.dk/bodies/x/messages');
    expect(absoluteLink('bodies/x', 'https://ssp.randers.dk/app')).toBe('https://ssp.randers.dk/app/bodies/x');
    expect(absoluteLink('/bodies/x', undefined)).toBe('/bodies/x');
  });

  it('puts the notification, its link and the footer in the e-mail, with the subject as it is', () => {
    const email = notificationEmail(message, 'https://ssp.randers.dk');
    expect(email.subject).toBe(message.subject);
    expect(email.text).toContain('Anna Andersen har skrevet til gruppen.\nhttps://ssp.randers.dk/bodies/netvaerk-randers-nv/messages\n');
    expect(email.text).toContain('notifikationsindstillinger');
  });

  it('lists every notification of the digest and counts them in the subject', () => {
    const digest = digestEmail('2026-03-10', [message, { subject: 'Ny dagsorden', text: 'Mødet 12. marts', link: null }]);
    expect(digest.subject).toBe('Daglig oversigt 2026-03-10: 2 nye notifikationer');
    expect(digest.text.indexOf('* Ny besked')).toBeLessThan(digest.text.indexOf('* Ny dagsorden'));
    expect(digest.text).toContain('  Mødet 12. marts');
    expect(digestEmail('2026-03-10', [message]).subject).toBe('Daglig oversigt 2026-03-10: 1 ny notifikation');
  });
});
