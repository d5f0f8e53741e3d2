import { Injectable } from '@nestjs/common';
import { conflict, decodePageCursor, isInstantAndIdKey, notFound, OutboxService, type Page, pageOf, PAGE_LIMIT_MAX, type Principal } from '@ssp/platform';
import { localDay } from '@ssp/platform/time';
import { DataSource, type EntityManager } from 'typeorm';
import { AgendaService } from '../agenda/agenda.service';
import { IdentityReaderService } from '../persons/identity-reader.service';
import {
  approveRefusal,
  closeRefusal,
  ITEM_OUTCOME_LABELS,
  markRefusal,
  MEETING_AGENDA_MAX,
  MEETING_STATE_LABELS,
  meetingState,
  openRefusal,
  type MarkableOutcome,
} from './meeting-record-rules';
import { INTERVENTION_STATUS_LABELS } from '../interventions/intervention-status';
import { DECISION_KIND_NAMES } from '../meetings/decision-rules';
import { referralBodyName } from '../referrals/referral-rules';
import { MEETING_REFUSALS, type MeetingItemDto, type MinutesDto, type MondayMeetingDto, type OneMeetingItemDto } from './monday-meetings.dto';
import { MondayMeetingsRepository, type FrozenItem, type MeetingItemRow, type MondayMeetingRow, type OutcomeCounts } from './monday-meetings.repository';
import { createEnvelope, ServiceName, Topics, type DecisionKind } from '@ssp/contracts';

const isItemKey = (value: unknown): value is [number] => Array.isArray(value) && value.length === 1 && Number.isInteger(value[0]) && (value[0] as number) >= 0;

/**
 * The Monday group's meeting record. Network groups schedules the meeting; opening it here
 * freezes its agenda (the persons on the live agenda then, with their reasons); the notes,
 * decisions and interventions about those persons made while it is open belong to it; closing
 * says which items were not reached; the minutes are approved once and are then read-only.
 */
@Injectable()
export class MondayMeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agendas: AgendaService,
    private readonly identities: IdentityReaderService,
    private readonly outbox: OutboxService,
  ) {}

  async open(meetingId: string, principal: Principal, now: Date): Promise<MondayMeetingDto> {
    const meeting = await this.meetingOrRefuse(new MondayMeetingsRepository(this.dataSource.manager), meetingId);
    this.refuseOpening(meeting, now, false);
    const { items, cut } = await this.freezeAgenda(localDay(meeting.starts_at));
    return this.dataSource.transaction(async (tx) => {
      const meetings = new MondayMeetingsRepository(tx);
      const locked = (await meetings.meetingForUpdate(meetingId))!;
      this.refuseOpening(locked, now, await meetings.anotherOpen(meetingId));
      await meetings.open(meetingId, principal.subject, now, cut, items);
      return this.recorded(tx, meetingId, now);
    });
  }

  async markItem(meetingId: string, pseudonym: string, outcome: MarkableOutcome, principal: Principal, now: Date): Promise<MeetingItemDto> {
    return this.dataSource.transaction(async (tx) => {
      const meetings = new MondayMeetingsRepository(tx);
      const meeting = await this.meetingOrRefuse(meetings, meetingId, true);
      if ((await meetings.item(meetingId, pseudonym)) === null) throw notFound(MEETING_REFUSALS.itemNotFound);
      const refusal = markRefusal(meetingState(times(meeting)), outcome, await meetings.decidedAtMeeting(meetingId, pseudonym));
      if (refusal === 'meeting-not-open') throw conflict(MEETING_REFUSALS.notOpen);
      if (refusal === 'no-decision') throw conflict(MEETING_REFUSALS.noDecision);
      const [item] = await this.itemDtos(tx, meetingId, [await meetings.markItem(meetingId, pseudonym, outcome, principal.subject, now)]);
      return item;
    });
  }

  async close(meetingId: string, principal: Principal, now: Date): Promise<MondayMeetingDto> {
    return this.dataSource.transaction(async (tx) => {
      const meetings = new MondayMeetingsRepository(tx);
      const meeting = await this.meetingOrRefuse(meetings, meetingId, true);
      if (closeRefusal(meetingState(times(meeting))) !== null) throw conflict(MEETING_REFUSALS.notOpen);
      await meetings.close(meetingId, principal.subject, now);
      return this.recorded(tx, meetingId, now);
    });
  }

  async approve(meetingId: string, principal: Principal, now: Date): Promise<MondayMeetingDto> {
    return this.dataSource.transaction(async (tx) => {
      const meetings = new MondayMeetingsRepository(tx);
      const meeting = await this.meetingOrRefuse(meetings, meetingId, true);
      const refusal = approveRefusal(meetingState(times(meeting)));
      if (refusal === 'already-approved') throw conflict(MEETING_REFUSALS.alreadyApproved);
      if (refusal === 'not-closed') throw conflict(MEETING_REFUSALS.notClosed);
      await meetings.approve(meetingId, principal.subject, now);
      return this.recorded(tx, meetingId, now);
    });
  }

  async meeting(meetingId: string): Promise<MondayMeetingDto> {
    const meetings = new MondayMeetingsRepository(this.dataSource.manager);
    return this.meetingDto(meetings, await this.meetingOrRefuse(meetings, meetingId));
  }

  /** Earlier and coming meetings, newest first. */
  async meetings(limit: number, after: string | undefined): Promise<Page<MondayMeetingDto>> {
    const meetings = new MondayMeetingsRepository(this.dataSource.manager);
    const rows = await meetings.meetingsBefore(decodePageCursor(after, isInstantAndIdKey), limit + 1);
    const page = pageOf(rows, limit, (row) => [row.starts_at.getTime(), row.meeting_id]);
    const counts = await meetings.outcomeCountsOf(page.items.map((row) => row.meeting_id));
    return { items: page.items.map((row) => meetingDtoOf(row, counts.get(row.meeting_id)!)), next: page.next };
  }

  async items(meetingId: string, limit: number, after: string | undefined): Promise<Page<MeetingItemDto>> {
    const meetings = new MondayMeetingsRepository(this.dataSource.manager);
    await this.meetingOrRefuse(meetings, meetingId);
    const [afterPosition] = decodePageCursor(after, isItemKey) ?? [0];
    const page = pageOf(await meetings.itemsAfter(meetingId, afterPosition, limit + 1), limit, (row) => [row.position]);
    return { items: await this.itemDtos(this.dataSource.manager, meetingId, page.items), next: page.next };
  }

  /** One person's item of the meeting, with the next item's pseudonym; 404 when the person is not on its frozen agenda. */
  async item(meetingId: string, pseudonym: string): Promise<OneMeetingItemDto> {
    const manager = this.dataSource.manager;
    const meetings = new MondayMeetingsRepository(manager);
    await this.meetingOrRefuse(meetings, meetingId);
    const row = await meetings.item(meetingId, pseudonym);
    if (row === null) throw notFound(MEETING_REFUSALS.itemNotFound);
    const [item] = await this.itemDtos(manager, meetingId, [row]);
    return { ...item, nextPseudonym: await meetings.nextPseudonym(meetingId, row.position) };
  }

  /** The whole record; bounded by the frozen agenda's cap (MEETING_AGENDA_MAX). */
  async minutes(meetingId: string): Promise<MinutesDto> {
    const meetings = new MondayMeetingsRepository(this.dataSource.manager);
    const meeting = await this.meetingDto(meetings, await this.meetingOrRefuse(meetings, meetingId));
    return { meeting, items: await this.itemDtos(this.dataSource.manager, meetingId, await meetings.itemsAfter(meetingId, 0, MEETING_AGENDA_MAX)) };
  }

  /** The meeting as it now stands, told on `ssp.monday-meeting.recorded.v1` (counts only) in the same transaction. */
  private async recorded(tx: EntityManager, meetingId: string, now: Date): Promise<MondayMeetingDto> {
    const meetings = new MondayMeetingsRepository(tx);
    const meeting = await this.meetingDto(meetings, (await meetings.meeting(meetingId))!);
    const { handled, deferred, notReached, unmarked } = meeting.items;
    const payload = { meetingId, state: meeting.state as 'open' | 'closed' | 'approved', persons: handled + deferred + notReached + unmarked, handled, deferred, notReached, recordedAt: now.toISOString() };
    const origin = { producer: ServiceName.caseCoordination, occurredAt: now };
    await this.outbox.publish(tx, Topics.mondayMeetingRecorded, meetingId, createEnvelope(Topics.mondayMeetingRecorded, payload, origin));
    return meeting;
  }

  private refuseOpening(meeting: MondayMeetingRow, now: Date, anotherOpen: boolean): void {
    const refusal = openRefusal(meetingState(times(meeting)), localDay(meeting.starts_at), localDay(now), anotherOpen);
    if (refusal === 'already-opened') throw conflict(MEETING_REFUSALS.alreadyOpened);
    if (refusal === 'not-yet') throw conflict(MEETING_REFUSALS.notYet);
    if (refusal === 'another-open') throw conflict(MEETING_REFUSALS.anotherOpen);
  }

  /** The live agenda of the meeting's day, page by page, up to MEETING_AGENDA_MAX persons. */
  private async freezeAgenda(meetingDay: string): Promise<{ items: FrozenItem[]; cut: boolean }> {
    const items: FrozenItem[] = [];
    let after: string | undefined;
    do {
      const page = await this.agendas.agendaOfMeetingOnOrAfter(meetingDay, Math.min(PAGE_LIMIT_MAX, MEETING_AGENDA_MAX - items.length), after);
      for (const item of page.items) items.push({ position: items.length + 1, pseudonym: item.personPseudonym, priority: item.priority, reasons: item.reasons });
      after = page.next ?? undefined;
    } while (after !== undefined && items.length < MEETING_AGENDA_MAX);
    return { items, cut: after !== undefined };
  }

  private async meetingOrRefuse(meetings: MondayMeetingsRepository, meetingId: string, forUpdate = false): Promise<MondayMeetingRow> {
    const meeting = forUpdate ? await meetings.meetingForUpdate(meetingId) : await meetings.meeting(meetingId);
    if (meeting === null) throw notFound(MEETING_REFUSALS.notFound);
    return meeting;
  }

  private async meetingDto(meetings: MondayMeetingsRepository, row: MondayMeetingRow): Promise<MondayMeetingDto> {
    return meetingDtoOf(row, (await meetings.outcomeCountsOf([row.meeting_id])).get(row.meeting_id)!);
  }

  private async itemDtos(manager: EntityManager, meetingId: string, rows: readonly MeetingItemRow[]): Promise<MeetingItemDto[]> {
    const pseudonyms = rows.map((row) => row.person_pseudonym);
    const records = await new MondayMeetingsRepository(manager).recordsOf(meetingId, pseudonyms);
    const identities = await this.identities.identitiesOf(manager, pseudonyms);
    return rows.map((row) => {
      const identity = identities.identities.get(row.person_pseudonym);
      const mine = <T extends { person_pseudonym: string }>(list: readonly T[]) => list.filter((record) => record.person_pseudonym === row.person_pseudonym);
      return {
        position: row.position,
        personPseudonym: row.person_pseudonym,
        person: { name: identity?.name ?? null, birthDate: identity?.birthDate ?? null, identityUnreadable: identities.unreadable.has(row.person_pseudonym) },
        priority: row.priority,
        reasons: row.reasons.map(({ code, text }) => ({ code, text })),
        outcome: row.outcome,
        outcomeText: row.outcome === null ? null : ITEM_OUTCOME_LABELS[row.outcome],
        decisions: mine(records.decisions).map((decision) => ({
          id: decision.id,
          kind: decision.kind,
          kindText: DECISION_KIND_NAMES[decision.kind as DecisionKind],
          referralBody: decision.referral_body,
          referralBodyName: decision.referral_body === null ? null : referralBodyName(decision.referral_body),
          note: decision.note,
          decidedBy: decision.decided_by,
          decidedAt: decision.decided_at.toISOString(),
        })),
        notes: mine(records.notes).map((note) => ({ id: note.id, body: note.body, legalBasis: note.legal_basis, text: note.text, author: note.author, writtenAt: note.written_at.toISOString() })),
        interventions: mine(records.interventions).map((intervention) => ({
          id: intervention.id,
          title: intervention.title,
          ownerBody: intervention.owner_body,
          deadline: intervention.deadline,
          status: intervention.status,
          statusText: INTERVENTION_STATUS_LABELS[intervention.status],
        })),
      };
    });
  }
}

function times(row: MondayMeetingRow) {
  return { openedAt: row.opened_at, closedAt: row.closed_at, approvedAt: row.approved_at };
}

function meetingDtoOf(row: MondayMeetingRow, counts: OutcomeCounts): MondayMeetingDto {
  const state = meetingState(times(row));
  return {
    meetingId: row.meeting_id,
    meetingDate: localDay(row.starts_at),
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    state,
    stateText: MEETING_STATE_LABELS[state],
    openedAt: row.opened_at?.toISOString() ?? null,
    openedBy: row.opened_by,
    closedAt: row.closed_at?.toISOString() ?? null,
    closedBy: row.closed_by,
    approvedAt: row.approved_at?.toISOString() ?? null,
    approvedBy: row.approved_by,
    agendaCut: row.agenda_cut,
    items: { handled: counts.handled, deferred: counts.deferred, notReached: counts['not-reached'], unmarked: counts.unmarked },
  };
}
