import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Page, PageDto, PageQuery, Permission, type Principal, refusedWith, Requires } from '@ssp/platform';
import { Matches } from 'class-validator';
import { AccessLogService } from '../access-log/access-log.service';
import { PersonParams } from '../persons/persons.controller';
import { MERGE_REFUSALS } from './merge-refusals';
import { PersonMergeService } from './person-merge.service';

export class MergeRequestDto {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The person to keep' })
  @Matches(/^[0-9a-f]{64}$/, refusedWith(MERGE_REFUSALS.into))
  into!: string;
}

class LikelyDuplicateDto {
  @ApiProperty({ type: [String], description: 'The two persons, the lesser pseudonym first' }) pseudonyms!: string[];
  @ApiProperty({ enum: ['identified-later', 'similar-name'] }) reason!: string;
  @ApiProperty({ description: 'Danish, for the person deciding whether to merge' }) explanation!: string;
}

class LikelyDuplicatePageDto extends PageDto {
  @ApiProperty({ type: [LikelyDuplicateDto] }) items!: LikelyDuplicateDto[];
}

class MergeHistoryDto {
  @ApiProperty() merged!: string;
  @ApiProperty() into!: string;
  @ApiProperty() mergedBy!: string;
  @ApiProperty() mergedAt!: string;
  @ApiProperty({ nullable: true, type: String }) unmergedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) unmergedAt!: string | null;
}

class MergeHistoryPageDto extends PageDto {
  @ApiProperty({ type: [MergeHistoryDto], description: 'Oldest first' }) items!: MergeHistoryDto[];
}

@ApiTags('persons')
@Controller('persons')
export class DuplicatesController {
  constructor(
    private readonly merges: PersonMergeService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get('duplicates')
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary: 'Pairs of persons who are probably one: same birth date and similar name, at least one without CPR',
    description: 'Found when identities arrive; a page in pseudonym order. Persons erased or merged into another are left out.',
  })
  @ApiOkResponse({ type: LikelyDuplicatePageDto })
  async duplicates(@Query() { limit, after }: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<LikelyDuplicateDto>> {
    const page = await this.merges.likelyDuplicates(limit, after);
    await this.accessLog.record(principal, [...new Set(page.items.flatMap((pair) => pair.pseudonyms))], 'duplicate check', 'case-follow-up');
    return page;
  }

  @Post(':pseudonym/merge')
  @HttpCode(204)
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Merges this person into another (kept as history; can be taken back)' })
  @ApiNoContentResponse()
  async merge(@Param() { pseudonym }: PersonParams, @Body() request: MergeRequestDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.merges.merge(pseudonym, request.into, principal);
  }

  @Post(':pseudonym/unmerge')
  @HttpCode(204)
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'Takes a merge back; the history keeps both steps' })
  @ApiNoContentResponse()
  async unmerge(@Param() { pseudonym }: PersonParams, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.merges.unmerge(pseudonym, principal);
  }

  @Get(':pseudonym/merges')
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: "The person's merge history: the merges it took part in, merged or kept, oldest first, a page at a time (docs/paging.md)" })
  @ApiOkResponse({ type: MergeHistoryPageDto })
  history(@Param() { pseudonym }: PersonParams, @Query() query: PageQuery): Promise<MergeHistoryPageDto> {
    return this.merges.history(pseudonym, query.limit, query.after);
  }
}
