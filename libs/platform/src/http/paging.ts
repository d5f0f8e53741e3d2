import { BadRequestException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, type ValidationOptions } from 'class-validator';

/*
 * The one paging convention of every list route (docs/paging.md): `limit` rows at most, a
 * bounded maximum, and keyset paging with an opaque cursor. The server asks the database for
 * `limit + 1` rows in a stable total order; the extra row only tells that there is more, and
 * `next` is the sort key of the last row returned. A row added or removed between two pages
 * never shifts another row into or out of the next page, as OFFSET would.
 */

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** What a refused page request says: a stable code for programs, Danish for the person. */
export const PAGE_REFUSALS = {
  limit: { code: 'page-limit-out-of-range', message: `limit skal være et helt tal fra 1 til ${PAGE_LIMIT_MAX}. Hent resten side for side med next.` },
  cursor: { code: 'page-cursor-unreadable', message: 'after kan ikke læses. Brug next fra det forrige svar, eller udelad after for at begynde forfra.' },
} as const;

const LIMIT_REFUSED: ValidationOptions = { message: PAGE_REFUSALS.limit.message, context: { code: PAGE_REFUSALS.limit.code } };
const CURSOR_REFUSED: ValidationOptions = { message: PAGE_REFUSALS.cursor.message, context: { code: PAGE_REFUSALS.cursor.code } };

/** base64url of the JSON key; long enough for a date, a number and a 64-character pseudonym. */
const CURSOR = /^[A-Za-z0-9_-]{1,512}$/;

/** `?limit=&after=` of every list route; a route with filters extends it. */
export class PageQuery {
  @ApiPropertyOptional({ default: PAGE_LIMIT_DEFAULT, minimum: 1, maximum: PAGE_LIMIT_MAX, description: `Rows on the page; at most ${PAGE_LIMIT_MAX} (400 \`${PAGE_REFUSALS.limit.code}\` above)` })
  @IsOptional()
  @Type(() => Number)
  @IsInt(LIMIT_REFUSED)
  @Min(1, LIMIT_REFUSED)
  @Max(PAGE_LIMIT_MAX, LIMIT_REFUSED)
  limit: number = PAGE_LIMIT_DEFAULT;

  @ApiPropertyOptional({ description: '`next` of the previous page; left out for the first page. Opaque: pass it back as it came.' })
  @IsOptional()
  @Matches(CURSOR, CURSOR_REFUSED)
  after?: string;
}

/** `next` of every page; a route's page class adds its `items`. */
export class PageDto {
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `after` for the next page; null on the last page' })
  next!: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

/** A row's place in its list's order: the values of its ORDER BY, last one unique. */
export type PageKey = readonly (string | number)[];

export function encodePageCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The key in `after`, checked against the list's key shape: undefined for the first page,
 * 400 `page-cursor-unreadable` for anything that did not come from this list's `next`.
 */
export function decodePageCursor<K extends PageKey>(after: string | undefined, isKey: (value: unknown) => value is K): K | undefined {
  if (after === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw cursorRefused();
  }
  if (!isKey(key)) throw cursorRefused();
  return key;
}

function cursorRefused(): BadRequestException {
  return new BadRequestException({ error: 'Bad Request', ...PAGE_REFUSALS.cursor });
}

/** The page of `rows`, fetched with `LIMIT limit + 1` in the list's order. */
export function pageOf<T>(rows: readonly T[], limit: number, keyOf: (row: T) => PageKey): Page<T> {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? encodePageCursor(keyOf(items[items.length - 1])) : null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A type guard for a key of the given shape, e.g. `isPageKey('number', 'string')`; `uuid` is a
 * string that PostgreSQL reads as a uuid, for a cursor that is the last row's id.
 */
export function isPageKey<const S extends readonly ('string' | 'number' | 'uuid')[]>(...shape: S): (value: unknown) => value is { [I in keyof S]: S[I] extends 'number' ? number : string } {
  return (value: unknown): value is { [I in keyof S]: S[I] extends 'number' ? number : string } =>
    Array.isArray(value) &&
    value.length === shape.length &&
    value.every((part, index) =>
      shape[index] === 'number' ? Number.isSafeInteger(part) : typeof part === 'string' && part.length <= 256 && (shape[index] !== 'uuid' || UUID.test(part)),
    );
}

const isMillisecondsAndId = isPageKey('number', 'uuid');
/** The largest instant a Date holds, in milliseconds since 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * A key of an instant (milliseconds since 1970, within what a Date and PostgreSQL's
 * `to_timestamp` hold) and a uuid: for lists ordered by a timestamp and id.
 */
export function isInstantAndIdKey(value: unknown): value is [number, string] {
  return isMillisecondsAndId(value) && value[0] >= 0 && value[0] <= MAX_DATE_MS;
}
