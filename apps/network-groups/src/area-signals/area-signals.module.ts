import { Module } from '@nestjs/common';
import { AreaAlertService } from './area-alert.service';
import { AreaSignalsController } from './area-signals.controller';
import { AreaSignalsService } from './area-signals.service';
import { IncidentRecordedHandler } from './incident-recorded.handler';

/** Anonymised area signals from the police incidents, and the alerts raised from them. */
@Module({
  controllers: [AreaSignalsController],
  providers: [IncidentRecordedHandler, AreaSignalsService, AreaAlertService],
  exports: [AreaAlertService],
})
export class AreaSignalsModule {}
