import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { badRequest, combinedRefusal, forbidden, notFound } from './refusals';

const UNKNOWN = { code: 'thing-unknown', message: 'Tingen findes ikke.' };
const LATE = { code: 'thing-late', message: 'Tingen er for sent på den.' };

describe('refusals', () => {
  it('throw 400, 403 and 404 whose body is the reason phrase, the code, the message and any details', () => {
    const refused = badRequest(UNKNOWN, { ids: ['a', 'b'], line: 3 });
    expect([refused instanceof BadRequestException, refused.getResponse()]).toEqual([true, { error: 'Bad Request', ...UNKNOWN, ids: ['a', 'b'], line: 3 }]);
    const denied = forbidden(LATE);
    expect([denied instanceof ForbiddenException, denied.getResponse()]).toEqual([true, { error: 'Forbidden', ...LATE }]);
    const missing = notFound(UNKNOWN, { thingId: 'x' });
    expect([missing instanceof NotFoundException, missing.getResponse()]).toEqual([true, { error: 'Not Found', ...UNKNOWN, thingId: 'x' }]);
  });

  it('combine several refusals into the first code and each different message once', () => {
    expect(combinedRefusal([UNKNOWN])).toEqual(UNKNOWN);
    expect(combinedRefusal([LATE, UNKNOWN, LATE])).toEqual({ code: LATE.code, message: `${LATE.message} ${UNKNOWN.message}` });
  });
});
