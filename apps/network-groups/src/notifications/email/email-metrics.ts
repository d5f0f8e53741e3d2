import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MetricsService, ThrottledReading } from '@ssp/platform';
import { Counter, Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';

export const EMAIL_STATUSES = ['queued', 'sent', 'unconfirmed', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** The e-mail outbox on /metrics: what each pass did, and how many e-mails are in each state. */
@Injectable()
export class EmailMetrics {
  readonly emails: Counter<'outcome'>;

  constructor(metrics: MetricsService, @InjectDataSource() dataSource: DataSource) {
    this.emails = new Counter({
      name: 'ssp_emails_total',
      help: 'E-mails handled by the sender, by outcome (sent, retry, failed, unconfirmed)',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
    // Read at most every second and never waited on for more than 2 s: a slow or absent database
    // leaves the last counts in place rather than holding up or failing /metrics.
    const counts = new ThrottledReading(() => countByStatus(dataSource), { minIntervalMs: 1_000, waitMs: 2_000 });
    new Gauge({
      name: 'ssp_email_outbox',
      help: 'E-mails in the outbox by status; failed and unconfirmed ones need an operator',
      labelNames: ['status'],
      registers: [metrics.registry],
      async collect() {
        const { value } = await counts.current();
        if (value) for (const status of EMAIL_STATUSES) this.set({ status }, value[status]);
      },
    });
  }
}

export async function countByStatus(dataSource: DataSource): Promise<Record<EmailStatus, number>> {
  const rows = (await dataSource.query('SELECT status, count(*)::int AS count FROM outgoing_email GROUP BY status')) as { status: EmailStatus; count: number }[];
  return Object.fromEntries(EMAIL_STATUSES.map((status) => [status, rows.find((row) => row.status === status)?.count ?? 0])) as Record<EmailStatus, number>;
}
