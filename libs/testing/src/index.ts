export * from './child-process';
export * from './kafka-probe';
export * from './postgres';
export * from './service-harness';
export * from './wait-for';
export * from './events';
export * from './identity';
