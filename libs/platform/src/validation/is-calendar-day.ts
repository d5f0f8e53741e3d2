import { ValidateBy, type ValidationOptions } from 'class-validator';
import { dayNumber } from '../time/calendar-day';

const THIS_CENTURY = /^20\d{2}-\d{2}-\d{2}$/;

/** A real calendar day in 2000–2099. Far-off years are typing mistakes, and keep day arithmetic out of range. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !THIS_CENTURY.test(value)) return false;
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** Validates a calendar day, YYYY-MM-DD, in 2000–2099; the message names the field. */
export function IsCalendarDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDay',
      validator: {
        validate: isCalendarDay,
        defaultMessage: (args) => `${args?.property ?? 'day'} must be a day, YYYY-MM-DD, in 2000-2099`,
      },
    },
    options,
  );
}
