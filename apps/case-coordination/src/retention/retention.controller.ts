import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, notFound, Permission, Requires, SERVICE_CONFIG, type Principal } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { PersonParams, PurposeQuery } from '../persons/persons.controller';
import { ERASED_BY_RETENTION, KEPT_BY_RETENTION, RETENTION_STATE_LABELS, RetentionDto } from './retention.dto';
import { RetentionRepository } from './retention.repository';
import { firstErasableDay, retentionStateOf } from './retention-rules';

/** What retention will do with one person, and when: for the person's own questions and the group's follow-up. */
@ApiTags('persons')
@Controller('persons/:pseudonym/retention')
export class RetentionController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  @Get()
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: 'What the daily erasure will take of the person and from which day, what stays, and what holds it back; the read is logged with its purpose' })
  @ApiOkResponse({ type: RetentionDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person' })
  async retention(@Param() { pseudonym }: PersonParams, @Query() { purpose }: PurposeQuery, @CurrentPrincipal() principal: Principal): Promise<RetentionDto> {
    const standing = await new RetentionRepository(this.dataSource.manager).standingOf(pseudonym);
    if (!standing) throw notFound(PERSON_REFUSALS.notFound);
    await this.accessLog.record(principal, [pseudonym], 'retention', purpose);
    const state = retentionStateOf(standing.erasedAt !== null, standing.openInterventions);
    return {
      personPseudonym: pseudonym,
      state,
      stateText: RETENTION_STATE_LABELS[state],
      lastIncidentDate: standing.lastIncidentDate,
      erasableFrom: state === 'erased' ? null : firstErasableDay(standing.lastIncidentDate, this.config.RETENTION_MONTHS),
      openInterventions: standing.openInterventions,
      erasedAt: standing.erasedAt?.toISOString() ?? null,
      erases: [...ERASED_BY_RETENTION],
      keeps: [...KEPT_BY_RETENTION],
    };
  }
}
