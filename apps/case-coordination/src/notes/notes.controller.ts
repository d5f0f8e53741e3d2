import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, Requires, type Page, type Principal } from '@ssp/platform';
import { AccessLogService } from '../access-log/access-log.service';
import { PersonPageQuery, PersonParams } from '../persons/persons.controller';
import { CreateNoteDto, NoteDto, NotePageDto, NoteSearchQuery } from './notes.dto';
import { NotesService } from './notes.service';

@ApiTags('notes')
@Controller()
export class NotesController {
  constructor(
    private readonly notes: NotesService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Post('persons/:pseudonym/notes')
  @Requires(Permission.personDataWrite)
  @ApiOperation({ summary: 'An information note from a represented body, with its legal purpose (retsplejeloven § 115: SSP, PSP or KSP) and why sharing it is necessary' })
  @ApiCreatedResponse({ type: NoteDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person, or the person is erased' })
  write(@Param() { pseudonym }: PersonParams, @Body() request: CreateNoteDto, @CurrentPrincipal() principal: Principal): Promise<NoteDto> {
    return this.notes.write(pseudonym, request, principal, this.clock.now());
  }

  @Get('persons/:pseudonym/notes')
  @Requires(Permission.personDataRead)
  @ApiOperation({ summary: "A person's information notes, oldest first, a page at a time (docs/paging.md); the read is logged with its purpose" })
  @ApiOkResponse({ type: NotePageDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person' })
  async notesOf(@Param() { pseudonym }: PersonParams, @Query() { purpose, limit, after }: PersonPageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<NoteDto>> {
    const notes = await this.notes.notesOf(pseudonym, limit, after);
    await this.accessLog.record(principal, [pseudonym], 'notes', purpose);
    return notes;
  }

  @Get('notes/search')
  @Requires(Permission.personNotesSearch)
  @ApiOperation({
    summary: "Searches the information notes' text. Not for the police: retsplejeloven § 115, stk. 2 forbids using what is shared in SSP for investigation. Each person found is access-logged",
  })
  @ApiOkResponse({ type: [NoteDto] })
  async search(@Query() { q, limit }: NoteSearchQuery, @CurrentPrincipal() principal: Principal): Promise<NoteDto[]> {
    const found = await this.notes.search(q, limit);
    await this.accessLog.record(principal, [...new Set(found.map((note) => note.personPseudonym))], 'notes search', 'case-follow-up');
    return found;
  }
}
