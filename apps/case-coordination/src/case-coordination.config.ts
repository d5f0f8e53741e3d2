import { ServiceConfig } from '@ssp/platform';

export class CaseCoordinationConfig extends ServiceConfig {
  override HTTP_PORT: number = 3002;
}
