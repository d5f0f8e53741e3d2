import { Module } from '@nestjs/common';
import { StatisticsModule } from '../statistics/statistics.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The web dashboard: server-rendered HTML with SVG charts over the statistics, per audience. */
@Module({
  imports: [StatisticsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
