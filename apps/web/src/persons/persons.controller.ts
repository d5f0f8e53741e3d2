import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bodyOf, ServiceRefusedError } from '../api/service-answer';
import type { WebRequest } from '../http/web-request';
import { isAccessPurpose, type AccessPurpose } from './danish-labels';
import { isPersonList, personListPage, personPage, purposePage, type PersonList, type PersonListPage } from './person.page';
import { PersonsClient } from './persons.client';
import { parseSearchForm, searchRefusalError } from './search-form';
import { EMPTY_SEARCH, searchPage } from './search.page';
import { signedIn } from '../http/signed-in';

/** How much of each list the person's page shows; all of it is a page away. */
export const PERSON_PAGE_LIST_SIZE = 5;
/** The access log on the person's page, and a page of any list on its own page. */
export const PERSON_LIST_PAGE_SIZE = 20;

const PSEUDONYM = /^[0-9a-f]{64}$/;

/** A pseudonym that cannot be one is a missing page (as the service would answer), without asking it. */
function pseudonymOf(value: string): string {
  if (!PSEUDONYM.test(value)) throw new ServiceRefusedError(404, null);
  return value;
}

function cursorOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The Monday group's person page and its lists, and the search for a child; every read with the purpose the person chose. */
@Controller()
export class PersonsController {
  constructor(private readonly persons: PersonsClient) {}

  private async list(token: string, pseudonym: string, purpose: AccessPurpose, list: PersonList, limit: number, after?: string): Promise<PersonListPage> {
    const persons = this.persons;
    switch (list) {
      case 'noter':
        return { list, page: bodyOf(await persons.notes(token, pseudonym, purpose, limit, after)) };
      case 'beslutninger':
        return { list, page: bodyOf(await persons.decisions(token, pseudonym, purpose, limit, after)) };
      case 'indsatser':
        return { list, page: bodyOf(await persons.interventions(token, pseudonym, purpose, limit, after)) };
      case 'henvisninger':
        return { list, page: bodyOf(await persons.referrals(token, pseudonym, purpose, limit, after)) };
      case 'historik':
        return { list, page: bodyOf(await persons.merges(token, pseudonym, limit, after)) };
      case 'adgangslog':
        return { list, page: bodyOf(await persons.accessLog(token, pseudonym, limit, after)) };
    }
  }

  @Get('personer/:pseudonym')
  async person(@Req() request: WebRequest, @Param('pseudonym') given: string, @Query('formaal') purpose: unknown): Promise<string> {
    const session = signedIn(request);
    const pseudonym = pseudonymOf(given);
    if (!isAccessPurpose(purpose)) return purposePage(session, pseudonym);
    const token = session.accessToken;
    // The person first: a refusal or a missing person is the page, before any list is read.
    const person = bodyOf(await this.persons.person(token, pseudonym, purpose));
    const lists = await Promise.all(
      (['noter', 'beslutninger', 'indsatser', 'henvisninger', 'historik'] as const).map((list) => this.list(token, pseudonym, purpose, list, PERSON_PAGE_LIST_SIZE)),
    );
    // The access log last, so that it shows this very read too.
    lists.push(await this.list(token, pseudonym, purpose, 'adgangslog', PERSON_LIST_PAGE_SIZE));
    return personPage(session, { person, lists }, purpose);
  }

  @Get('personer/:pseudonym/:list')
  async personList(
    @Req() request: WebRequest,
    @Param('pseudonym') given: string,
    @Param('list') list: string,
    @Query('formaal') purpose: unknown,
    @Query('efter') after: unknown,
  ): Promise<string> {
    const session = signedIn(request);
    const pseudonym = pseudonymOf(given);
    if (!isPersonList(list)) throw new ServiceRefusedError(404, null);
    if (!isAccessPurpose(purpose)) return purposePage(session, pseudonym, list);
    const cursor = cursorOf(after);
    const entry = await this.list(session.accessToken, pseudonym, purpose, list, PERSON_LIST_PAGE_SIZE, cursor);
    return personListPage(session, pseudonym, purpose, entry, cursor);
  }

  @Get('soeg')
  searchForm(@Req() request: WebRequest): string {
    return searchPage(signedIn(request), EMPTY_SEARCH, [], null);
  }

  /**
   * A search is a form sent with POST, and its result is the answer (no redirect): a CPR number
   * or a name must not end up in an address, the browser's history or a server's log.
   */
  @Post('soeg')
  @HttpCode(200)
  async search(@Req() request: WebRequest, @Body() body: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseSearchForm(body);
    const send = (status: number, page: string) => void response.status(status).type('html').send(page);
    if (!parsed.query) return send(400, searchPage(session, parsed.values, parsed.errors, null));
    const answer = await this.persons.search(session.accessToken, parsed.query);
    if (!answer.ok && answer.status === 400) return send(400, searchPage(session, parsed.values, [searchRefusalError(answer.refusal)], null));
    return send(200, searchPage(session, parsed.values, [], bodyOf(answer)));
  }
}
