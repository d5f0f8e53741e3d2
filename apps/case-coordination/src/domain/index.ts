export * from './agenda';
export * from './case-state';
export * from './danish-names';
export * from './monday-schedule';
export * from './review-rules';
