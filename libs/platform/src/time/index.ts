export * from './calendar-day';
export * from './local-day';
export * from './zoned-time';
