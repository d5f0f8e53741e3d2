import { Logger } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';
import { composeMessage, type StoredEmail } from './compose-message';
import { retryDelayMs, verdictOn } from './retry-policy';
import type { MailSubmitter } from './smtp-submitter';

export interface EmailSenderOptions {
  from: string;
  envelopeFrom: string;
  maxAttempts: number;
  retryBaseMs: number;
  pollIntervalMs: number;
}

/** What became of one e-mail in one pass. */
export type SendOutcome = 'sent' | 'retry' | 'failed' | 'unconfirmed';

interface DueEmail extends StoredEmail {
  id: string;
}

interface AttemptRow {
  attempt: number;
  outcome: string | null;
  dataEnded: boolean;
}

/**
 * Sends the e-mail outbox, each e-mail at most once.
 *
 * The sender claims an e-mail with a row lock (SKIP LOCKED, so replicas share the work) and
 * holds that lock, in an open transaction, for the whole SMTP conversation. Meanwhile it
 * commits, on a second connection, an attempt row, and just before the final "." of DATA it
 * commits `data_ended_at` on it. When the sender dies, PostgreSQL ends its transaction and
 * frees the row; whoever claims it next finds an attempt with no outcome, which only a dead
 * sender leaves behind, and decides by `data_ended_at`:
 * - not set: the server never saw the end of the message, and a server takes nothing before
 *   it (smtp-server and Postfix drop an unfinished DATA), so it is sent again;
 * - set: the dot may have reached the server, which then has the message (a server queues it
 *   before it answers 250), so it is not sent again but marked `unconfirmed` for operations.
 * What is left open: the sender dying between committing `data_ended_at` and writing the dot
 * to its socket (microseconds; nothing is awaited in between), or the server refusing the
 * message at the moment the sender died. Either leaves an `unconfirmed` e-mail that never
 * arrived; the notification itself is in the app all the same. See docs/network-groups.md.
 */
export class EmailSender {
  private readonly logger = new Logger('email-sender');
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly submitter: MailSubmitter,
    private readonly options: EmailSenderOptions,
    private readonly observe: (outcome: SendOutcome) => void = () => undefined,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the e-mail in hand; an SMTP conversation is never cut off. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** Sends what is due, one e-mail at a time, until nothing is; returns how many it handled. */
  async sendDue(): Promise<number> {
    let handled = 0;
    while ((await this.sendNext()) !== null) handled += 1;
    return handled;
  }

  /** Claims and handles the next due e-mail; null when none is due (or all are claimed). */
  async sendNext(): Promise<SendOutcome | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // The row lock is the proof this sender is alive; a server-side idle timeout must not take it while SMTP goes on.
      await runner.query('SET LOCAL idle_in_transaction_session_timeout = 0');
      const [email] = (await runner.query(
        `SELECT id, message_id AS "messageId", recipient, recipient_name AS "recipientName", subject, body, created_at AS "createdAt"
           FROM outgoing_email
          WHERE status = 'queued' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, created_at
          LIMIT 1
          -- NO KEY: the attempt rows inserted meanwhile reference this row, and their key check must not wait for us
          FOR NO KEY UPDATE SKIP LOCKED`,
      )) as DueEmail[];
      const outcome = email ? await this.handle(runner, email) : null;
      await runner.commitTransaction();
      if (outcome) this.observe(outcome);
      return outcome;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async handle(runner: QueryRunner, email: DueEmail): Promise<SendOutcome> {
    const attempts = (await runner.query(
      'SELECT attempt, outcome, data_ended_at IS NOT NULL AS "dataEnded" FROM email_attempt WHERE email_id = $1 ORDER BY attempt',
      [email.id],
    )) as AttemptRow[];
    const abandoned = attempts.filter((attempt) => attempt.outcome === null);
    if (abandoned.length > 0) {
      await runner.query(
        `UPDATE email_attempt SET outcome = CASE WHEN data_ended_at IS NULL THEN 'interrupted' ELSE 'unconfirmed' END, finished_at = now()
          WHERE email_id = $1 AND outcome IS NULL`,
        [email.id],
      );
      if (abandoned.some((attempt) => attempt.dataEnded)) {
        this.logger.warn(`${email.messageId}: a sender stopped after the end of its data and before the server's answer; treated as delivered, not sent again`);
        await this.settle(runner, email.id, attempts.length, 'unconfirmed', 'The sender stopped after the end of the data, before the server answered');
        return 'unconfirmed';
      }
    }
    return this.attempt(runner, email, attempts.length + 1);
  }

  private async attempt(runner: QueryRunner, email: DueEmail, attempt: number): Promise<SendOutcome> {
    // On its own connection, so it is committed whatever becomes of this transaction.
    await this.dataSource.query('INSERT INTO email_attempt (email_id, attempt) VALUES ($1, $2)', [email.id, attempt]);
    let dataEnded = false;
    try {
      const response = await this.submitter.submit({
        envelopeFrom: this.options.envelopeFrom,
        recipient: email.recipient,
        message: await composeMessage(email, this.options.from),
        beforeDataEnds: async () => {
          // Still holding the lock? If the claiming session was lost (a failover, a killed backend), another
          // sender may have taken the e-mail over: stop before the final dot rather than send it twice.
          await runner.query('SELECT 1');
          await this.dataSource.query('UPDATE email_attempt SET data_ended_at = clock_timestamp() WHERE email_id = $1 AND attempt = $2', [email.id, attempt]);
          dataEnded = true;
        },
      });
      await this.finishAttempt(runner, email.id, attempt, 'accepted', response);
      await this.settle(runner, email.id, attempt, 'sent', null);
      return 'sent';
    } catch (error) {
      const failure = error as { responseCode?: number; code?: string; message?: string };
      const verdict = verdictOn({ responseCode: failure.responseCode, dataEnded, authentication: failure.code === 'EAUTH' }, attempt, this.options.maxAttempts);
      const message = String(failure.message ?? error).slice(0, 1000);
      await this.finishAttempt(runner, email.id, attempt, verdict === 'unconfirmed' ? 'unconfirmed' : failure.responseCode ? 'refused' : 'failed', message);
      if (verdict === 'retry') {
        await runner.query(`UPDATE outgoing_email SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4::double precision / 1000) WHERE id = $1`, [
          email.id,
          attempt,
          message,
          retryDelayMs(attempt, this.options.retryBaseMs),
        ]);
        this.logger.warn(`${email.messageId}: attempt ${attempt} failed (${message}); trying again later`);
        return 'retry';
      }
      const status = verdict === 'unconfirmed' ? 'unconfirmed' : 'failed';
      await this.settle(runner, email.id, attempt, status, message);
      this.logger.error(`${email.messageId}: ${status} after attempt ${attempt}: ${message}`);
      return status;
    }
  }

  private async finishAttempt(runner: QueryRunner, emailId: string, attempt: number, outcome: string, response: string): Promise<void> {
    await runner.query('UPDATE email_attempt SET outcome = $3, response = $4, finished_at = now() WHERE email_id = $1 AND attempt = $2', [
      emailId,
      attempt,
      outcome,
      response.slice(0, 1000),
    ]);
  }

  private async settle(runner: QueryRunner, emailId: string, attempts: number, status: 'sent' | 'unconfirmed' | 'failed', error: string | null): Promise<void> {
    await runner.query(
      `UPDATE outgoing_email SET status = $2, attempts = $3, last_error = $4, sent_at = CASE WHEN $2 = 'failed' THEN NULL ELSE now() END WHERE id = $1`,
      [emailId, status, attempts, error],
    );
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        while (this.running && (await this.sendNext()) !== null) {
          // on to the next due e-mail
        }
      } catch (error) {
        this.logger.error(`e-mail sender pass failed; trying again: ${String(error)}`);
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, this.options.pollIntervalMs);
        const self = this;
        function done() {
          clearTimeout(timer);
          self.wakeUp = undefined;
          resolve();
        }
        this.wakeUp = done;
      });
    }
  }
}
