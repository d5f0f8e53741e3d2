import { Inject, Injectable } from '@nestjs/common';
import { createEnvelope, nameBasedUuid, ServiceName, Topics, type AreaAlertRaisedV1, type EventEnvelope } from '@ssp/contracts';
import { Clock, decodePageCursor, isCalendarDay, isPageKey, OutboxService, pageOf, ReferenceDataRepository, SERVICE_CONFIG, type Page } from '@ssp/platform';
import { addDays, danishToday } from '@ssp/platform/time';
import { DataSource, type EntityManager } from 'typeorm';
import { networkGroupIdOf } from '../bodies/ssp-structure';
import { AgendaService } from '../meetings/agenda.service';
import type { NetworkGroupsConfig } from '../network-groups.config';
import { areaAlertAgendaItem } from './area-alert-agenda-item';
import { callsForFollowUp, decideAlert, type AlertThresholds } from './alert-rule';
import type { AreaAlertDto } from './area-signals.dto';
import type { SignalBucket } from './signal-bucket-locks';

/** An alert as stored; the API adds the Danish names of its area and category. */
export type StoredAlert = Omit<AreaAlertDto, 'areaName' | 'offenceCategoryText'>;

/** One offence category's count in one area and ISO week. */
export interface WeekCount extends SignalBucket {
  count: number;
}

/**
 * An area, category and week has one alert ever (area_alert_once_per_week; alerts are never
 * deleted), so the alert's id and its event's id derive from them: raised again, after a
 * restore to a time before it, it is the same alert and the same event, which consumers that
 * had it skip.
 */
export const areaAlertIdOf = (week: Pick<WeekCount, 'areaId' | 'offenceCategory' | 'weekStart'>) =>
  nameBasedUuid(`area-alert|${week.areaId}|${week.offenceCategory}|${week.weekStart}`);
export const areaAlertRaisedEventIdOf = (alertId: string) => nameBasedUuid(`area-alert-raised|${alertId}`);

/** [week start YYYY-MM-DD, offence category] */
const isWeekAndCategory = isPageKey('string', 'string');
/** The last alert's week (a calendar day, which the query casts) and offence category. */
const isAlertKey = (value: unknown): value is [string, string] => isWeekAndCategory(value) && isCalendarDay(value[0]);
const isWeekAreaAndCategory = isPageKey('string', 'string', 'string');
/** The last alert's week, area and offence category, in the list of every area's alerts. */
const isEveryAreaAlertKey = (value: unknown): value is [string, string, string] => isWeekAreaAndCategory(value) && isCalendarDay(value[0]);

const ALERT_COLUMNS = `id AS "alertId", area_id AS "areaId", offence_category AS "offenceCategory", to_char(week_start, 'YYYY-MM-DD') AS "weekStart",
  incidents AS count, raised_at AS "raisedAt"`;

/**
 * Area alerts: an offence category that rose well above its recent level in an area
 * (alert-rule.ts). At most one per area, category and week, by the table's unique
 * constraint as much as by this code.
 */
@Injectable()
export class AreaAlertService {
  private readonly thresholds: AlertThresholds;
  private readonly followUpWeeks: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly agenda: AgendaService,
    @Inject(SERVICE_CONFIG) config: NetworkGroupsConfig,
    private readonly clock: Clock,
  ) {
    this.thresholds = { minCount: config.ALERT_MIN_COUNT, factor: config.ALERT_FACTOR, trailingWeeks: config.ALERT_TRAILING_WEEKS };
    this.followUpWeeks = config.ALERT_FOLLOW_UP_WEEKS;
  }

  /**
   * Called whenever a week's count grew. Only that week can newly cross: a late incident in
   * an earlier week raises the trailing mean of the weeks after it, which never makes them
   * cross. Returns the alert when this change raised it.
   */
  async evaluateWeek(tx: EntityManager, week: WeekCount, cause: EventEnvelope): Promise<AreaAlertRaisedV1 | null> {
    const trailing = (await tx.query(
      `SELECT incidents FROM area_signal_week
        WHERE area_id = $1 AND offence_category = $2 AND week_start >= $3 AND week_start < $4`,
      [week.areaId, week.offenceCategory, addDays(week.weekStart, -7 * this.thresholds.trailingWeeks), week.weekStart],
    )) as { incidents: number }[];
    const decision = decideAlert(week.count, trailing.map((row) => row.incidents), this.thresholds);
    if (!decision.alert) return null;
    return this.raiseAlert(tx, { ...week, trailingMean: decision.trailingMean }, cause);
  }

  /**
   * Raises the alert for the week unless it was raised before: stores it and publishes
   * `ssp.area.alert-raised.v1`, in the caller's transaction. Returns the alert when raised now,
   * null when the week already had one. The caller then gives the alerts raised to `followUp`.
   */
  async raiseAlert(tx: EntityManager, week: WeekCount & { trailingMean: number }, cause: EventEnvelope): Promise<AreaAlertRaisedV1 | null> {
    const raisedAt = this.clock.now();
    const inserted = (await tx.query(
      `INSERT INTO area_alert (id, area_id, offence_category, week_start, incidents, trailing_mean, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT area_alert_once_per_week DO NOTHING RETURNING id`,
      [areaAlertIdOf(week), week.areaId, week.offenceCategory, week.weekStart, week.count, week.trailingMean, raisedAt],
    )) as { id: string }[];
    if (inserted.length === 0) return null;
    const alert: AreaAlertRaisedV1 = {
      alertId: inserted[0].id,
      areaId: week.areaId,
      offenceCategory: week.offenceCategory,
      weekStart: week.weekStart,
      count: week.count,
      trailingMean: week.trailingMean,
      raisedAt: raisedAt.toISOString(),
    };
    const origin = { producer: ServiceName.networkGroups, id: areaAlertRaisedEventIdOf(alert.alertId), correlationId: cause.correlationId, causationId: cause.id, occurredAt: raisedAt };
    await this.outbox.publish(tx, Topics.areaAlertRaised, alert.areaId, createEnvelope(Topics.areaAlertRaised, alert, origin));
    return alert;
  }

  /**
   * Puts each alert whose week is recent (ALERT_FOLLOW_UP_WEEKS) on the agenda of its area's
   * network group's next meeting, which tells its members, in the caller's transaction. Done
   * for all of a batch's alerts at the end, in network group order: each addition takes its
   * agenda's lock, and two batches raising alerts in two areas in opposite orders would
   * otherwise each hold one agenda and wait for the other's (a deadlock).
   */
  async followUp(tx: EntityManager, alerts: readonly AreaAlertRaisedV1[]): Promise<void> {
    const due = alerts
      .filter((alert) => callsForFollowUp(alert.weekStart, danishToday(new Date(alert.raisedAt)), this.followUpWeeks))
      .map((alert) => ({ alert, groupId: networkGroupIdOf(alert.areaId) }))
      .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
    if (due.length === 0) return;
    const names = await new ReferenceDataRepository(tx).names();
    for (const { alert, groupId } of due) {
      await this.agenda.addAgendaItemToNextMeeting(tx, groupId, areaAlertAgendaItem(alert, names), new Date(alert.raisedAt));
    }
  }

  /** The area's alerts, the newest week first. */
  /** A page of the area's alerts, newest week first (keyset on week and offence category, unique per area). */
  async alertsOf(areaId: string, limit: number, after: string | undefined): Promise<Page<StoredAlert>> {
    const key = decodePageCursor(after, isAlertKey);
    const rows = (await this.dataSource.query(
      `SELECT ${ALERT_COLUMNS} FROM area_alert
        WHERE area_id = $1 AND ($2::date IS NULL OR week_start < $2::date OR (week_start = $2::date AND offence_category COLLATE "C" > $3::text))
        ORDER BY week_start DESC, offence_category COLLATE "C" LIMIT $4`,
      [areaId, key?.[0] ?? null, key?.[1] ?? null, limit + 1],
    )) as (Omit<StoredAlert, 'raisedAt'> & { raisedAt: Date })[];
    const page = pageOf(rows, limit, (row) => [row.weekStart, row.offenceCategory]);
    return { items: page.items.map((row) => ({ ...row, raisedAt: row.raisedAt.toISOString() })), next: page.next };
  }

  /** A page of every area's alerts, newest week first, then by area and offence category: the view across the network groups. */
  async alertsOfEveryArea(limit: number, after: string | undefined): Promise<Page<StoredAlert>> {
    const key = decodePageCursor(after, isEveryAreaAlertKey);
    const rows = (await this.dataSource.query(
      `SELECT ${ALERT_COLUMNS} FROM area_alert
        WHERE $1::date IS NULL OR week_start < $1::date OR (week_start = $1::date AND (area_id COLLATE "C", offence_category COLLATE "C") > ($2::text, $3::text))
        ORDER BY week_start DESC, area_id COLLATE "C", offence_category COLLATE "C" LIMIT $4`,
      [key?.[0] ?? null, key?.[1] ?? null, key?.[2] ?? null, limit + 1],
    )) as (Omit<StoredAlert, 'raisedAt'> & { raisedAt: Date })[];
    const page = pageOf(rows, limit, (row) => [row.weekStart, row.areaId, row.offenceCategory]);
    return { items: page.items.map((row) => ({ ...row, raisedAt: row.raisedAt.toISOString() })), next: page.next };
  }
}
