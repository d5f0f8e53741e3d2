import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/access.decorators';
import { METRICS_CONTENT_TYPE } from './metrics.server';
import { MetricsService } from './metrics.service';

/**
 * Scraped by Prometheus; counts only, no personal data. Served beside the API only when
 * METRICS_PORT is 0 (development); in the cluster MetricsServer serves it on its own port.
 */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Content-Type', METRICS_CONTENT_TYPE)
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
