import { Inject, Injectable } from '@nestjs/common';
import { decodePageCursor, isPageKey, notFound, pageOf, Permission, permissionsOf, SERVICE_CONFIG, type Page, type Principal } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { DataSource } from 'typeorm';
import { isActiveOn, type MembershipPeriod } from '../bodies/membership-period';
import { bodyOf } from '../bodies/body-of';
import type { NetworkGroupsConfig } from '../network-groups.config';
import { PEOPLE_REFUSALS } from '../people/people.dto';
import { CALENDAR_REFUSALS, type CalendarFeedDto, type IssuedCalendarFeedDto } from './calendar.dto';
import { CalendarFeedsRepository, FEED_COLUMNS, type FeedRow } from './calendar-feeds.repository';
import { feedTokenHash, isFeedToken, newFeedToken } from './feed-token';
import { icalFeed, type FeedMeeting } from './ical-feed';

const DAY_MS = 24 * 3_600_000;
/**
 * A feed shows the meetings that start from 90 days back to 365 days ahead (docs/paging.md):
 * the cost of one fetch is bounded by the window, not by the body's history. At most
 * FEED_MEETINGS_MAX of them, the earliest, as a backstop.
 */
export const FEED_WINDOW = { pastDays: 90, aheadDays: 365 } as const;
export const FEED_MEETINGS_MAX = 1_000;
const PERSON_FEED_NAME = 'SSP-møder';
const isFeedKey = isPageKey('uuid');

interface FeedWindow {
  since: Date;
  until: Date;
}

function managesBodies(principal: Principal): boolean {
  return permissionsOf(principal.roles).has(Permission.groupsManage);
}

function feedDto(row: FeedRow): CalendarFeedDto {
  return { id: row.id, kind: row.bodyId === null ? 'person' : 'body', bodyId: row.bodyId, personId: row.personId, createdAt: row.createdAt.toISOString() };
}

/**
 * iCalendar feeds of a body's meetings, or of a person's (every body they are a member of on
 * the meeting's day). Issued to a signed-in caller as a URL with a secret token, kept only
 * as a hash and revocable; the feed holds title, body, times and place, no record and no people.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CalendarFeedsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
  ) {}

  /**
   * A body's feed lasts as long as its issuer sits in the body (see `feed`), so a member must
   * be in the registry, linked to their sign-in, and a member today; the secretariat's feeds last until revoked.
   */
  async issueBodyFeed(bodyId: string, principal: Principal, now: Date): Promise<IssuedCalendarFeedDto> {
    await bodyOf(this.dataSource.manager, bodyId);
    if (!managesBodies(principal) && !(await this.sitsIn(principal.subject, bodyId, now))) {
      throw notFound(CALENDAR_REFUSALS.notMember, { bodyId });
    }
    return this.issue({ bodyId, personId: null }, principal, now);
  }

  /** Whether the person linked to `subject` is a member of the body on the Danish day of `now`. */
  private async sitsIn(subject: string, bodyId: string, now: Date): Promise<boolean> {
    const memberships = (await this.dataSource.query(
      `SELECT to_char(m.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(m.valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM body_membership m JOIN person p ON p.id = m.person_id WHERE p.subject = $1 AND m.body_id = $2`,
      [subject, bodyId],
    )) as MembershipPeriod[];
    return memberships.some((membership) => isActiveOn(membership, danishToday(now)));
  }

  /** For the person signed in: the person whose sign-in subject is the token's. */
  async issueOwnFeed(principal: Principal, now: Date): Promise<IssuedCalendarFeedDto> {
    const [person] = (await this.dataSource.query('SELECT id FROM person WHERE subject = $1', [principal.subject])) as { id: string }[];
    if (!person) throw notFound(PEOPLE_REFUSALS.notLinked);
    return this.issue({ bodyId: null, personId: person.id }, principal, now);
  }

  /** The secretariat issues a person's feed by id, e.g. before the person has signed in. */
  async issuePersonFeed(personId: string, principal: Principal, now: Date): Promise<IssuedCalendarFeedDto> {
    const [person] = (await this.dataSource.query('SELECT id FROM person WHERE id = $1', [personId])) as { id: string }[];
    if (!person) throw notFound(PEOPLE_REFUSALS.notFound, { personId });
    return this.issue({ bodyId: null, personId }, principal, now);
  }

  /** A page of the caller's active feeds (those they issued, and those of their own person), oldest first; the cursor is the last one's id. */
  async listOwn(principal: Principal, limit: number, after: string | undefined): Promise<Page<CalendarFeedDto>> {
    const [afterId] = decodePageCursor(after, isFeedKey) ?? [null];
    return pageOf((await this.repository.activeOf(principal.subject, limit + 1, afterId)).map(feedDto), limit, (feed) => [feed.id]);
  }

  /** Revokes a feed the caller issued or that is their own; the secretariat may revoke any. 404 otherwise, or when already revoked. */
  async revoke(feedId: string, principal: Principal, now: Date): Promise<void> {
    const secretariat = managesBodies(principal);
    const [[revoked]] = (await this.dataSource.query(
      `UPDATE calendar_feed SET revoked_at = $2
        WHERE id = $1 AND revoked_at IS NULL
          AND ($4 OR created_by = $3 OR person_id IN (SELECT id FROM person WHERE subject = $3))
        RETURNING id`,
      [feedId, now, principal.subject, secretariat],
    )) as [{ id: string }[], number];
    if (!revoked) throw notFound(CALENDAR_REFUSALS.feedNotFound, { feedId });
  }

  /** The feed's iCalendar text; null for a token that is malformed, unknown or revoked. */
  async feed(token: string, now: Date): Promise<string | null> {
    if (!isFeedToken(token)) return null;
    const [feed] = (await this.dataSource.query(
      'SELECT body_id AS "bodyId", person_id AS "personId", created_by AS "createdBy", issuer_manages AS "issuerManages" FROM calendar_feed WHERE token_hash = $1 AND revoked_at IS NULL',
      [feedTokenHash(token)],
    )) as { bodyId: string | null; personId: string | null; createdBy: string; issuerManages: boolean }[];
    if (!feed) return null;
    const window = { since: new Date(now.getTime() - FEED_WINDOW.pastDays * DAY_MS), until: new Date(now.getTime() + FEED_WINDOW.aheadDays * DAY_MS) };
    if (feed.bodyId !== null) {
      // A member who has left the body takes the feed they issued with them.
      if (!feed.issuerManages && !(await this.sitsIn(feed.createdBy, feed.bodyId, now))) return null;
      const body = await bodyOf(this.dataSource.manager, feed.bodyId);
      return icalFeed(body.name, await this.meetingsOf([feed.bodyId], window), now);
    }
    return icalFeed(PERSON_FEED_NAME, await this.meetingsOfPerson(feed.personId as string, window), now);
  }

  /** The meetings of every body the person is a member of on the meeting's (Copenhagen) day. */
  private async meetingsOfPerson(personId: string, window: FeedWindow): Promise<FeedMeeting[]> {
    const memberships = (await this.dataSource.query(
      `SELECT body_id AS "bodyId", to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM body_membership WHERE person_id = $1`,
      [personId],
    )) as (MembershipPeriod & { bodyId: string })[];
    const bodyIds = [...new Set(memberships.map((membership) => membership.bodyId))];
    const meetings = await this.meetingsOf(bodyIds, window);
    return meetings.filter((meeting) => memberships.some((membership) => membership.bodyId === meeting.bodyId && isActiveOn(membership, meeting.day)));
  }

  private async meetingsOf(bodyIds: string[], { since, until }: FeedWindow): Promise<(FeedMeeting & { bodyId: string; day: string })[]> {
    const rows = await this.repository.meetingsOf(bodyIds, since, until, FEED_MEETINGS_MAX);
    return rows.map((row) => ({ id: row.id, bodyId: row.bodyId, day: row.day, title: row.title, bodyName: row.bodyName, startsAt: row.startsAt, endsAt: row.endsAt, location: row.location }));
  }

  private async issue(target: { bodyId: string | null; personId: string | null }, principal: Principal, now: Date): Promise<IssuedCalendarFeedDto> {
    const token = newFeedToken();
    const [row] = (await this.dataSource.query(
      `INSERT INTO calendar_feed (token_hash, body_id, person_id, created_by, issuer_manages, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${FEED_COLUMNS}`,
      [feedTokenHash(token), target.bodyId, target.personId, principal.subject, managesBodies(principal), now],
    )) as FeedRow[];
    const path = `/calendar/${token}.ics`;
    return { ...feedDto(row), path, url: `${this.config.CALENDAR_FEED_BASE_URL.replace(/\/+$/, '')}${path}` };
  }
}
