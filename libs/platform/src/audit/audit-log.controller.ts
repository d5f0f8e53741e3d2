import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Requires } from '../auth/access.decorators';
import { Permission } from '../auth/permissions';
import { AuditLogService } from './audit-log.service';

export class AuditLogPageQuery {
  @ApiPropertyOptional({ description: 'The last seq the receiver already has; 0 for the start.', default: 0, minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  after: number = 0;

  @ApiPropertyOptional({ default: 1000, minimum: 1, maximum: 5000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit: number = 1000;
}

export class AuditEntryDto {
  @ApiProperty() seq!: number;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty({ description: 'Token subject, or anonymous' }) actor!: string;
  @ApiProperty({ type: [String] }) actorRoles!: string[];
  @ApiProperty({ example: 'GET /police-lists/:id' }) action!: string;
  @ApiProperty({ nullable: true, type: String }) permission!: string | null;
  @ApiProperty() resource!: string;
  @ApiProperty({ enum: ['allow', 'deny'] }) decision!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditLogPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) entries!: AuditEntryDto[];
  @ApiProperty({ description: 'Pass as `after` for the next page', nullable: true, type: Number }) next!: number | null;
}

class ChainProblemDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: ['altered', 'missing', 'relinked'] }) problem!: string;
  @ApiProperty() detail!: string;
}

class ChainHeadDto {
  @ApiProperty() seq!: number;
  @ApiProperty() hash!: string;
}

export class ChainVerificationDto {
  @ApiProperty() ok!: boolean;
  @ApiProperty() entriesChecked!: number;
  @ApiProperty({ type: ChainHeadDto, nullable: true }) head!: ChainHeadDto | null;
  @ApiProperty({ type: [ChainProblemDto] }) problems!: ChainProblemDto[];
}

@ApiTags('audit')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @Requires(Permission.auditRead)
  @ApiOperation({ summary: 'The audit log in order, a page at a time, with its hash chain, for shipping to another system' })
  @ApiOkResponse({ type: AuditLogPageDto })
  async page(@Query() query: AuditLogPageQuery): Promise<AuditLogPageDto> {
    const entries = await this.audit.entriesAfter(query.after, query.limit);
    return { entries, next: entries.length === query.limit ? entries[entries.length - 1].seq : null };
  }

  @Get('verification')
  @Requires(Permission.auditRead)
  @ApiOperation({ summary: 'Walks the whole hash chain and names every altered, missing or re-linked entry' })
  @ApiOkResponse({ type: ChainVerificationDto })
  verify(): Promise<ChainVerificationDto> {
    return this.audit.verify();
  }
}
