import { Kafka, logLevel, type KafkaConfig, type LogEntry, type SASLOptions } from 'kafkajs';
import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import type { KafkaSettings } from '../config/kafka-settings';

const logger = new Logger('kafkajs');

function logCreator() {
  return ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    const line = { message: `kafkajs: ${message}`, ...extra };
    if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
  };
}

/** Where Kafka is and how to prove who we are to it; KafkaSettings (and so a ServiceConfig) is one. */
export type KafkaConnection = Pick<KafkaSettings, 'KAFKA_BROKERS' | 'KAFKA_SSL' | 'KAFKA_SSL_CA_FILE'> &
  Partial<Pick<KafkaSettings, 'KAFKA_SASL_MECHANISM' | 'KAFKA_SASL_USERNAME' | 'KAFKA_SASL_PASSWORD'>>;

function saslOptions(connection: KafkaConnection): SASLOptions | undefined {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = connection;
  if (!mechanism) {
    // Credentials without a mechanism would be silently ignored and the client would connect anonymously.
    if (username || password) throw new Error('KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD are set but KAFKA_SASL_MECHANISM is empty');
    return undefined;
  }
  if (!username || !password) {
    throw new Error(`KAFKA_SASL_MECHANISM=${mechanism} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE)`);
  }
  return { mechanism, username, password };
}

function sslOptions(connection: KafkaConnection): KafkaConfig['ssl'] {
  if (!connection.KAFKA_SSL) {
    // A CA file only means something over TLS; ignoring it would hide a plaintext connection.
    if (connection.KAFKA_SSL_CA_FILE) throw new Error('KAFKA_SSL_CA_FILE is set but KAFKA_SSL is not true');
    return false;
  }
  if (!connection.KAFKA_SSL_CA_FILE) return true;
  return { ca: [readFileSync(connection.KAFKA_SSL_CA_FILE, 'utf8')] };
}

/** The connection part of a kafkajs config: brokers, SASL and TLS. Throws on a half-given setting. */
export function kafkaConnectionOptions(connection: KafkaConnection): Pick<KafkaConfig, 'brokers' | 'sasl' | 'ssl'> {
  return { brokers: connection.KAFKA_BROKERS, sasl: saslOptions(connection), ssl: sslOptions(connection) };
}

export function createKafkaClient(clientId: string, connection: KafkaConnection): Kafka {
  return new Kafka({
    clientId,
    ...kafkaConnectionOptions(connection),
    logLevel: logLevel.WARN,
    logCreator,
    retry: { initialRetryTime: 100, retries: 8 },
  });
}
