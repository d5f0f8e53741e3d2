import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bodyOf } from '../api/service-answer';
import type { WebRequest } from '../http/web-request';
import { areaFormRows, areaRowsOf, areaTableOf, offenceCategoryFormRows, offenceCategoryRowsOf, offenceCategoryTableOf } from './reference-table-form';
import { ReferenceTablesClient } from './reference-tables.client';
import { areasFormPage, areasPage, offenceCategoriesFormPage, offenceCategoriesPage } from './reference-tables.page';
import { signedIn } from '../http/signed-in';

type FormBody = Record<string, unknown>;

/**
 * The area and offence-category tables: shown, and replaced whole through a form (PUT). A
 * table the service refuses (400) is shown again as the person sent it, with the service's
 * Danish reason; any other answer is its error page.
 */
@Controller()
export class ReferenceTablesController {
  constructor(private readonly tables: ReferenceTablesClient) {}

  @Get('omraader')
  async areas(@Req() request: WebRequest, @Query('gemt') saved: unknown): Promise<string> {
    const session = signedIn(request);
    return areasPage(session, bodyOf(await this.tables.areas(session.accessToken)), saved === '1');
  }

  @Get('omraader/ret')
  async areasForm(@Req() request: WebRequest): Promise<string> {
    const session = signedIn(request);
    return areasFormPage(session, areaFormRows(bodyOf(await this.tables.areas(session.accessToken))), null);
  }

  @Post('omraader/ret')
  async replaceAreas(@Req() request: WebRequest, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const rows = areaRowsOf(body ?? {});
    const answer = await this.tables.replaceAreas(session.accessToken, areaTableOf(rows));
    if (answer.ok) return response.redirect(303, '/omraader?gemt=1');
    if (answer.status === 400) return void response.status(400).type('html').send(areasFormPage(session, rows, answer.refusal ?? UNREADABLE));
    bodyOf(answer);
  }

  @Get('lovovertraedelseskategorier')
  async offenceCategories(@Req() request: WebRequest, @Query('gemt') saved: unknown): Promise<string> {
    const session = signedIn(request);
    return offenceCategoriesPage(session, bodyOf(await this.tables.offenceCategories(session.accessToken)), saved === '1');
  }

  @Get('lovovertraedelseskategorier/ret')
  async offenceCategoriesForm(@Req() request: WebRequest): Promise<string> {
    const session = signedIn(request);
    return offenceCategoriesFormPage(session, offenceCategoryFormRows(bodyOf(await this.tables.offenceCategories(session.accessToken))), null);
  }

  @Post('lovovertraedelseskategorier/ret')
  async replaceOffenceCategories(@Req() request: WebRequest, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const rows = offenceCategoryRowsOf(body ?? {});
    const answer = await this.tables.replaceOffenceCategories(session.accessToken, offenceCategoryTableOf(rows));
    if (answer.ok) return response.redirect(303, '/lovovertraedelseskategorier?gemt=1');
    if (answer.status === 400) return void response.status(400).type('html').send(offenceCategoriesFormPage(session, rows, answer.refusal ?? UNREADABLE));
    bodyOf(answer);
  }
}

const UNREADABLE = { code: 'table-refused', message: 'Tabellen kunne ikke gemmes. Kontrollér felterne, og prøv igen.' };
