import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { AreaAlertService } from './area-alert.service';
import { AreaSignalsController, EveryAreaAlertsController } from './area-signals.controller';
import { AreaSignalsService } from './area-signals.service';
import { IncidentRecordedHandler } from './incident-recorded.handler';

/** Anonymised area signals from the police incidents, and the alerts raised from them onto the network groups' agendas. */
@Module({
  imports: [MeetingsModule],
  controllers: [AreaSignalsController, EveryAreaAlertsController],
  providers: [IncidentRecordedHandler, AreaSignalsService, AreaAlertService],
  exports: [AreaAlertService],
})
export class AreaSignalsModule {}
