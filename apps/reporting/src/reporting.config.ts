import { ServiceConfig } from '@ssp/platform';
import { IsInt, Max, Min } from 'class-validator';

export class ReportingConfig extends ServiceConfig {
  override HTTP_PORT: number = 3004;

  /** Counts below this are hidden (with their complements) in statistics shown beyond the coordination team. */
  @IsInt()
  @Min(2)
  @Max(100)
  SUPPRESSION_THRESHOLD: number = 5;
}
