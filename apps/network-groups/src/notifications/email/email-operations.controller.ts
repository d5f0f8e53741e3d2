import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Requires } from '@ssp/platform';
import type { DataSource } from 'typeorm';
import { EmailOperationsDto, type EmailProblemDto } from './email-operations.dto';
import { countByStatus } from './email-metrics';

/** The e-mail outbox for operators: what is stuck and why, by Message-ID, without addresses or content. */
@ApiTags('operations')
@Controller('operations/emails')
export class EmailOperationsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Requires(Permission.operationsRead)
  @ApiOperation({ summary: 'The e-mail outbox: counts by status, the oldest waiting e-mail, and the e-mails that failed or are unconfirmed, with their last error' })
  @ApiOkResponse({ type: EmailOperationsDto })
  async overview(): Promise<EmailOperationsDto> {
    const [counts, [oldest], problems] = await Promise.all([
      countByStatus(this.dataSource),
      this.dataSource.query(`SELECT min(created_at) AS at FROM outgoing_email WHERE status = 'queued'`) as Promise<{ at: Date | null }[]>,
      this.dataSource.query(
        `SELECT id, message_id AS "messageId", kind, status, attempts, last_error AS "lastError", created_at AS "createdAt",
                CASE WHEN status = 'queued' THEN next_attempt_at END AS "nextAttemptAt"
           FROM outgoing_email
          WHERE status IN ('failed', 'unconfirmed') OR (status = 'queued' AND attempts > 0)
          ORDER BY created_at DESC LIMIT 100`,
      ) as Promise<EmailProblemDto[]>,
    ]);
    return { counts, oldestQueuedAt: oldest?.at ? new Date(oldest.at).toISOString() : null, problems };
  }
}
