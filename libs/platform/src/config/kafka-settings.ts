import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';

/** Implicit conversion would make "false" true, so booleans are read from the raw value. */
export const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  return typeof raw === 'string' ? raw.toLowerCase() === 'true' : raw;
};

export const splitList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value;

/**
 * Where the broker is, how to sign in to it, and the deployment's topic namespace: what a
 * service reads for Kafka, and all that a command which only talks to the broker (the
 * `reset-offsets` command) needs.
 */
export class KafkaSettings {
  @Transform(splitList)
  @ArrayNotEmpty({ message: 'KAFKA_BROKERS must list at least one host:port' })
  @Matches(/^[^\s:]+:\d+$/, { each: true, message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  /** A prefix for every topic and consumer group, to run several isolated suites on one cluster. */
  @Matches(/^([a-z0-9-]+\.)?$/, { message: 'KAFKA_TOPIC_NAMESPACE must be empty or lowercase letters, digits and hyphens ending in a dot' })
  KAFKA_TOPIC_NAMESPACE: string = '';

  /** SASL mechanism towards Kafka; empty for a local broker without authentication. */
  @IsIn(['', 'scram-sha-512', 'scram-sha-256', 'plain'])
  KAFKA_SASL_MECHANISM: '' | 'scram-sha-512' | 'scram-sha-256' | 'plain' = '';

  @IsOptional()
  @IsString()
  KAFKA_SASL_USERNAME?: string;

  /** Best given as KAFKA_SASL_PASSWORD_FILE, a mounted secret. */
  @IsOptional()
  @IsString()
  KAFKA_SASL_PASSWORD?: string;

  @Transform(toBoolean)
  @IsBoolean()
  KAFKA_SSL: boolean = false;

  /** PEM file with the cluster CA, when it is not in the system's trust store. */
  @IsOptional()
  @IsString()
  KAFKA_SSL_CA_FILE?: string;
}
