import { ACTION_ITEM_FORM, attendanceField, CANCEL_FORM, MOVE_FORM, NEW_MEETING_FORM, parseAttendanceForm } from './meeting-forms';
import { MESSAGE_FORM, NEW_SCHEDULE_FORM, PREFERENCES_FORM, SCHEDULE_CHANGE_FORM, scheduleChangeValues } from './group-forms';

const ANNA = '4f7c1a52-0000-4000-8000-00000000000a';
const BO = '4f7c1a52-0000-4000-8000-00000000000b';

describe("a group's meeting forms", () => {
  it('makes a single meeting of the form, the place left out when blank', () => {
    const body = { 'moede-titel': 'Netværksmøde', 'moede-dag': '30.11.2026', 'moede-tid': '16.00', 'moede-varighed': '90', 'moede-sted': ' ' };
    expect(NEW_MEETING_FORM.parse(body)).toEqual({ ok: true, input: body, value: { title: 'Netværksmøde', day: '2026-11-30', startTime: '16:00', durationMinutes: 90, location: undefined } });
  });

  it('names every field to fix and keeps what was typed', () => {
    const body = { 'moede-titel': '  ', 'moede-dag': '30/13/2026', 'moede-tid': 'om eftermiddagen', 'moede-varighed': '90' };
    const parsed = NEW_MEETING_FORM.parse(body);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((error) => error.field)).toEqual(['moede-titel', 'moede-dag', 'moede-tid']);
    expect(parsed.input).toMatchObject({ 'moede-dag': '30/13/2026', 'moede-tid': 'om eftermiddagen', 'moede-sted': '' });
  });

  it('moves a meeting to a day and time, keeping its length and place unless given', () => {
    expect(MOVE_FORM.parse({ 'flyt-dag': '2.12.2026', 'flyt-tid': '9.30', 'flyt-varighed': '', 'flyt-sted': '' })).toMatchObject({
      ok: true,
      value: { day: '2026-12-02', startTime: '09:30', durationMinutes: undefined, location: undefined },
    });
    expect(MOVE_FORM.parse({ 'flyt-dag': '2.12.2026', 'flyt-tid': '9.30', 'flyt-varighed': '60', 'flyt-sted': 'Biblioteket' })).toMatchObject({
      value: { durationMinutes: 60, location: 'Biblioteket' },
    });
    const late = MOVE_FORM.parse({ 'flyt-dag': '', 'flyt-tid': '9.30' });
    expect(!late.ok && late.errors.map((error) => error.field)).toEqual(['flyt-dag']);
  });

  it('cancels only with a reason', () => {
    expect(CANCEL_FORM.parse({ 'aflys-begrundelse': 'For få kan komme' })).toMatchObject({ ok: true, value: { reason: 'For få kan komme' } });
    const blank = CANCEL_FORM.parse({ 'aflys-begrundelse': ' \n' });
    expect(!blank.ok && blank.errors).toEqual([{ field: 'aflys-begrundelse', code: 'aflys-begrundelse-missing', message: expect.stringContaining('hvorfor mødet aflyses') }]);
  });

  it('agrees an action item with an owner chosen and a deadline', () => {
    expect(ACTION_ITEM_FORM.parse({ 'opgave-titel': 'Plakater', 'opgave-ansvarlig': BO, 'opgave-frist': '15.12.2026' })).toMatchObject({
      ok: true,
      value: { title: 'Plakater', ownerPersonId: BO, deadline: '2026-12-15' },
    });
    const noOwner = ACTION_ITEM_FORM.parse({ 'opgave-titel': 'Plakater', 'opgave-frist': '15.12.2026' });
    expect(!noOwner.ok && noOwner.errors.map((error) => error.code)).toEqual(['owner-missing']);
  });

  it('records the attendance of the members listed who were given a choice, and refuses a form with none', () => {
    const body = { [attendanceField(ANNA)]: 'present', [attendanceField(BO)]: '', [attendanceField('intruder')]: 'present' };
    expect(parseAttendanceForm(body, [ANNA, BO])).toMatchObject({ ok: true, value: { entries: [{ personId: ANNA, status: 'present' }] } });
    expect(parseAttendanceForm({ [attendanceField(ANNA)]: 'late' }, [ANNA, BO])).toMatchObject({ ok: false, errors: [{ field: attendanceField(ANNA), code: 'attendance-missing' }] });
  });
});

describe("a group's other forms", () => {
  const schedule = {
    'plan-titel': 'Netværksmøde',
    'plan-gentagelse': 'weekly',
    'plan-interval': '4',
    'plan-uge': '',
    'plan-ugedag': '4',
    'plan-tid': '16.00',
    'plan-varighed': '90',
    'plan-foerste-dag': '3.12.2026',
    'plan-sidste-dag': '',
    'plan-sted': '',
  };

  it('makes a weekly or a monthly schedule, each with only its own kind of interval', () => {
    expect(NEW_SCHEDULE_FORM.parse(schedule)).toMatchObject({
      ok: true,
      value: { title: 'Netværksmøde', recurrence: 'weekly', intervalWeeks: 4, weekday: 4, startTime: '16:00', durationMinutes: 90, firstDay: '2026-12-03', until: undefined },
    });
    const monthly = NEW_SCHEDULE_FORM.parse({ ...schedule, 'plan-gentagelse': 'monthly', 'plan-uge': '-1', 'plan-sidste-dag': '30.6.2027' });
    expect(monthly).toMatchObject({ ok: true, value: { recurrence: 'monthly', weekOfMonth: -1, until: '2027-06-30' } });
    expect(monthly.ok && 'intervalWeeks' in monthly.value).toBe(false);
  });

  it('asks for the choices a schedule needs', () => {
    const parsed = NEW_SCHEDULE_FORM.parse({ ...schedule, 'plan-gentagelse': 'monthly', 'plan-ugedag': '' });
    expect(!parsed.ok && parsed.errors.map((error) => error.field)).toEqual(['plan-uge', 'plan-ugedag']);
    const none = NEW_SCHEDULE_FORM.parse({ ...schedule, 'plan-gentagelse': '', 'plan-interval': '0' });
    expect(!none.ok && none.errors.map((error) => error.field)).toEqual(['plan-gentagelse']);
  });

  it('starts a change from the schedule as it is, and sends a blank last day and place as none', () => {
    const values = scheduleChangeValues({ title: 'Netværksmøde', startTime: '16:00', durationMinutes: 90, until: '2027-06-30', location: null } as never);
    expect(values).toEqual({ 'ret-titel': 'Netværksmøde', 'ret-tid': '16.00', 'ret-varighed': '90', 'ret-sidste-dag': '30.06.2027', 'ret-sted': '' });
    expect(SCHEDULE_CHANGE_FORM.parse({ ...values, 'ret-tid': '17.30', 'ret-sidste-dag': '' })).toMatchObject({
      ok: true,
      value: { title: 'Netværksmøde', startTime: '17:30', durationMinutes: 90, until: null, location: null },
    });
  });

  it('sends a message as typed and a delivery chosen', () => {
    expect(MESSAGE_FORM.parse({ 'besked-tekst': 'Husk mødet\ntorsdag' })).toMatchObject({ ok: true, value: { text: 'Husk mødet\ntorsdag' } });
    expect(MESSAGE_FORM.parse({ 'besked-tekst': '' }).ok).toBe(false);
    expect(PREFERENCES_FORM.parse({ levering: 'daily-digest' })).toMatchObject({ ok: true, value: 'daily-digest' });
    expect(PREFERENCES_FORM.parse({ levering: 'fax' })).toMatchObject({ ok: false, errors: [{ field: 'levering' }] });
  });
});
