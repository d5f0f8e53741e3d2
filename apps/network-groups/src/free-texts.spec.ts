import { BadRequestException, type Type } from '@nestjs/common';
import { CodedValidationPipe, CPR_NUMBER_IN_TEXT, cprNumberInTextMessage } from '@ssp/platform';
import { CreateInitiativeDto } from './initiatives/initiatives.dto';
import { AddDecisionDto, WriteMinutesDto } from './meetings/meetings.dto';
import { PostMessageDto } from './messages/messages.dto';

/*
 * Each route that takes a free text, through the validation pipe with the options every
 * service runs it with (libs/platform/src/app/bootstrap.ts): a CPR number is refused however
 * it is typed, and ordinary numbers (a phone number, a date) pass.
 */
const pipe = new CodedValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });

interface EntryPoint {
  route: string;
  dto: Type<unknown>;
  field: string;
  body: (text: string) => Record<string, unknown>;
}

const ENTRY_POINTS: EntryPoint[] = [
  { route: 'POST /bodies/:bodyId/messages', dto: PostMessageDto, field: 'text', body: (text) => ({ text }) },
  { route: 'PUT /bodies/:bodyId/meetings/:meetingId/minutes', dto: WriteMinutesDto, field: 'text', body: (text) => ({ text }) },
  { route: 'POST /bodies/:bodyId/meetings/:meetingId/decisions', dto: AddDecisionDto, field: 'text', body: (text) => ({ text }) },
  { route: 'POST /initiatives (title)', dto: CreateInitiativeDto, field: 'title', body: (text) => ({ kind: 'course', title: text, bodyIds: ['netvaerk-langaa'], areaIds: [] }) },
  { route: 'POST /initiatives (description)', dto: CreateInitiativeDto, field: 'description', body: (text) => ({ kind: 'course', title: 'Kursus', description: text, bodyIds: ['netvaerk-langaa'], areaIds: [] }) },
];

const CPR_FORMS: ReadonlyArray<[string, string]> = [
  ['with the hyphen', '010112-4001'],
  ['spaced', '01 01 12 4001'],
  ['dotted', '01.01.12-4001'],
  ['in full-width digits', '０１０１１２４００１'],
];

async function refusalFor(entry: EntryPoint, text: string): Promise<{ code?: string; message: string | string[] } | null> {
  try {
    await pipe.transform(entry.body(text), { type: 'body', metatype: entry.dto });
    return null;
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return error.getResponse() as { code?: string; message: string | string[] };
  }
}

describe.each(ENTRY_POINTS)('$route', (entry) => {
  it.each(CPR_FORMS)('refuses a CPR number written %s, in Danish with the code', async (_how, cpr) => {
    expect(await refusalFor(entry, `Drøftede drengen ${cpr} fra 7.b`)).toMatchObject({ code: CPR_NUMBER_IN_TEXT, message: cprNumberInTextMessage(entry.field) });
    expect(cprNumberInTextMessage(entry.field)).toBe(
      `${entry.field} indeholder et CPR-nummer (også med mellemrum, punktummer eller andre tegn imellem tæller). Sager om et bestemt barn eller en ung hører til i SSP-koordinationen; fjern nummeret og prøv igen.`,
    );
  });

  it('takes a text with a phone number and dates', async () => {
    expect(await refusalFor(entry, 'Ring til skolen på 12 34 56 78 før mødet 01.01.2027 kl. 14.30')).toBeNull();
  });
});
