import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsQueries } from './statistics.queries';
import { StatisticsService } from './statistics.service';

/** Statistics over the read model, per audience, with suppression and exports. */
@Module({
  controllers: [StatisticsController],
  providers: [StatisticsQueries, StatisticsService],
  exports: [StatisticsService],
})
export class StatisticsModule {}
