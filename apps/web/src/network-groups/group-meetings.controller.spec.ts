import { ServiceRefusedError } from '../api/service-answer';
import { membersShown } from './group-meetings.controller';

describe("a meeting's page and the group's members", () => {
  const page = { items: [{ personId: 'p1' }], next: null } as never;

  it('lists the members the service gives, and none to a reader of the meetings the members are refused to (403)', () => {
    expect(membersShown({ ok: true, body: page })).toBe(page);
    expect(membersShown({ ok: false, status: 403, refusal: null })).toEqual({ items: [], next: null });
  });

  it('refuses the page on any other refusal', () => {
    expect(() => membersShown({ ok: false, status: 404, refusal: null })).toThrow(ServiceRefusedError);
  });
});
