import { formValues, oneOfChoices, optionalText, parsedFrom, requiredText, typedClock, typedDay, typedMinutes, type Parsed } from '../pages/form-parsing';
import type { FieldError } from '../pages/forms';
import { requiredDay, type FormSpec } from './meeting-forms';
import type { CreateSchedule, Delivery, PostMessage, Schedule, UpdateSchedule } from './network-groups.types';

/** The forms of a group's schedules and messages, and of the person's own settings, as plain functions. */

const RECURRENCES = ['weekly', 'monthly'] as const;
const WEEKS_OF_MONTH = ['1', '2', '3', '4', '-1'] as const;
/** A schedule's last day may be left blank (it runs on), but not be no day. */
const LAST_DAY_PROBLEM = 'Skriv den sidste dag som en dato, fx 30.11.2026.';

/** A recurring schedule: every N weeks on a weekday, or monthly on the n-th (or last) weekday, at a time, from a first day. */
export const NEW_SCHEDULE_FORM: FormSpec<CreateSchedule> = {
  fields: ['plan-titel', 'plan-gentagelse', 'plan-interval', 'plan-uge', 'plan-ugedag', 'plan-tid', 'plan-varighed', 'plan-foerste-dag', 'plan-sidste-dag', 'plan-sted'],
  apiFields: {
    title: 'plan-titel',
    recurrence: 'plan-gentagelse',
    intervalWeeks: 'plan-interval',
    weekOfMonth: 'plan-uge',
    weekday: 'plan-ugedag',
    startTime: 'plan-tid',
    durationMinutes: 'plan-varighed',
    firstDay: 'plan-foerste-dag',
    until: 'plan-sidste-dag',
    location: 'plan-sted',
  },
  parse(body): Parsed<CreateSchedule> {
    const values = formValues(body, this.fields);
    const errors: FieldError[] = [];
    const title = requiredText(errors, 'plan-titel', values['plan-titel'], 'Skriv mødernes titel, fx Netværksmøde.');
    const recurrence = oneOfChoices(values['plan-gentagelse'], RECURRENCES);
    if (!recurrence) errors.push({ field: 'plan-gentagelse', code: 'recurrence-missing', message: 'Vælg, om møderne gentages hver N. uge eller hver måned.' });
    const interval = Number(values['plan-interval']);
    if (recurrence === 'weekly' && !(Number.isInteger(interval) && interval >= 1 && interval <= 52)) {
      errors.push({ field: 'plan-interval', code: 'interval-invalid', message: 'Skriv, hvor mange uger der går mellem møderne: et helt tal fra 1 til 52.' });
    }
    const week = oneOfChoices(values['plan-uge'], WEEKS_OF_MONTH);
    if (recurrence === 'monthly' && !week) errors.push({ field: 'plan-uge', code: 'week-of-month-missing', message: 'Vælg, hvilken uge i måneden møderne holdes.' });
    const weekday = Number(values['plan-ugedag']);
    if (!(Number.isInteger(weekday) && weekday >= 1 && weekday <= 7)) errors.push({ field: 'plan-ugedag', code: 'weekday-missing', message: 'Vælg ugedagen.' });
    const startTime = typedClock(errors, 'plan-tid', values['plan-tid']);
    const durationMinutes = typedMinutes(errors, 'plan-varighed', values['plan-varighed']);
    const firstDay = requiredDay(errors, values, 'plan-foerste-dag', 'den første dag');
    const until = typedDay(errors, 'plan-sidste-dag', values['plan-sidste-dag'], null, LAST_DAY_PROBLEM) ?? undefined;
    return parsedFrom(errors, values, () => ({
      title,
      recurrence: recurrence!,
      ...(recurrence === 'weekly' ? { intervalWeeks: interval } : { weekOfMonth: Number(week) as CreateSchedule['weekOfMonth'] }),
      weekday,
      startTime,
      durationMinutes,
      firstDay,
      until,
      location: optionalText(values['plan-sted']),
    }));
  },
};

/** The change form's fields as the schedule has them now, to start from. */
export function scheduleChangeValues(schedule: Schedule): Record<string, string> {
  return {
    'ret-titel': schedule.title,
    'ret-tid': schedule.startTime.replace(':', '.'),
    'ret-varighed': String(schedule.durationMinutes),
    'ret-sidste-dag': schedule.until ? schedule.until.split('-').reverse().join('.') : '',
    'ret-sted': schedule.location ?? '',
  };
}

/** A schedule changed: title, time, length, last day (blank: it runs on) and place (blank: none), all sent as the form has them. */
export const SCHEDULE_CHANGE_FORM: FormSpec<UpdateSchedule> = {
  fields: ['ret-titel', 'ret-tid', 'ret-varighed', 'ret-sidste-dag', 'ret-sted'],
  apiFields: { title: 'ret-titel', startTime: 'ret-tid', durationMinutes: 'ret-varighed', until: 'ret-sidste-dag', location: 'ret-sted' },
  parse(body): Parsed<UpdateSchedule> {
    const values = formValues(body, this.fields);
    const errors: FieldError[] = [];
    const title = requiredText(errors, 'ret-titel', values['ret-titel'], 'Skriv mødernes titel.');
    const startTime = typedClock(errors, 'ret-tid', values['ret-tid']);
    const durationMinutes = typedMinutes(errors, 'ret-varighed', values['ret-varighed']);
    const until = typedDay(errors, 'ret-sidste-dag', values['ret-sidste-dag'], null, LAST_DAY_PROBLEM);
    return parsedFrom(errors, values, () => ({ title, startTime, durationMinutes, until, location: optionalText(values['ret-sted']) ?? null }));
  },
};

export const MESSAGE_FORM: FormSpec<PostMessage> = {
  fields: ['besked-tekst'],
  apiFields: { text: 'besked-tekst' },
  parse(body): Parsed<PostMessage> {
    const values = formValues(body, this.fields);
    const errors: FieldError[] = [];
    const text = requiredText(errors, 'besked-tekst', values['besked-tekst'], 'Skriv beskeden.');
    return parsedFrom(errors, values, () => ({ text }));
  },
};

const DELIVERIES: readonly Delivery[] = ['immediate', 'daily-digest', 'in-app'];

export const PREFERENCES_FORM: FormSpec<Delivery> = {
  fields: ['levering'],
  apiFields: { delivery: 'levering' },
  parse(body): Parsed<Delivery> {
    const values = formValues(body, this.fields);
    const delivery = oneOfChoices(values.levering, DELIVERIES);
    const errors: FieldError[] = delivery ? [] : [{ field: 'levering', code: 'delivery-missing', message: 'Vælg, hvordan du vil have dine notifikationer.' }];
    return parsedFrom(errors, values, () => delivery!);
  },
};
