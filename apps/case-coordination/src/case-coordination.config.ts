import { IdentityHolderConfig, IsCalendarDay, SCHEDULE_PATTERN } from '@ssp/platform';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class CaseCoordinationConfig extends IdentityHolderConfig {
  override HTTP_PORT: number = 3002;

  /**
   * The HMAC key of the blind search index (person search by CPR, name, birth date):
   * base64 of at least 32 random bytes, its own key (not an identity key). Best as
   * SEARCH_INDEX_KEY_FILE. A new key means indexing every identity again.
   */
  @Matches(/^(?:[A-Za-z0-9+/]{4}){10,}(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{6}==)$/, { message: 'SEARCH_INDEX_KEY must be at least 32 random bytes, base64' })
  SEARCH_INDEX_KEY!: string;

  /** A Monday on which the Monday group met; it meets every other Monday from there. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'MONDAY_GROUP_FIRST_MEETING must be a day, YYYY-MM-DD (a Monday)' })
  MONDAY_GROUP_FIRST_MEETING: string = '2026-01-05';

  /**
   * Incidents dated before this day are history: kept, shown and counted in the review rules'
   * repeat window, but they flag no one for the agenda and open no case (issue 19: a first load
   * of years of police lists put 9,900 persons on one agenda). Unset, every incident counts.
   */
  @IsOptional()
  @IsCalendarDay({ message: 'AGENDA_BASELINE_DATE must be a day, YYYY-MM-DD, in 2000-2099' })
  AGENDA_BASELINE_DATE?: string;

  /** A person with no incident and no open intervention for this long is erased. */
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_MONTHS: number = 24;

  /** When the retention job erases, Danish time: HH:MM every day (or *:MM every hour). */
  @Matches(SCHEDULE_PATTERN, { message: 'RETENTION_TIME must be a time of day, HH:MM (or *:MM for every hour)' })
  RETENTION_TIME: string = '02:00';

  /**
   * When interventions past their deadline are reported, Danish time. A deadline passes at
   * midnight (it cannot be set in the past), so a run just after midnight reports them all.
   */
  @Matches(SCHEDULE_PATTERN, { message: 'OVERDUE_INTERVENTIONS_TIME must be a time of day, HH:MM (or *:MM for every hour)' })
  OVERDUE_INTERVENTIONS_TIME: string = '00:15';

  /**
   * How many Copenhagen days before an open intervention's deadline its responsible is
   * reminded (ssp.intervention.due-soon.v1), once; 0 reminds on the deadline itself. The
   * reminders go out at OVERDUE_INTERVENTIONS_TIME with the overdue reports.
   */
  @IsInt()
  @Min(0)
  @Max(30)
  INTERVENTION_DUE_SOON_DAYS: number = 2;
}
