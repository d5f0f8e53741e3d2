import { IsString } from 'class-validator';
import { ConfigValidationError, loadConfig } from './load-config';
import { ServiceConfig } from './service.config';

class ExampleConfig extends ServiceConfig {
  override HTTP_PORT: number = 3009;

  @IsString()
  EXAMPLE_SECRET_FILE: string = '/run/secrets/example';
}

const minimal = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/example' };

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
      expect(names).toEqual(['DATABASE_URL', 'HTTP_PORT', 'KAFKA_BROKERS', 'LOG_FORMAT']);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(ExampleConfig, { ...minimal, HTTP_PORT: '' }).HTTP_PORT).toBe(3009);
  });
});
