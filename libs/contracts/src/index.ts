import 'reflect-metadata';

export * from './envelope';
export * from './events/case-closed.event';
export * from './events/case-opened.event';
export * from './events/intervention-assigned.event';
export * from './events/intervention-completed.event';
export * from './events/intervention-overdue.event';
export * from './events/incident-recorded.event';
export * from './events/person-identity.event';
export * from './events/person-erased.event';
export * from './events/person-reviewed.event';
export * from './events/police-list-ingested.event';
export * from './kafka-acl-plan';
export * from './services';
export * from './topic-definition';
export * from './topics';
export * from './reference/reference-data';
