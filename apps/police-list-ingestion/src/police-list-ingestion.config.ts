import { ServiceConfig } from '@ssp/platform';

export class PoliceListIngestionConfig extends ServiceConfig {
  override HTTP_PORT: number = 3001;
}
