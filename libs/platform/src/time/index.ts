export * from './clock';
export * from './calendar-day';
export * from './local-day';
export * from './zoned-time';
export * from './wall-clock';
export * from './schedule';
