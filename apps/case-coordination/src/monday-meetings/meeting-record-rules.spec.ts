import fc from 'fast-check';
import { approveRefusal, closeRefusal, markRefusal, MEETING_STATES, meetingState, openRefusal, outcomeAtClose } from './meeting-record-rules';

const at = new Date('2026-12-07T08:00:00Z');

describe('meetingState', () => {
  it('follows the meeting from scheduled to approved', () => {
    expect(meetingState({ openedAt: null, closedAt: null, approvedAt: null })).toBe('scheduled');
    expect(meetingState({ openedAt: at, closedAt: null, approvedAt: null })).toBe('open');
    expect(meetingState({ openedAt: at, closedAt: at, approvedAt: null })).toBe('closed');
    expect(meetingState({ openedAt: at, closedAt: at, approvedAt: at })).toBe('approved');
  });
});

describe('openRefusal', () => {
  it('opens a scheduled meeting on its day or later, when no other meeting is open', () => {
    expect(openRefusal('scheduled', '2026-12-07', '2026-12-07', false)).toBeNull();
    expect(openRefusal('scheduled', '2026-12-07', '2026-12-08', false)).toBeNull();
  });

  it('refuses before the day, a second opening, and a second open meeting', () => {
    expect(openRefusal('scheduled', '2026-12-07', '2026-12-06', false)).toBe('not-yet');
    expect(openRefusal('scheduled', '2026-12-07', '2026-12-07', true)).toBe('another-open');
    for (const state of ['open', 'closed', 'approved'] as const) expect(openRefusal(state, '2026-12-07', '2026-12-07', false)).toBe('already-opened');
  });
});

describe('markRefusal', () => {
  it('marks an item of an open meeting deferred, and handled once the group decided', () => {
    expect(markRefusal('open', 'deferred', false)).toBeNull();
    expect(markRefusal('open', 'handled', true)).toBeNull();
    expect(markRefusal('open', 'handled', false)).toBe('no-decision');
  });

  it('refuses every mark outside an open meeting', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEETING_STATES.filter((state) => state !== 'open')), fc.constantFrom('handled' as const, 'deferred' as const), fc.boolean(), (state, outcome, decided) => {
        expect(markRefusal(state, outcome, decided)).toBe('meeting-not-open');
      }),
    );
  });
});

describe('closing and approving', () => {
  it('closes only an open meeting and approves only a closed one, once', () => {
    expect(MEETING_STATES.filter((state) => closeRefusal(state) === null)).toEqual(['open']);
    expect(MEETING_STATES.map((state) => approveRefusal(state))).toEqual(['not-closed', 'not-closed', null, 'already-approved']);
  });

  it('says of every unmarked item that it was not reached and keeps the marks', () => {
    expect(outcomeAtClose(null)).toBe('not-reached');
    expect(outcomeAtClose('handled')).toBe('handled');
    expect(outcomeAtClose('deferred')).toBe('deferred');
  });
});
