import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_CONFIG } from '@ssp/platform';
import type { DataSource } from 'typeorm';
import type { NetworkGroupsConfig } from '../../network-groups.config';
import { EmailMetrics } from './email-metrics';
import { EmailSender } from './email-sender';
import { mailSetupOf } from './mail-settings';
import { SmtpSubmitter } from './smtp-submitter';

/** Runs the e-mail sender while the service runs, when a mail server is configured. */
@Injectable()
export class EmailSenderLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('email-sender');
  private sender: EmailSender | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
    private readonly metrics: EmailMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const setup = mailSetupOf(this.config);
    if (!setup.configured) {
      this.logger.warn(`no mail server configured (${setup.missing} is not set): e-mails are queued and not sent`);
      return;
    }
    this.sender = new EmailSender(
      this.dataSource,
      new SmtpSubmitter(setup.server),
      {
        from: setup.from,
        envelopeFrom: setup.envelopeFrom,
        maxAttempts: this.config.MAIL_MAX_ATTEMPTS,
        retryBaseMs: this.config.MAIL_RETRY_BASE_MS,
        pollIntervalMs: this.config.MAIL_POLL_INTERVAL_MS,
      },
      (outcome) => this.metrics.emails.inc({ outcome }),
    );
    this.sender.start();
  }

  /** Before the database closes (TypeORM closes it on application shutdown): the e-mail in hand is finished and recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.sender?.stop();
  }
}
