import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Clock } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { Response } from 'express';
import { bodyOf, formRefusalOf } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { sendPage } from '../http/send-page';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { currentOn, membershipsOf } from '../network-groups/memberships';
import { NetworkGroupsClient } from '../network-groups/network-groups.client';
import type { FieldError } from '../pages/forms';
import { RegistryClient } from '../registry/registry.client';
import type { Body as SspBody } from '../registry/registry.types';
import type { ActiveSession } from '../session/session.service';
import { initiativeFilterOf, initiativeRefusal, parseChangeForm, parseInitiativeForm, parseProposalForm, statusOf, type ProposalInput } from './initiative-forms';
import { InitiativesClient } from './initiatives.client';
import { changeInputOf, changePage, initiativeHref, initiativePage, initiativesPage, newInitiativePage, proposalPage } from './initiatives.page';

type FormBody = Record<string, unknown> | undefined;

/** The bodies a new initiative may be for are read this many at a time (network groups' largest page), every page of them. */
const BODY_PAGE = 200;

const EMPTY_DESCRIBED = { kind: '', title: '', description: '', startsOn: '', endsOn: '' };

/**
 * The SSP organisation's initiatives (courses, teaching activities, campaigns, projects, local
 * initiatives): read by everyone in the groups, proposed by a group's members, planned,
 * accepted, moved on and changed by the secretariat. Every call carries the person's own
 * token; the service decides who may do what.
 */
@Controller('initiativer')
export class InitiativesController {
  constructor(
    private readonly initiatives: InitiativesClient,
    private readonly registry: RegistryClient,
    private readonly groups: NetworkGroupsClient,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Req() request: WebRequest, @Query('status') status: unknown, @Query('type') kind: unknown, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const filter = initiativeFilterOf(status, kind);
    const cursor = pageCursor(after);
    return initiativesPage(session, bodyOf(await this.initiatives.list(session.accessToken, filter, cursor)), filter, cursor);
  }

  @Get('nyt')
  async newInitiative(@Req() request: WebRequest): Promise<string> {
    const session = signedIn(request);
    return newInitiativePage(session, await this.bodyChoices(session), { ...EMPTY_DESCRIBED, bodyIds: [], areaIds: [] }, []);
  }

  @Post('nyt')
  async create(@Req() request: WebRequest, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseInitiativeForm(body);
    const show = async (errors: FieldError[], status: number) => sendPage(response, status, newInitiativePage(session, await this.bodyChoices(session), parsed.input, errors));
    if (!parsed.ok) return show(parsed.errors, 400);
    const answer = await this.initiatives.create(session.accessToken, parsed.value);
    const refused = formRefusalOf(answer);
    if (refused) return show([initiativeRefusal(refused.refusal, 'kind')], refused.status);
    response.redirect(303, `${initiativeHref(bodyOf(answer).id)}?besked=oprettet`);
  }

  /** Every SSP body, page by page (`next`), so a body is never left out for being on a later page as ad-hoc groups pile up. */
  private async bodyChoices(session: ActiveSession): Promise<SspBody[]> {
    const bodies: SspBody[] = [];
    let after: string | undefined;
    do {
      const page = bodyOf(await this.registry.bodies(session.accessToken, after, BODY_PAGE));
      bodies.push(...page.items);
      after = page.next ?? undefined;
    } while (after !== undefined);
    return bodies;
  }

  @Get('forslag')
  async proposalForm(@Req() request: WebRequest): Promise<string> {
    const session = signedIn(request);
    return proposalPage(session, await this.ownBodies(session), { ...EMPTY_DESCRIBED, bodyId: '' }, []);
  }

  @Post('forslag')
  async propose(@Req() request: WebRequest, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const bodies = await this.ownBodies(session);
    const parsed = parseProposalForm(body, bodies.map((own) => own.id));
    const show = (input: ProposalInput, errors: FieldError[], status: number) => sendPage(response, status, proposalPage(session, bodies, input, errors));
    if (!parsed.ok) return show(parsed.input, parsed.errors, 400);
    const answer = await this.initiatives.propose(session.accessToken, parsed.value.bodyId, parsed.value.proposal);
    const refused = formRefusalOf(answer);
    if (refused) return show(parsed.input, [initiativeRefusal(refused.refusal, 'kind')], refused.status);
    response.redirect(303, `${initiativeHref(bodyOf(answer).id)}?besked=foreslaaet`);
  }

  /** The bodies the person sits in today, by id, with the names their memberships carry (none until their sign-in is linked). */
  private async ownBodies(session: ActiveSession): Promise<{ id: string; name: string }[]> {
    const current = currentOn(membershipsOf(await this.groups.me(session.accessToken)), danishToday(this.clock.now()));
    const names = new Map(current.map((membership) => [membership.bodyId, membership.bodyName]));
    return [...names.keys()].sort().map((id) => ({ id, name: names.get(id)! }));
  }

  @Get(':id')
  async initiative(@Req() request: WebRequest, @Param('id') id: string, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    return initiativePage(session, bodyOf(await this.initiatives.get(session.accessToken, id)), notice, []);
  }

  @Post(':id/status')
  async changeStatus(@Req() request: WebRequest, @Param('id') id: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const status = statusOf(body);
    const show = async (errors: FieldError[], code: number) => sendPage(response, code, initiativePage(session, bodyOf(await this.initiatives.get(session.accessToken, id)), null, errors));
    if (!status) return show([{ field: 'status', code: 'status-missing', message: 'Vælg, hvad der skal ske med initiativet.' }], 400);
    const refused = formRefusalOf(await this.initiatives.update(session.accessToken, id, { status }));
    if (refused) return show([initiativeRefusal(refused.refusal, 'status')], refused.status);
    response.redirect(303, `${initiativeHref(id)}?besked=${status}`);
  }

  @Get(':id/ret')
  async changeForm(@Req() request: WebRequest, @Param('id') id: string): Promise<string> {
    const session = signedIn(request);
    const initiative = bodyOf(await this.initiatives.get(session.accessToken, id));
    return changePage(session, initiative, changeInputOf(initiative), []);
  }

  @Post(':id/ret')
  async change(@Req() request: WebRequest, @Param('id') id: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseChangeForm(body);
    const show = async (errors: FieldError[], status: number) => sendPage(response, status, changePage(session, bodyOf(await this.initiatives.get(session.accessToken, id)), parsed.input, errors));
    if (!parsed.ok) return show(parsed.errors, 400);
    const refused = formRefusalOf(await this.initiatives.update(session.accessToken, id, parsed.value));
    if (refused) return show([initiativeRefusal(refused.refusal, 'title')], refused.status);
    response.redirect(303, `${initiativeHref(id)}?besked=rettet`);
  }
}
