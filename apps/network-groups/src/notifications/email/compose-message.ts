import MailComposer from 'nodemailer/lib/mail-composer';

export interface StoredEmail {
  messageId: string;
  recipient: string;
  recipientName: string;
  subject: string;
  body: string;
  createdAt: Date;
}

/** The RFC 5322 message of a queued e-mail; its Message-ID and Date are the stored ones on every attempt. */
export function composeMessage(email: StoredEmail, from: string): Promise<Buffer> {
  return new MailComposer({
    from,
    to: { name: email.recipientName, address: email.recipient },
    subject: email.subject,
    text: email.body,
    messageId: email.messageId,
    date: email.createdAt,
    // Asks vacation responders not to answer (RFC 3834).
    headers: { 'Auto-Submitted': 'auto-generated' },
    disableFileAccess: true,
    disableUrlAccess: true,
  })
    .compile()
    .build();
}
