import { assertApprovable, assertCanBeDone, assertOpenForChanges, MEETING_CONFLICTS, MeetingConflict } from './meeting-rules';

const NOW = new Date('2026-03-30T15:00:00Z');
const begun = { startsAt: new Date('2026-03-30T12:00:00Z'), minutesApprovedAt: null, minutes: 'Referat' };

describe('meeting rules', () => {
  it('lets the record change until the minutes are approved', () => {
    expect(() => assertOpenForChanges(begun)).not.toThrow();
    expect(() => assertOpenForChanges({ ...begun, minutesApprovedAt: NOW })).toThrow(MeetingConflict);
  });

  it('approves minutes of a meeting that has begun, once', () => {
    expect(() => assertApprovable(begun, NOW)).not.toThrow();
    expect(() => assertApprovable({ ...begun, startsAt: NOW }, NOW)).not.toThrow();
    expect(() => assertApprovable({ ...begun, minutesApprovedAt: NOW }, NOW)).toThrow(MEETING_CONFLICTS.minutesApproved.message);
  });

  it('refuses to approve before the meeting begins or without minutes', () => {
    expect(() => assertApprovable({ ...begun, startsAt: new Date(NOW.getTime() + 1) }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.notBegun.code }));
    expect(() => assertApprovable({ ...begun, minutes: null }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.noMinutes.code }));
    expect(() => assertApprovable({ ...begun, minutes: '  \n' }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.noMinutes.code }));
  });

  it('marks an action item done once', () => {
    expect(() => assertCanBeDone('open')).not.toThrow();
    expect(() => assertCanBeDone('done')).toThrow(MeetingConflict);
  });
});
