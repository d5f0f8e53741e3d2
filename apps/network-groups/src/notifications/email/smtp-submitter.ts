import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { Readable } from 'node:stream';
import type { SmtpServer } from './mail-settings';

export interface Submission {
  envelopeFrom: string;
  recipient: string;
  /** The whole RFC 5322 message. */
  message: Buffer;
  /**
   * Runs after the message has been handed over and before the final "." that ends DATA: a
   * server accepts nothing before that dot, so what this records is the last moment at which
   * the message certainly has not been taken. A failure here abandons the transaction.
   */
  beforeDataEnds: () => Promise<void>;
}

/** Hands one message to a mail server; resolves with the server's reply to the end of DATA. */
export interface MailSubmitter {
  submit(submission: Submission): Promise<string>;
}

const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** The message, with its end held back until `beforeEnd` has finished. */
function withHeldEnd(message: Buffer, beforeEnd: () => Promise<void>): Readable {
  let started = false;
  return new Readable({
    read() {
      if (started) return;
      started = true;
      this.push(message);
      beforeEnd().then(
        () => this.push(null),
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
}

/**
 * Nodemailer's SMTP connection, one per message. Not nodemailer's SMTP transport: the
 * transport reads the whole message before the envelope is sent, so the moment before the
 * final dot could not be recorded; the connection reads it only after the server's 354.
 */
export class SmtpSubmitter implements MailSubmitter {
  constructor(private readonly server: SmtpServer) {}

  async submit({ envelopeFrom, recipient, message, beforeDataEnds }: Submission): Promise<string> {
    const connection = new SMTPConnection({ host: this.server.host, port: this.server.port, secure: this.server.secure, ...TIMEOUTS });
    let fail: (error: Error) => void = () => undefined;
    const broken = new Promise<never>((_resolve, reject) => (fail = reject));
    broken.catch(() => undefined);
    connection.on('error', (error: Error) => fail(error));
    const step = <T>(start: (done: (error: Error | null | undefined, value?: T) => void) => void): Promise<T> =>
      Promise.race([new Promise<T>((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value as T)))), broken]);
    try {
      await step<void>((done) => connection.connect((error) => done(error)));
      const auth = this.server.auth;
      if (auth) await step<boolean>((done) => connection.login({ user: auth.user, pass: auth.pass }, done));
      const info = await step<SMTPConnection.SentMessageInfo>((done) =>
        connection.send({ from: envelopeFrom, to: [recipient] }, withHeldEnd(message, beforeDataEnds), done),
      );
      connection.quit();
      return info.response;
    } catch (error) {
      connection.close();
      throw error;
    }
  }
}
