import { badRequest, Clock, notFound, ReferenceDataRepository, type Page, type ReferenceNames } from '@ssp/platform';
import { Injectable } from '@nestjs/common';
import type { AreaAlertRaisedV1, EventEnvelope, IncidentRecordedV2 } from '@ssp/contracts';
import { danishToday } from '@ssp/platform/time';
import { createHmac } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AreaAlertService, type StoredAlert } from './area-alert.service';
import { AREA_SIGNAL_REFUSALS, type AreaAlertDto, type AreaSignalsDto } from './area-signals.dto';
import { weekStartOf } from './iso-week';
import { lockSignalBuckets, type SignalBucket } from './signal-bucket-locks';
import { signalWeekRange } from './signal-weeks';
import { shownCount, SUPPRESS_BELOW } from './small-counts';

/** The area, category and ISO week an incident is counted in. */
function bucketOf(incident: IncidentRecordedV2): SignalBucket {
  // The contract allows a full timestamp; the calendar day is what it says before the time.
  return { areaId: incident.areaId, offenceCategory: incident.offenceCategory, weekStart: weekStartOf(incident.incidentDate.slice(0, 10)) };
}

/**
 * Anonymised weekly counts of police incidents per area and offence category. Nothing about
 * the young people is kept: an incident is counted once per journal number (two young people
 * in one incident are one incident), known only by the keyed digest the event carries and
 * remembered only as a digest of that under this database's own key, so that a repeated or
 * replayed incident is not counted again.
 */
@Injectable()
export class AreaSignalsService {
  private journalKey: Buffer | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AreaAlertService,
    private readonly clock: Clock,
  ) {}

  /**
   * Counts the incidents, in the order given, each in its week and, in a local area, checks
   * the week for an alert; then puts the alerts raised on the agendas. The weeks the
   * incidents fall in are locked first, all together in one order (signal-bucket-locks.ts),
   * so that concurrent consumer batches never deadlock on the counters they share.
   */
  async recordIncidents(tx: EntityManager, events: readonly EventEnvelope<IncidentRecordedV2>[]): Promise<void> {
    const buckets = events.map(({ payload }) => bucketOf(payload));
    await lockSignalBuckets(tx, buckets);
    // Which areas are no local area now, once for the batch.
    const notAreas = new Set(await new ReferenceDataRepository(tx).notCurrentAreas([...new Set(buckets.map((bucket) => bucket.areaId))]));
    const raised: AreaAlertRaisedV1[] = [];
    for (const [index, event] of events.entries()) {
      const alert = await this.recordIncident(tx, event.payload, buckets[index], event, !notAreas.has(buckets[index].areaId));
      if (alert) raised.push(alert);
    }
    await this.alerts.followUp(tx, raised);
  }

  /**
   * Incidents the ingestion could not place (`unknown`, or an area network groups do not
   * have) are counted under that id but never alert: no network group could act on them.
   * Returns the alert the incident raised, if any.
   */
  private async recordIncident(tx: EntityManager, incident: IncidentRecordedV2, week: SignalBucket, cause: EventEnvelope, inLocalArea: boolean): Promise<AreaAlertRaisedV1 | null> {
    const bucket = [week.areaId, week.offenceCategory, week.weekStart];
    const fresh = (await tx.query(
      `INSERT INTO area_signal_incident (area_id, offence_category, week_start, journal_digest) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [...bucket, await this.journalDigest(tx, incident.journalDigest)],
    )) as unknown[];
    if (fresh.length === 0) return null;
    const [counted] = (await tx.query(
      `INSERT INTO area_signal_week (area_id, offence_category, week_start, incidents) VALUES ($1, $2, $3, 1)
       ON CONFLICT (area_id, offence_category, week_start) DO UPDATE SET incidents = area_signal_week.incidents + 1
       RETURNING incidents`,
      bucket,
    )) as { incidents: number }[];
    if (!inLocalArea) return null;
    return this.alerts.evaluateWeek(tx, { ...week, count: counted.incidents }, cause);
  }

  /** The area's weekly counts per category in the weeks asked for, counts below 5 suppressed. */
  async signalsOf(areaId: string, from: string | undefined, to: string | undefined): Promise<AreaSignalsDto> {
    await this.assertKnownArea(areaId);
    const weeks = signalWeekRange(from, to, danishToday(this.clock.now()));
    if ('problem' in weeks) throw badRequest(AREA_SIGNAL_REFUSALS[weeks.problem]);
    const rows = (await this.dataSource.query(
      `SELECT to_char(week_start, 'YYYY-MM-DD') AS "weekStart", offence_category AS "offenceCategory", incidents
         FROM area_signal_week WHERE area_id = $1 AND week_start BETWEEN $2 AND $3
        ORDER BY week_start, offence_category`,
      [areaId, weeks.range.from, weeks.range.to],
    )) as { weekStart: string; offenceCategory: string; incidents: number }[];
    const names = await this.names();
    return {
      areaId,
      areaName: names.area(areaId),
      ...weeks.range,
      suppressedBelow: SUPPRESS_BELOW,
      counts: rows.map((row) => ({
        weekStart: row.weekStart,
        offenceCategory: row.offenceCategory,
        offenceCategoryText: names.offenceCategory(row.offenceCategory),
        ...shownCount(row.incidents),
      })),
    };
  }

  async alertsOfEveryArea(limit: number, after: string | undefined): Promise<Page<AreaAlertDto>> {
    return this.named(await this.alerts.alertsOfEveryArea(limit, after));
  }

  async alertsOf(areaId: string, limit: number, after: string | undefined): Promise<Page<AreaAlertDto>> {
    await this.assertKnownArea(areaId);
    return this.named(await this.alerts.alertsOf(areaId, limit, after));
  }

  /** The Danish names of the areas and categories, as this service's copy of the reference tables has them now. */
  private names(): Promise<ReferenceNames> {
    return new ReferenceDataRepository(this.dataSource.manager).names();
  }

  private async named(page: Page<StoredAlert>): Promise<Page<AreaAlertDto>> {
    const names = await this.names();
    return { ...page, items: page.items.map((alert) => ({ ...alert, areaName: names.area(alert.areaId), offenceCategoryText: names.offenceCategory(alert.offenceCategory) })) };
  }

  /** An area the reference data has ever known: a withdrawn one keeps its history. */
  private async assertKnownArea(areaId: string): Promise<void> {
    if (!(await new ReferenceDataRepository(this.dataSource.manager).knowsArea(areaId))) throw notFound(AREA_SIGNAL_REFUSALS.areaNotFound, { areaId });
  }

  /** HMAC-SHA-256 of the event's journal digest under the database's own key (area_signal_key): equal journals match, nothing else can be read from it. */
  private async journalDigest(tx: EntityManager, eventJournalDigest: string): Promise<Buffer> {
    if (!this.journalKey) {
      const [row] = (await tx.query('SELECT journal_key FROM area_signal_key')) as { journal_key: Buffer }[];
      this.journalKey = row.journal_key;
    }
    return createHmac('sha256', this.journalKey).update(eventJournalDigest, 'utf8').digest();
  }
}
