import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsString, ValidateNested } from 'class-validator';
import { CodedValidationPipe, UNKNOWN_FIELD_CODE, unknownFieldMessage } from './coded-validation.pipe';
import { refusedWith } from './refusals';

const REFUSALS = {
  name: { code: 'list-name-invalid', message: 'name skal være en tekst.' },
  entries: { code: 'list-entries-invalid', message: 'entries skal være en liste af linjer.' },
  status: { code: 'entry-status-unknown', message: 'Hver linje i entries skal have status: yes eller no.' },
};

class CodedEntry {
  @IsIn(['yes', 'no'], refusedWith(REFUSALS.status))
  status!: string;
}

class CodedList {
  @IsString(refusedWith(REFUSALS.name))
  name!: string;

  @IsArray(refusedWith(REFUSALS.entries))
  @ValidateNested({ each: true, ...refusedWith(REFUSALS.entries) })
  @Type(() => CodedEntry)
  entries!: CodedEntry[];
}

class UncodedEntry {
  @IsInt()
  count!: number;
}

class PartlyCodedList {
  @IsString(refusedWith(REFUSALS.name))
  name!: string;

  @ValidateNested({ each: true, ...refusedWith(REFUSALS.entries) })
  @Type(() => UncodedEntry)
  entries!: UncodedEntry[];
}

const pipe = new CodedValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });

async function answerTo(body: unknown, metatype: new () => unknown): Promise<unknown> {
  const refusal = await pipe.transform(body, { type: 'body', metatype }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(BadRequestException);
  return (refusal as BadRequestException).getResponse();
}

describe('CodedValidationPipe', () => {
  it('takes a request whose nested objects pass', async () => {
    await expect(pipe.transform({ name: 'a', entries: [{ status: 'yes' }] }, { type: 'body', metatype: CodedList })).resolves.toBeInstanceOf(CodedList);
  });

  it("answers a nested object's coded refusal with its code and message", async () => {
    expect(await answerTo({ name: 'a', entries: [{ status: 'yes' }, { status: 'maybe' }] }, CodedList)).toEqual({ error: 'Bad Request', ...REFUSALS.status });
  });

  it("gives the first rule's code, the parent's before its nested objects', and each message once", async () => {
    expect(await answerTo({ name: 7, entries: [{ status: 'maybe' }, { status: 'perhaps' }] }, CodedList)).toEqual({
      error: 'Bad Request',
      code: REFUSALS.name.code,
      message: `${REFUSALS.name.message} ${REFUSALS.status.message}`,
    });
  });

  it('codes a list entry that is no object by the rule of the list', async () => {
    expect(await answerTo({ name: 'a', entries: ['yes'] }, CodedList)).toEqual({ error: 'Bad Request', ...REFUSALS.entries });
  });

  it('refuses a field a nested object does not take as unknown-field, naming it', async () => {
    expect(await answerTo({ name: 'a', entries: [{ status: 'yes', other: 1 }] }, CodedList)).toEqual({ error: 'Bad Request', code: UNKNOWN_FIELD_CODE, message: unknownFieldMessage('other') });
  });

  it("leaves the whole answer as Nest's list when a nested rule has no code", async () => {
    expect(await answerTo({ name: 7, entries: [{ count: 'x' }] }, PartlyCodedList)).toMatchObject({
      statusCode: 400,
      message: expect.arrayContaining([REFUSALS.name.message, 'entries.0.count must be an integer number']),
    });
  });
});
