import { SCHEDULE_PATTERN, ServiceConfig } from '@ssp/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

export class NetworkGroupsConfig extends ServiceConfig {
  override HTTP_PORT: number = 3003;

  /** An area alert needs at least this many incidents in the week; never below 5, so an alert shows no small count. */
  @IsInt({ message: 'ALERT_MIN_COUNT must be a whole number' })
  @Min(5, { message: 'ALERT_MIN_COUNT must be at least 5' })
  @Max(1000)
  ALERT_MIN_COUNT: number = 5;

  /** ... and at least this many times the mean of the trailing weeks (read to two decimals). */
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'ALERT_FACTOR must be a number with at most two decimals' })
  @Min(1, { message: 'ALERT_FACTOR must be at least 1' })
  @Max(100)
  ALERT_FACTOR: number = 3;

  /** The weeks before the alert's week whose mean it is compared with. */
  @IsInt({ message: 'ALERT_TRAILING_WEEKS must be a whole number' })
  @Min(1, { message: 'ALERT_TRAILING_WEEKS must be at least 1' })
  @Max(52, { message: 'ALERT_TRAILING_WEEKS must be at most 52' })
  ALERT_TRAILING_WEEKS: number = 8;

  /** An alert goes on the network group's agenda, and its members are told, only for the current week and this many before it. */
  @IsInt({ message: 'ALERT_FOLLOW_UP_WEEKS must be a whole number' })
  @Min(0, { message: 'ALERT_FOLLOW_UP_WEEKS must be at least 0' })
  @Max(52, { message: 'ALERT_FOLLOW_UP_WEEKS must be at most 52' })
  ALERT_FOLLOW_UP_WEEKS: number = 2;

  /** A Monday on which the Monday group met (as case coordination's setting of the same name); it meets every other Monday from there. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'MONDAY_GROUP_FIRST_MEETING must be a day, YYYY-MM-DD (a Monday)' })
  MONDAY_GROUP_FIRST_MEETING: string = '2026-01-05';

  /** How far ahead meetings of the recurring schedules are put in the calendar. */
  @IsInt({ message: 'MEETING_HORIZON_WEEKS must be a whole number' })
  @Min(1, { message: 'MEETING_HORIZON_WEEKS must be at least 1' })
  @Max(104, { message: 'MEETING_HORIZON_WEEKS must be at most 104' })
  MEETING_HORIZON_WEEKS: number = 12;

  /** When the recurring schedules' meetings are put in the calendar up to the horizon, Danish time: *:MM every hour (HH:MM for once a day). */
  @Matches(SCHEDULE_PATTERN, { message: 'MEETING_CALENDAR_TIME must be *:MM (every hour) or a time of day, HH:MM' })
  MEETING_CALENDAR_TIME: string = '*:00';

  /** When owners of action items whose deadline has come are told, Danish time: *:MM every hour (an item may be due the day it is written). */
  @Matches(SCHEDULE_PATTERN, { message: 'ACTION_ITEMS_DUE_TIME must be *:MM (every hour) or a time of day, HH:MM' })
  ACTION_ITEMS_DUE_TIME: string = '*:00';

  /** Where calendar clients reach this service; feed URLs handed out start with it. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'CALENDAR_FEED_BASE_URL must be an http(s) URL' })
  CALENDAR_FEED_BASE_URL: string = 'http://127.0.0.1:3003';

  /** The mail server as a URL (smtp://user:pass@host:587, smtps://host:465), or SMTP_HOST and the settings below. Without either, e-mails stay queued. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9.:-]+$/, { message: 'SMTP_HOST must be a host name or address' })
  SMTP_HOST?: string;

  @IsInt({ message: 'SMTP_PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  SMTP_PORT: number = 587;

  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  @Transform(({ obj }: { obj: Record<string, unknown> }) => String(obj.SMTP_SECURE ?? 'false').toLowerCase() === 'true')
  @IsBoolean()
  SMTP_SECURE: boolean = false;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  /** Best given as SMTP_PASSWORD_FILE, a mounted secret. */
  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  /** The sender of every e-mail, e.g. "SSP Randers <ssp-noreply@randers.dk>"; its domain ends every Message-ID. */
  @IsOptional()
  @Matches(/^([^<>]*<)?[^\s<>@]+@[A-Za-z0-9.-]+>?$/, { message: 'MAIL_FROM must be an e-mail address, optionally as "Name <address>"' })
  MAIL_FROM?: string;

  /** Attempts per e-mail before it is given up, its last error kept for operations. */
  @IsInt({ message: 'MAIL_MAX_ATTEMPTS must be a whole number' })
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS: number = 8;

  /** The wait after the first failed attempt; it doubles after each further one, up to an hour. */
  @IsInt({ message: 'MAIL_RETRY_BASE_MS must be a whole number' })
  @Min(100)
  @Max(3_600_000)
  MAIL_RETRY_BASE_MS: number = 30_000;

  /** How often the sender looks for e-mails that are due. */
  @IsInt({ message: 'MAIL_POLL_INTERVAL_MS must be a whole number' })
  @Min(10)
  @Max(60_000)
  MAIL_POLL_INTERVAL_MS: number = 2000;

  /** When the daily digest goes out, as the clocks in Denmark show it. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'NOTIFICATION_DIGEST_TIME must be a time of day, HH:MM' })
  NOTIFICATION_DIGEST_TIME: string = '07:00';

  /** The app's address, to make the links in e-mails absolute; without it they stay paths. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'NOTIFICATION_LINK_BASE_URL must be an http(s) URL' })
  NOTIFICATION_LINK_BASE_URL?: string;
}
