import { IsString } from 'class-validator';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigValidationError, loadConfig } from './load-config';
import { ServiceConfig } from './service.config';

class ExampleConfig extends ServiceConfig {
  override HTTP_PORT: number = 3009;

  @IsString()
  EXAMPLE_SECRET_FILE: string = '/run/secrets/example';
}

const minimal = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/example',
  OIDC_ISSUER: 'https://login.example.dk/tenant/v2.0',
  OIDC_AUDIENCE: 'api://ssp',
  OIDC_JWKS_URI: 'https://login.example.dk/tenant/discovery/v2.0/keys',
};

function secretFile(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ssp-config-')), 'secret');
  writeFileSync(file, content);
  return file;
}

describe('loadConfig', () => {
  it('fills defaults and converts numbers and lists', () => {
    const config = loadConfig(ExampleConfig, { ...minimal, KAFKA_BROKERS: 'a:9092, b:9093', CONSUMER_MAX_ATTEMPTS: '3' });
    expect(config).toMatchObject({ HTTP_PORT: 3009, KAFKA_BROKERS: ['a:9092', 'b:9093'], CONSUMER_MAX_ATTEMPTS: 3, KAFKA_TOPIC_NAMESPACE: '' });
  });

  it('names every missing or wrong variable', () => {
    const attempt = () => loadConfig(ExampleConfig, { HTTP_PORT: 'eighty', KAFKA_BROKERS: 'no-port', LOG_FORMAT: 'xml' });
    expect(attempt).toThrow(ConfigValidationError);
    try {
      attempt();
    } catch (error) {
      const names = (error as ConfigValidationError).problems.map((problem) => problem.split(':')[0]).sort();
      expect(names).toEqual(['DATABASE_URL', 'HTTP_PORT', 'KAFKA_BROKERS', 'LOG_FORMAT', 'OIDC_AUDIENCE', 'OIDC_ISSUER', 'OIDC_JWKS_URI']);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(ExampleConfig, { ...minimal, HTTP_PORT: '' }).HTTP_PORT).toBe(3009);
  });

  it('reads a setting from the file named by <NAME>_FILE, without its trailing newline', () => {
    const config = loadConfig(ExampleConfig, { ...minimal, KAFKA_SASL_PASSWORD_FILE: secretFile('s3cret\n') });
    expect(config.KAFKA_SASL_PASSWORD).toBe('s3cret');
  });

  it('refuses a setting given both directly and as a file, and a file it cannot read', () => {
    const both = () => loadConfig(ExampleConfig, { ...minimal, KAFKA_SASL_PASSWORD: 'a', KAFKA_SASL_PASSWORD_FILE: secretFile('b') });
    expect(both).toThrow(/KAFKA_SASL_PASSWORD: set either KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE/);
    const missing = () => loadConfig(ExampleConfig, { ...minimal, KAFKA_SASL_PASSWORD_FILE: '/nonexistent/secret' });
    expect(missing).toThrow(/KAFKA_SASL_PASSWORD_FILE: cannot read \/nonexistent\/secret \(ENOENT\)/);
  });

  it('reads booleans as words, so "false" is false', () => {
    expect(loadConfig(ExampleConfig, { ...minimal, KAFKA_SSL: 'false' }).KAFKA_SSL).toBe(false);
    expect(loadConfig(ExampleConfig, { ...minimal, KAFKA_SSL: 'true' }).KAFKA_SSL).toBe(true);
  });

  it('trusts keys over plain http only on localhost', () => {
    expect(() => loadConfig(ExampleConfig, { ...minimal, OIDC_JWKS_URI: 'http://idp.example.dk/keys' })).toThrow(/OIDC_JWKS_URI/);
    expect(loadConfig(ExampleConfig, { ...minimal, OIDC_JWKS_URI: 'http://127.0.0.1:8080/keys' }).OIDC_JWKS_URI).toContain('127.0.0.1');
  });
});
