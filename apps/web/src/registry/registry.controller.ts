import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bodyOf, formRefusalOf } from '../api/service-answer';
import { pageCursor } from '../follow-up/follow-up-forms';
import { sendPage } from '../http/send-page';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import type { FieldError } from '../pages/forms';
import type { ActiveSession } from '../session/session.service';
import { bodiesPage, bodyPage, EMPTY_MEMBER_FORM, newBodyPage } from './bodies.page';
import { EMPTY_ORGANISATION_FORM, ORGANISATIONS_PATH, organisationsPage } from './organisations.page';
import { membershipInputOf, membershipPage, peoplePage, personFormOf, personPage, type PersonFormState } from './people.page';
import { membersDay, parseBodyForm, parseMemberForm, parseMembershipForm, parseOrganisationForm, parsePersonForm, parseSignInForm, registryRefusal, type MemberInput, type MembershipInput, type OrganisationInput } from './registry-forms';
import { bodyHref, personHref } from './registry-frame';
import { RegistryClient } from './registry.client';

type FormBody = Record<string, unknown> | undefined;

/**
 * The secretariat's registry in network groups: people (their sign-in and memberships),
 * organisations, bodies with their members on a day, ad-hoc groups. Every call carries the
 * person's own token (`groups:manage` decides in the service); forms post, then redirect (303)
 * with a notice, or show the service's Danish refusal on its field with what was typed.
 */
@Controller('register')
export class RegistryController {
  constructor(private readonly registry: RegistryClient) {}

  @Get('personer')
  async people(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return peoplePage(session, bodyOf(await this.registry.people(session.accessToken, cursor)), cursor);
  }

  @Get('personer/:personId')
  async person(@Req() request: WebRequest, @Param('personId') personId: string, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    const person = bodyOf(await this.registry.person(session.accessToken, personId));
    return personPage(session, person, personFormOf(person), notice);
  }

  @Post('personer/:personId')
  async changePerson(@Req() request: WebRequest, @Param('personId') personId: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parsePersonForm(body);
    const show = (errors: FieldError[], status: number) => this.showPerson(session, personId, (form) => ({ ...form, person: parsed.input, errors }), status, response);
    if (!parsed.ok) return show(parsed.errors, 400);
    const refused = formRefusalOf(await this.registry.changePerson(session.accessToken, personId, parsed.value));
    if (refused) return show([registryRefusal(refused.refusal, 'name')], refused.status);
    response.redirect(303, `${personHref(personId)}?besked=rettet`);
  }

  @Post('personer/:personId/login')
  async changeSignIn(@Req() request: WebRequest, @Param('personId') personId: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseSignInForm(body);
    const show = (errors: FieldError[], status: number) => this.showPerson(session, personId, (form) => ({ ...form, signIn: parsed.input, errors }), status, response);
    if (!parsed.ok) return show(parsed.errors, 400);
    const refused = formRefusalOf(await this.registry.changePerson(session.accessToken, personId, parsed.value));
    if (refused) return show([registryRefusal(refused.refusal, 'subject')], refused.status);
    response.redirect(303, `${personHref(personId)}?besked=${parsed.value.subject === null ? 'login-fjernet' : 'login'}`);
  }

  private async showPerson(session: ActiveSession, personId: string, form: (stored: PersonFormState) => PersonFormState, status: number, response: Response): Promise<void> {
    const person = bodyOf(await this.registry.person(session.accessToken, personId));
    sendPage(response, status, personPage(session, person, form(personFormOf(person)), null));
  }

  @Get('personer/:personId/medlemskaber/:membershipId')
  async membership(@Req() request: WebRequest, @Param('personId') personId: string, @Param('membershipId') membershipId: string, @Res() response: Response): Promise<void> {
    await this.showMembership(signedIn(request), personId, membershipId, null, [], 200, response);
  }

  @Post('personer/:personId/medlemskaber/:membershipId')
  async changeMembership(@Req() request: WebRequest, @Param('personId') personId: string, @Param('membershipId') membershipId: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseMembershipForm(body);
    if (!parsed.ok) return this.showMembership(session, personId, membershipId, parsed.input, parsed.errors, 400, response);
    const person = bodyOf(await this.registry.person(session.accessToken, personId));
    const membership = person.memberships.find((candidate) => candidate.id === membershipId);
    if (!membership) return bodyOf({ ok: false, status: 404, refusal: null });
    const refused = formRefusalOf(await this.registry.changeMembership(session.accessToken, membership.bodyId, membershipId, parsed.value));
    if (refused) return this.showMembership(session, personId, membershipId, parsed.input, [registryRefusal(refused.refusal, 'role')], refused.status, response);
    response.redirect(303, `${personHref(personId)}?besked=medlemskab`);
  }

  /** A membership is found among the person's (the service has no read of one membership); one that is not theirs is a 404. */
  private async showMembership(session: ActiveSession, personId: string, membershipId: string, input: MembershipInput | null, errors: FieldError[], status: number, response: Response): Promise<void> {
    const person = bodyOf(await this.registry.person(session.accessToken, personId));
    const membership = person.memberships.find((candidate) => candidate.id === membershipId);
    if (!membership) return bodyOf({ ok: false, status: 404, refusal: null });
    sendPage(response, status, membershipPage(session, person, membership, input ?? membershipInputOf(membership), errors));
  }

  @Get('organisationer')
  async organisations(@Req() request: WebRequest, @Query('efter') after: unknown, @Query('besked') notice: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return organisationsPage(session, bodyOf(await this.registry.organisations(session.accessToken, cursor)), cursor, EMPTY_ORGANISATION_FORM, [], notice);
  }

  @Post('organisationer')
  async addOrganisation(@Req() request: WebRequest, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseOrganisationForm(body);
    const show = async (input: OrganisationInput, errors: FieldError[], status: number) =>
      sendPage(response, status, organisationsPage(session, bodyOf(await this.registry.organisations(session.accessToken)), undefined, input, errors, null));
    if (!parsed.ok) return show(parsed.input, parsed.errors, 400);
    const refused = formRefusalOf(await this.registry.addOrganisation(session.accessToken, parsed.value));
    if (refused) return show(parsed.input, [registryRefusal(refused.refusal, 'name')], refused.status);
    response.redirect(303, `${ORGANISATIONS_PATH}?besked=oprettet`);
  }

  @Get('organer')
  async bodies(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = pageCursor(after);
    return bodiesPage(session, bodyOf(await this.registry.bodies(session.accessToken, cursor)), cursor);
  }

  @Get('organer/ny')
  newBody(@Req() request: WebRequest): string {
    return newBodyPage(signedIn(request), { id: '', name: '', endsOn: '' }, []);
  }

  @Post('organer/ny')
  async addBody(@Req() request: WebRequest, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseBodyForm(body);
    if (!parsed.ok) return sendPage(response, 400, newBodyPage(session, parsed.input, parsed.errors));
    const refused = formRefusalOf(await this.registry.addBody(session.accessToken, parsed.value));
    if (refused) return sendPage(response, refused.status, newBodyPage(session, parsed.input, [registryRefusal(refused.refusal, 'name')]));
    response.redirect(303, `${bodyHref(parsed.value.id)}?besked=oprettet`);
  }

  @Get('organer/:bodyId')
  async body(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Query('paa') on: unknown, @Query('efter') after: unknown, @Query('besked') notice: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const day = membersDay(on);
    const dayInput = typeof on === 'string' && day !== undefined ? on.trim() : '';
    if (day === null) {
      const errors = [{ field: 'paa', code: 'paa-not-a-date', message: 'Datoen findes ikke. Skriv datoen som dag.måned.år, fx 23.11.2026.' }];
      return this.showBody(session, bodyId, undefined, dayInput, undefined, EMPTY_MEMBER_FORM, errors, 400, response);
    }
    await this.showBody(session, bodyId, day, dayInput, pageCursor(after), EMPTY_MEMBER_FORM, [], 200, response, notice);
  }

  @Post('organer/:bodyId/medlemmer')
  async addMember(@Req() request: WebRequest, @Param('bodyId') bodyId: string, @Body() body: FormBody, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseMemberForm(body);
    if (!parsed.ok) return this.showBody(session, bodyId, undefined, '', undefined, parsed.input, parsed.errors, 400, response);
    const refused = formRefusalOf(await this.registry.addMember(session.accessToken, bodyId, parsed.value));
    if (refused) return this.showBody(session, bodyId, undefined, '', undefined, parsed.input, [registryRefusal(refused.refusal, 'personName')], refused.status, response);
    response.redirect(303, `${bodyHref(bodyId)}?besked=medlem`);
  }

  private async showBody(
    session: ActiveSession,
    bodyId: string,
    day: string | undefined,
    dayInput: string,
    cursor: string | undefined,
    form: MemberInput,
    errors: FieldError[],
    status: number,
    response: Response,
    notice: unknown = null,
  ): Promise<void> {
    const body = bodyOf(await this.registry.body(session.accessToken, bodyId));
    const members = bodyOf(await this.registry.members(session.accessToken, bodyId, day, cursor));
    sendPage(response, status, bodyPage(session, { body, members, day, dayInput, cursor }, form, errors, notice));
  }
}
