import { Module } from '@nestjs/common';
import { AreaLabelHandler, OffenceCategoryLabelHandler } from './reference-labels.handlers';
import { StatisticsController } from './statistics.controller';
import { StatisticsQueries } from './statistics.queries';
import { StatisticsService } from './statistics.service';

/** Statistics over the read model, per audience, with suppression and exports. */
@Module({
  controllers: [StatisticsController],
  providers: [StatisticsQueries, StatisticsService, AreaLabelHandler, OffenceCategoryLabelHandler],
  exports: [StatisticsService],
})
export class StatisticsModule {}
