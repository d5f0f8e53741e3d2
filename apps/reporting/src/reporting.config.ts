import { ServiceConfig } from '@ssp/platform';

export class ReportingConfig extends ServiceConfig {
  override HTTP_PORT: number = 3004;
}
