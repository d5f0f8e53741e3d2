import { Body, Controller, Get, HttpException, HttpStatus, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { badRequest, Consumes, CurrentPrincipal, decodePageCursor, isPageKey, notFound, PageQuery, pageOf, Permission, Requires, toDanishCsv, type Principal } from '@ssp/platform';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { FileRejectedError, REJECTION_STATUS } from '../reading/sheet-row';
import { PoliceListIngestionService } from './police-list-ingestion.service';
import { PoliceListStore } from './police-list.store';
import { PoliceListPageDto, PoliceListSummaryDto, RowErrorPageDto } from './police-list-summary';
import { ErrorsQuery, POLICE_LIST_REFUSALS, PoliceListParams, UploadPoliceListDto } from './police-lists.dto';

const isListKey = isPageKey('uuid');
const isErrorKey = isPageKey('number', 'string');
import { UploadTooLargeInterceptor } from './upload-too-large.interceptor';

const UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'The police list: CSV (UTF-8, UTF-8 with BOM or Windows-1252; ; , or tab) or XLSX' },
    listDate: { type: 'string', format: 'date' },
    source: { type: 'string', enum: ['upload', 'demo'] },
  },
};

@ApiTags('police-lists')
@Controller('police-lists')
export class PoliceListsController {
  constructor(
    private readonly ingestion: PoliceListIngestionService,
    private readonly store: PoliceListStore,
  ) {}

  @Post()
  @Requires(Permission.policeListUpload)
  @UseInterceptors(UploadTooLargeInterceptor, FileInterceptor('file'))
  @ApiOperation({ summary: 'Uploads a police list; every row is accepted, rejected (with line, field and reason) or a duplicate' })
  @Consumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: PoliceListSummaryDto, description: 'A new list' })
  @ApiOkResponse({ type: PoliceListSummaryDto, description: 'This exact file was ingested before; nothing changed' })
  @ApiPayloadTooLargeResponse({ description: 'File, rows or unpacked XLSX over the limits (in total, or its shared strings, workbook parts or a row)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not sent as multipart/form-data, or a file that is neither CSV nor XLSX, by content' })
  @ApiUnprocessableEntityResponse({ description: 'The file cannot be read as a list (no header, missing columns, a cell too long)' })
  async upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() form: UploadPoliceListDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PoliceListSummaryDto> {
    if (!file) throw badRequest(POLICE_LIST_REFUSALS.fileMissing);
    try {
      const summary = await this.ingestion.ingest({
        filePath: file.path,
        fileName: file.originalname,
        source: form.source ?? 'upload',
        listDate: form.listDate,
        uploadedBy: principal.subject,
      });
      response.status(summary.alreadyIngested ? HttpStatus.OK : HttpStatus.CREATED);
      return summary;
    } catch (error) {
      if (error instanceof FileRejectedError) {
        throw new HttpException({ message: error.message, code: error.code, ...(error.line === undefined ? {} : { line: error.line }) }, REJECTION_STATUS[error.code]);
      }
      throw error;
    } finally {
      await rm(file.path, { force: true });
    }
  }

  @Get()
  @Requires(Permission.policeListRead)
  @ApiOperation({ summary: 'The lists ingested, newest first, with their counts, a page at a time (docs/paging.md)' })
  @ApiOkResponse({ type: PoliceListPageDto })
  async list(@Query() query: PageQuery): Promise<PoliceListPageDto> {
    const [afterId] = decodePageCursor(query.after, isListKey) ?? [null];
    const page = pageOf(await this.store.list(query.limit + 1, afterId), query.limit, (row) => [row.id]);
    const items: PoliceListSummaryDto[] = [];
    // One list at a time: a page holds at most one pool connection.
    for (const row of page.items) items.push({ ...(await this.store.summary(this.store.manager, row, 0)), alreadyIngested: false });
    return { items, next: page.next };
  }

  @Get(':id')
  @Requires(Permission.policeListRead)
  @ApiOperation({ summary: 'One list: counts and its first errors' })
  @ApiOkResponse({ type: PoliceListSummaryDto })
  async get(@Param() { id }: PoliceListParams): Promise<PoliceListSummaryDto> {
    const row = await this.store.findById(this.store.manager, id);
    if (!row) throw notFound(POLICE_LIST_REFUSALS.notFound, { id });
    return { ...(await this.store.summary(this.store.manager, row, 1000)), alreadyIngested: false };
  }

  @Get(':id/errors')
  @Requires(Permission.policeListRead)
  @ApiOperation({
    summary: "The rejected rows' errors in file order, as JSON or as CSV for Excel, to fix the rows and upload them again, a page at a time",
    description: 'Paged (docs/paging.md; up to 200 errors a page). The CSV is the same page; its next page is in the `Link` header (rel="next").',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: RowErrorPageDto })
  async errors(@Param() { id }: PoliceListParams, @Query() query: ErrorsQuery, @Res({ passthrough: true }) response: Response): Promise<RowErrorPageDto | string> {
    const row = await this.store.findById(this.store.manager, id);
    if (!row) throw notFound(POLICE_LIST_REFUSALS.notFound, { id });
    const page = pageOf(await this.store.errorPage(id, query.limit + 1, decodePageCursor(query.after, isErrorKey)), query.limit, (error) => [error.line, error.field]);
    if (query.format === 'json') return page;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="fejl-${id}.csv"`);
    if (page.next) response.setHeader('Link', `<?${new URLSearchParams({ format: 'csv', limit: String(query.limit), after: page.next }).toString()}>; rel="next"`);
    return toDanishCsv(['linje', 'kolonne', 'felt', 'kode', 'årsag'], page.items.map((error) => [error.line, error.column ?? '', error.field, error.code, error.reason]));
  }
}
