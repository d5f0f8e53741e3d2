import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kafkaConnectionOptions, type KafkaConnection } from './kafka-client';

const plaintext: KafkaConnection = { KAFKA_BROKERS: ['127.0.0.1:9092'], KAFKA_SSL: false };

describe('kafkaConnectionOptions', () => {
  it('connects without SASL or TLS when none is configured (the local broker)', () => {
    expect(kafkaConnectionOptions(plaintext)).toEqual({ brokers: ['127.0.0.1:9092'], sasl: undefined, ssl: false });
  });

  it('authenticates with the configured mechanism, user and password over TLS trusting the given CA', () => {
    const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'ssp-kafka-ca-')), 'ca.crt');
    writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const options = kafkaConnectionOptions({
      KAFKA_BROKERS: ['ssp-kafka-kafka-bootstrap:9093'],
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'reporting',
      KAFKA_SASL_PASSWORD: 's3cret',
      KAFKA_SSL: true,
      KAFKA_SSL_CA_FILE: caFile,
    });
    expect(options).toEqual({
      brokers: ['ssp-kafka-kafka-bootstrap:9093'],
      sasl: { mechanism: 'scram-sha-512', username: 'reporting', password: 's3cret' },
      ssl: { ca: ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'] },
    });
  });

  it('uses the system trust store when TLS is on without a CA file', () => {
    expect(kafkaConnectionOptions({ ...plaintext, KAFKA_SSL: true }).ssl).toBe(true);
  });

  it('refuses a mechanism without a user name or password', () => {
    expect(() => kafkaConnectionOptions({ ...plaintext, KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'reporting' })).toThrow(
      'KAFKA_SASL_MECHANISM=scram-sha-512 needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE)',
    );
    expect(() => kafkaConnectionOptions({ ...plaintext, KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_PASSWORD: 's3cret' })).toThrow(
      /KAFKA_SASL_MECHANISM=plain needs/,
    );
  });

  it('refuses credentials or a CA file that would be ignored', () => {
    expect(() => kafkaConnectionOptions({ ...plaintext, KAFKA_SASL_USERNAME: 'reporting', KAFKA_SASL_PASSWORD: 's3cret' })).toThrow(
      /KAFKA_SASL_MECHANISM is empty/,
    );
    expect(() => kafkaConnectionOptions({ ...plaintext, KAFKA_SSL_CA_FILE: '/run/kafka-ca/ca.crt' })).toThrow(/KAFKA_SSL is not true/);
  });

  it('fails at start-up, naming the file, when the CA file cannot be read', () => {
    expect(() => kafkaConnectionOptions({ ...plaintext, KAFKA_SSL: true, KAFKA_SSL_CA_FILE: '/nonexistent/ca.crt' })).toThrow(/\/nonexistent\/ca\.crt/);
  });
});
