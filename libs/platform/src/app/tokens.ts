/** Injection tokens the platform module provides to every service. */
export const SERVICE_CONFIG = Symbol('ssp:service-config');
export const SERVICE_NAME = Symbol('ssp:service-name');
export const KAFKA_CLIENT = Symbol('ssp:kafka-client');
export const TOPIC_NAMESPACE = Symbol('ssp:topic-namespace');
/** The keys a service holds (ConfiguredKey[]), checked against its data at start-up. */
export const CONFIGURED_KEYS = Symbol('ssp:configured-keys');
