import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Clock, CurrentPrincipal, Permission, renderA4Pdf, Requires, type Principal } from '@ssp/platform';
import { AccessLogService } from '../access-log/access-log.service';
import { PersonParams } from '../persons/persons.controller';
import { EXTRACT_LIST_MAX } from './register-extract-rules';
import { registerExtractDocument } from './register-extract-document';
import { RegisterExtractDto } from './register-extract.dto';
import { RegisterExtractService } from './register-extract.service';

const ABOUT = `Everything case coordination registers about the person (GDPR art. 15), those merged into them included: identity, cases, incidents with the police's words, concerns, notes, decisions with the family department's assessment, interventions, reopenings and who read the data; the newest ${EXTRACT_LIST_MAX} of each, saying so when cut. For the secretariat answering the person's request; logged in the person's access log with the purpose data-subject-request.`;

/** The person's right of access: the register extract as JSON, and the same as a PDF to send them. */
@ApiTags('persons')
@Controller('persons/:pseudonym')
export class RegisterExtractController {
  constructor(
    private readonly extracts: RegisterExtractService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Get('register-extract')
  @Requires(Permission.dataSubjectRequests)
  @ApiOperation({ summary: 'The register extract (GDPR art. 15) as JSON', description: ABOUT })
  @ApiOkResponse({ type: RegisterExtractDto })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person' })
  async extract(@Param() { pseudonym }: PersonParams, @CurrentPrincipal() principal: Principal): Promise<RegisterExtractDto> {
    const extract = await this.extracts.extractOf(pseudonym, this.clock.now());
    await this.accessLog.record(principal, [pseudonym], 'register-extract', 'data-subject-request');
    return extract;
  }

  @Get('register-extract.pdf')
  @Requires(Permission.dataSubjectRequests)
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="indsigt.pdf"')
  @ApiOperation({ summary: 'The register extract (GDPR art. 15) as an A4 PDF in Danish, the same content as the JSON', description: ABOUT })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: '`person-not-found`: no such person' })
  async extractPdf(@Param() { pseudonym }: PersonParams, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const extract = await this.extracts.extractOf(pseudonym, this.clock.now());
    const pdf = await renderA4Pdf(registerExtractDocument(extract));
    await this.accessLog.record(principal, [pseudonym], 'register-extract.pdf', 'data-subject-request');
    return new StreamableFile(pdf);
  }
}
