import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, validate } from 'class-validator';
import { CodedValidationPipe, UNKNOWN_FIELD_CODE, unknownFieldMessage } from './coded-validation.pipe';
import { decodePageCursor, encodePageCursor, isPageKey, PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, PAGE_REFUSALS, pageOf, PageQuery } from './paging';

describe('paging', () => {
  const isKey = isPageKey('number', 'string');

  it('gives the first `limit` rows and, when there was one more, the last one’s key as next', () => {
    const rows = [1, 2, 3].map((n) => ({ n, name: `r${n}` }));
    const page = pageOf(rows, 2, (row) => [row.n, row.name]);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodePageCursor(page.next ?? undefined, isKey)).toEqual([2, 'r2']);
    expect(pageOf(rows.slice(0, 2), 2, (row) => [row.n, row.name]).next).toBeNull();
  });

  it('reads a cursor of one id only when the id is a uuid, so a crafted one is refused before it reaches the database', () => {
    const isIdKey = isPageKey('uuid');
    const id = '0b6f7a1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(decodePageCursor(encodePageCursor([id]), isIdKey)).toEqual([id]);
    for (const crafted of [["x' OR 1=1"], [`${id}x`], [7], [id, id]]) {
      expect(() => decodePageCursor(encodePageCursor(crafted), isIdKey)).toThrow(expect.objectContaining({ response: expect.objectContaining({ code: PAGE_REFUSALS.cursor.code }) }));
    }
  });

  it('reads back what it wrote, and nothing of another shape', () => {
    expect(decodePageCursor(encodePageCursor([7, 'a']), isKey)).toEqual([7, 'a']);
    expect(decodePageCursor(undefined, isKey)).toBeUndefined();
    for (const other of [encodePageCursor(['a', 7]), encodePageCursor([7]), encodePageCursor([1.5, 'a']), Buffer.from('{').toString('base64url')]) {
      expect(() => decodePageCursor(other, isKey)).toThrow(BadRequestException);
    }
  });

  it('defaults limit to 50 and allows 1 to 200', async () => {
    expect(plainToInstance(PageQuery, {}).limit).toBe(PAGE_LIMIT_DEFAULT);
    expect(await validate(plainToInstance(PageQuery, { limit: String(PAGE_LIMIT_MAX) }))).toEqual([]);
  });

  it.each([['0'], [String(PAGE_LIMIT_MAX + 1)], ['1.5'], ['alle']])('refuses limit=%s with the code and the Danish text', async (limit) => {
    const pipe = new CodedValidationPipe({ transform: true });
    const refusal = await pipe.transform({ limit }, { type: 'query', metatype: PageQuery }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(BadRequestException);
    expect((refusal as BadRequestException).getResponse()).toEqual({ error: 'Bad Request', ...PAGE_REFUSALS.limit });
  });

  it('refuses a field the route does not take with its own code, naming the field in Danish', async () => {
    const pipe = new CodedValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
    const refusal = (await pipe.transform({ limit: '5', other: 'x' }, { type: 'query', metatype: PageQuery }).catch((error: unknown) => error)) as BadRequestException;
    expect(refusal.getResponse()).toEqual({ error: 'Bad Request', code: UNKNOWN_FIELD_CODE, message: unknownFieldMessage('other') });
  });

  it('leaves errors without a code as Nest lists them', async () => {
    class Uncoded extends PageQuery {
      @IsOptional()
      @IsInt()
      page?: number;
    }
    const pipe = new CodedValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
    const refusal = (await pipe.transform({ limit: '0', page: 'x', other: 'x' }, { type: 'query', metatype: Uncoded }).catch((error: unknown) => error)) as BadRequestException;
    expect(refusal.getResponse()).toMatchObject({ statusCode: 400, message: expect.arrayContaining(['page must be an integer number', 'property other should not exist']) });
  });
});
