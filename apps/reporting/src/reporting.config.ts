import { ServiceConfig } from '@ssp/platform';
import { IsInt, Max, Min } from 'class-validator';

export class ReportingConfig extends ServiceConfig {
  override HTTP_PORT: number = 3004;

  /** Counts below this are hidden (with their complements) in statistics shown beyond the coordination team. */
  @IsInt()
  @Min(2)
  @Max(100)
  SUPPRESSION_THRESHOLD: number = 5;

  /**
   * How long a statistic computed before the read model last changed may still be given
   * while the new one is computed in the background (statistics/versioned-cache.ts); 0:
   * every request after a change waits for the new one.
   */
  @IsInt()
  @Min(0)
  @Max(3600)
  STATISTICS_MAX_STALE_SECONDS: number = 60;
}
