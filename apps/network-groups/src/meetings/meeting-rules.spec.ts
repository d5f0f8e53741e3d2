import { assertApprovable, assertCancellable, assertCanBeDone, assertMovable, assertOpenForChanges, assertScheduleEndAllowed, MEETING_CONFLICTS, MeetingConflict } from './meeting-rules';

const NOW = new Date('2026-03-30T15:00:00Z');
const begun = { startsAt: new Date('2026-03-30T12:00:00Z'), minutesApprovedAt: null, minutes: 'Referat', cancelledAt: null };

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

  it('closes the record of a cancelled meeting, which is never approved', () => {
    expect(() => assertOpenForChanges({ ...begun, cancelledAt: NOW })).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.cancelled.code }));
    expect(() => assertApprovable({ ...begun, cancelledAt: NOW }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.cancelled.code }));
  });

  it('moves and cancels a meeting only before it begins, while it is on', () => {
    const coming = { ...begun, minutes: null, startsAt: new Date(NOW.getTime() + 1), bodyId: 'netvaerk-randers-nv' };
    expect(() => assertMovable(coming, NOW)).not.toThrow();
    expect(() => assertCancellable(coming, NOW)).not.toThrow();
    expect(() => assertMovable({ ...coming, startsAt: NOW }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.begun.code }));
    expect(() => assertCancellable({ ...coming, startsAt: NOW }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.begun.code }));
    expect(() => assertMovable({ ...coming, cancelledAt: NOW }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.cancelled.code }));
    expect(() => assertCancellable({ ...coming, minutesApprovedAt: NOW }, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.held.code }));
  });

  it("moves the Monday group's meetings but does not cancel them (case coordination keeps their record)", () => {
    const monday = { ...begun, startsAt: new Date(NOW.getTime() + 1), bodyId: 'mandagsgruppen' };
    expect(() => assertMovable(monday, NOW)).not.toThrow();
    expect(() => assertCancellable(monday, NOW)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.mondayGroup.code }));
  });

  it("ends the Monday group's schedule only where no meeting in the calendar would be cancelled; another body's anywhere", () => {
    expect(() => assertScheduleEndAllowed('mandagsgruppen', 0)).not.toThrow();
    expect(() => assertScheduleEndAllowed('mandagsgruppen', 1)).toThrow(expect.objectContaining({ code: MEETING_CONFLICTS.mondayGroupScheduleEnd.code }));
    expect(() => assertScheduleEndAllowed('netvaerk-randers-nv', 3)).not.toThrow();
  });

  it('marks an action item done once', () => {
    expect(() => assertCanBeDone('open')).not.toThrow();
    expect(() => assertCanBeDone('done')).toThrow(MeetingConflict);
  });
});
