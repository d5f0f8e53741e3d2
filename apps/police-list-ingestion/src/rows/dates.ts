import type { CellValue } from '../reading/sheet-row';
import { failed, parsed, type Parsed } from './parsed';

/** A calendar day (YYYY-MM-DD) and, when the cell gave one, a time of day (HH:MM). */
export interface DayAndTime {
  date: string;
  time?: string;
}

/** `format`: not a date we read; `invalid`: read, but no such day (31-02, Excel's 29-02-1900). */
export type DateError = 'format' | 'invalid';
export type BoundedDateError = DateError | 'in-future' | 'too-old';

/** The police lists go back no further; an earlier incident date is a typo. */
export const EARLIEST_INCIDENT_DATE = '1990-01-01';

/**
 * SSP works with children and young people, SSP+ with young adults up to about 25. The bound
 * is generous so a list is never refused for a 26-year-old, yet a parent's or a clerk's own
 * birth date in the wrong row is caught.
 */
export const MAX_AGE_AT_UPLOAD = 29;

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

/**
 * Excel's 1900 date system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, has a
 * 29-02-1900 as day 60. From day 61 on, day n is therefore n days after 1899-12-30; before
 * the fake day it is n days after 1899-12-31.
 */
const EXCEL_FAKE_LEAP_DAY = 60;
const EXCEL_DAY_ZERO_AFTER_LEAP_DAY = Date.UTC(1899, 11, 30);
const EXCEL_DAY_ZERO_BEFORE_LEAP_DAY = Date.UTC(1899, 11, 31);

const DANISH_DATE = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:\s+(\d{1,2})[:.](\d{2}))?$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** 'YYYY-MM-DD' → 'DD-MM-YYYY', the way a Danish clerk writes it. */
export function danishDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function clockTime(minutesOfDay: number): string {
  return `${pad2(Math.floor(minutesOfDay / 60))}:${pad2(minutesOfDay % 60)}`;
}

/** A date cell in any of the accepted shapes, without bounds. */
export function parseDateCell(value: CellValue): Parsed<DayAndTime, DateError> {
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value === 'number') return fromExcelSerial(value);
  if (typeof value === 'string') return fromText(value.trim());
  return failed('format');
}

/**
 * An XLSX date cell: UTC midnight for a date alone, else with the time. Rounded to the
 * minute because Excel stores times as fractions of a day and 14:30 may come back as
 * 14:29:59.999.
 */
function fromDateObject(value: Date): Parsed<DayAndTime, DateError> {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return failed('format');
  return fromMinutes(Math.round(ms / MS_PER_MINUTE));
}

function fromExcelSerial(serial: number): Parsed<DayAndTime, DateError> {
  if (!Number.isFinite(serial)) return failed('format');
  const minutes = Math.round(serial * MINUTES_PER_DAY);
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  if (day < 1 || day === EXCEL_FAKE_LEAP_DAY) return failed('invalid');
  const dayZero = day > EXCEL_FAKE_LEAP_DAY ? EXCEL_DAY_ZERO_AFTER_LEAP_DAY : EXCEL_DAY_ZERO_BEFORE_LEAP_DAY;
  return fromMinutes(dayZero / MS_PER_MINUTE + minutes);
}

/** Minutes since 1970-01-01 UTC → day and time; only four-digit years are days we know. */
function fromMinutes(minutesSinceEpoch: number): Parsed<DayAndTime, DateError> {
  const moment = new Date(minutesSinceEpoch * MS_PER_MINUTE);
  const year = moment.getUTCFullYear();
  if (Number.isNaN(year) || year < 1000 || year > 9999) return failed('invalid');
  const date = isoDate(year, moment.getUTCMonth() + 1, moment.getUTCDate());
  const minutesOfDay = moment.getUTCHours() * 60 + moment.getUTCMinutes();
  return parsed(minutesOfDay === 0 ? { date } : { date, time: clockTime(minutesOfDay) });
}

function fromText(text: string): Parsed<DayAndTime, DateError> {
  const danish = DANISH_DATE.exec(text);
  if (danish) return fromParts(danish[4], danish[3], danish[1], danish[5], danish[6]);
  const iso = ISO_DATE.exec(text);
  if (iso) return fromParts(iso[1], iso[2], iso[3], iso[4], iso[5]);
  return failed('format');
}

function fromParts(year: string, month: string, day: string, hours?: string, minutes?: string): Parsed<DayAndTime, DateError> {
  const time = hours === undefined || minutes === undefined ? undefined : clockFromParts(hours, minutes);
  if (time === null) return failed('format');
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (!isCalendarDate(y, m, d)) return failed('invalid');
  const date = isoDate(y, m, d);
  return parsed(time === undefined ? { date } : { date, time });
}

/** HH:MM or HH.MM; `null` when the hour or minute is out of range. */
function clockFromParts(hours: string, minutes: string): string | null {
  const [h, m] = [Number(hours), Number(minutes)];
  return h <= 23 && m <= 59 ? clockTime(h * 60 + m) : null;
}

/** The day of the incident: not after the upload day (a typo) and not before 1990. */
export function parseIncidentDate(value: CellValue, today: string): Parsed<DayAndTime, BoundedDateError> {
  const result = parseDateCell(value);
  if (!result.ok) return result;
  if (result.value.date > today) return failed('in-future');
  if (result.value.date < EARLIEST_INCIDENT_DATE) return failed('too-old');
  return result;
}

/** HH:MM or HH.MM as text, an Excel time fraction (0.5 = 12:00), or an XLSX time cell. */
export function parseTime(value: CellValue): Parsed<string, 'format'> {
  if (typeof value === 'string') {
    const match = TIME.exec(value.trim());
    const time = match ? clockFromParts(match[1], match[2]) : null;
    return time === null ? failed('format') : parsed(time);
  }
  if (typeof value === 'number') return value >= 0 && value < 1 ? timeFromFraction(value) : failed('format');
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // XLSX time cells are days before 1970 (1899-12-30 14:30), so the remainder can be negative.
    const minutes = Math.round(value.getTime() / MS_PER_MINUTE) % MINUTES_PER_DAY;
    return parsed(clockTime((minutes + MINUTES_PER_DAY) % MINUTES_PER_DAY));
  }
  return failed('format');
}

function timeFromFraction(fraction: number): Parsed<string, 'format'> {
  const minutes = Math.round(fraction * MINUTES_PER_DAY);
  return minutes < MINUTES_PER_DAY ? parsed(clockTime(minutes)) : failed('format');
}

/** A birth date: a date without a time, not in the future, and under MAX_AGE_AT_UPLOAD + 1. */
export function parseBirthDate(value: CellValue, today: string): Parsed<string, BoundedDateError> {
  const result = parseDateCell(value);
  if (!result.ok) return result;
  if (result.value.time !== undefined) return failed('format');
  const outOfRange = birthDateRangeError(result.value.date, today);
  return outOfRange === undefined ? parsed(result.value.date) : failed(outOfRange);
}

/** Shared by the birth-date column and the birth date a CPR number gives. */
export function birthDateRangeError(birthDate: string, today: string): 'in-future' | 'too-old' | undefined {
  if (birthDate > today) return 'in-future';
  if (ageAt(birthDate, today) > MAX_AGE_AT_UPLOAD) return 'too-old';
  return undefined;
}

/**
 * Whole years between two ISO days. Someone born on 29 February turns a year older on
 * 1 March in years without that day, as comparing 'MM-DD' gives.
 */
export function ageAt(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
