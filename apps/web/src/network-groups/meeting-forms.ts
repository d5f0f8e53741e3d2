import { formValues, optionalText, parsedFrom, requiredText, typedClock, typedDay, typedMinutes, type FormValues, type Parsed } from '../pages/form-parsing';
import type { FieldError } from '../pages/forms';
import type { AddActionItem, AddAgendaItem, AddDecision, AttendanceStatus, CancelMeeting, CreateMeeting, MoveMeeting, RecordAttendance, WriteMinutes } from './network-groups.types';

/**
 * The forms of a group's meetings as plain functions: what the browser sent becomes the body
 * network groups takes, or the fields to fix in Danish. Each form's field ids are its own
 * (several forms share the meeting's page), and `apiFields` says which of them a refusal
 * naming a request field belongs to.
 */
export interface FormSpec<Value> {
  fields: readonly string[];
  /** The request's field names to the form's field ids. */
  apiFields: Readonly<Record<string, string>>;
  parse(body: unknown): Parsed<Value>;
}

function spec<Value>(fields: readonly string[], apiFields: Readonly<Record<string, string>>, parse: (values: FormValues, errors: FieldError[]) => () => Value): FormSpec<Value> {
  return {
    fields,
    apiFields,
    parse(body) {
      const values = formValues(body, fields);
      const errors: FieldError[] = [];
      const value = parse(values, errors);
      return parsedFrom(errors, values, value);
    },
  };
}

/** A day the form must have: a problem naming it ("Skriv mødets dag som en dato, fx 30.11.2026.") when it is blank or no day. */
export function requiredDay(errors: FieldError[], values: FormValues, field: string, what: string): string {
  const problem = `Skriv ${what} som en dato, fx 30.11.2026.`;
  return typedDay(errors, field, values[field], problem, problem) ?? '';
}

/** A single meeting put in the calendar: title, day, time, length and place. */
export const NEW_MEETING_FORM = spec<CreateMeeting>(
  ['moede-titel', 'moede-dag', 'moede-tid', 'moede-varighed', 'moede-sted'],
  { title: 'moede-titel', day: 'moede-dag', startTime: 'moede-tid', durationMinutes: 'moede-varighed', location: 'moede-sted' },
  (values, errors) => {
    const title = requiredText(errors, 'moede-titel', values['moede-titel'], 'Skriv mødets titel, fx Netværksmøde.');
    const day = requiredDay(errors, values, 'moede-dag', 'mødets dag');
    const startTime = typedClock(errors, 'moede-tid', values['moede-tid']);
    const durationMinutes = typedMinutes(errors, 'moede-varighed', values['moede-varighed']);
    return () => ({ title, day, startTime, durationMinutes, location: optionalText(values['moede-sted']) });
  },
);

/** A meeting moved: a new day and time; its length and place kept unless given. */
export const MOVE_FORM = spec<MoveMeeting>(
  ['flyt-dag', 'flyt-tid', 'flyt-varighed', 'flyt-sted'],
  { day: 'flyt-dag', startTime: 'flyt-tid', durationMinutes: 'flyt-varighed', location: 'flyt-sted' },
  (values, errors) => {
    const day = requiredDay(errors, values, 'flyt-dag', 'den nye dag');
    const startTime = typedClock(errors, 'flyt-tid', values['flyt-tid']);
    const durationMinutes = values['flyt-varighed'].trim() === '' ? undefined : typedMinutes(errors, 'flyt-varighed', values['flyt-varighed']);
    return () => ({ day, startTime, durationMinutes, location: optionalText(values['flyt-sted']) });
  },
);

/** A meeting cancelled, with the reason the members read. */
export const CANCEL_FORM = spec<CancelMeeting>(['aflys-begrundelse'], { reason: 'aflys-begrundelse' }, (values, errors) => {
  const reason = requiredText(errors, 'aflys-begrundelse', values['aflys-begrundelse'], 'Skriv, hvorfor mødet aflyses. Medlemmerne kan læse begrundelsen her.');
  return () => ({ reason });
});

export const AGENDA_ITEM_FORM = spec<AddAgendaItem>(['punkt-titel', 'punkt-beskrivelse'], { title: 'punkt-titel', description: 'punkt-beskrivelse' }, (values, errors) => {
  const title = requiredText(errors, 'punkt-titel', values['punkt-titel'], 'Skriv punktets titel.');
  return () => ({ title, description: optionalText(values['punkt-beskrivelse']) });
});

export const MINUTES_FORM = spec<WriteMinutes>(['referat-tekst'], { text: 'referat-tekst' }, (values, errors) => {
  const text = requiredText(errors, 'referat-tekst', values['referat-tekst'], 'Skriv referatet.');
  return () => ({ text });
});

export const DECISION_FORM = spec<AddDecision>(['beslutning-tekst'], { text: 'beslutning-tekst' }, (values, errors) => {
  const text = requiredText(errors, 'beslutning-tekst', values['beslutning-tekst'], 'Skriv beslutningen.');
  return () => ({ text });
});

export const ACTION_ITEM_FORM = spec<AddActionItem>(
  ['opgave-titel', 'opgave-ansvarlig', 'opgave-frist'],
  { title: 'opgave-titel', ownerPersonId: 'opgave-ansvarlig', deadline: 'opgave-frist' },
  (values, errors) => {
    const title = requiredText(errors, 'opgave-titel', values['opgave-titel'], 'Skriv, hvad opgaven er.');
    const ownerPersonId = values['opgave-ansvarlig'];
    if (ownerPersonId === '') errors.push({ field: 'opgave-ansvarlig', code: 'owner-missing', message: 'Vælg, hvem der er ansvarlig for opgaven.' });
    const deadline = requiredDay(errors, values, 'opgave-frist', 'fristen');
    return () => ({ title, ownerPersonId, deadline });
  },
);

const ATTENDANCE_CHOICES: readonly AttendanceStatus[] = ['present', 'absent', 'excused'];
/** The attendance form names each member's radio group by their person id. */
export const attendanceField = (personId: string): string => `fremmoede-${personId}`;

/**
 * Who was present, absent or excused, for the members the form listed (`personIds`); members
 * with no choice are left out, and a form with no choice at all is refused.
 */
export function parseAttendanceForm(body: unknown, personIds: readonly string[]): Parsed<RecordAttendance> {
  const values = formValues(body, personIds.map(attendanceField));
  const entries = personIds.flatMap((personId) => {
    const status = ATTENDANCE_CHOICES.find((choice) => choice === values[attendanceField(personId)]);
    return status ? [{ personId, status }] : [];
  });
  const first = personIds.length > 0 ? attendanceField(personIds[0]) : 'fremmoede';
  const errors: FieldError[] = entries.length === 0 ? [{ field: first, code: 'attendance-missing', message: 'Vælg mødt, fraværende eller afbud for mindst ét medlem.' }] : [];
  return parsedFrom(errors, values, () => ({ entries }));
}
