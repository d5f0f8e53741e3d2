import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { WebDatabase } from '../database/web-database';
import { PublicPage } from './public.decorator';

/** How long the readiness check waits for the database before it says not ready. */
const READY_TIMEOUT_MS = 3000;

/**
 * For the orchestrator's readiness probe: ready while the web app's own database (its
 * sessions) answers, so a pod that cannot reach it is taken out of the Service instead of
 * showing every person an error page. Nothing about anyone; the services are not asked (an
 * outage of one of them is a Danish page, not a reason to stop serving the others' pages).
 * /health/live (PagesController) stays the process only, so an outage never restarts pods.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly database: WebDatabase) {}

  @Get('ready')
  @PublicPage()
  async ready(@Res({ passthrough: true }) response: Response): Promise<{ status: 'ok' | 'unavailable' }> {
    if (await this.database.answers(READY_TIMEOUT_MS)) return { status: 'ok' };
    response.status(503);
    return { status: 'unavailable' };
  }
}
