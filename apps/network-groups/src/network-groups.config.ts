import { ServiceConfig } from '@ssp/platform';

export class NetworkGroupsConfig extends ServiceConfig {
  override HTTP_PORT: number = 3003;
}
