import { Module } from '@nestjs/common';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarController } from './calendar.controller';

/** iCalendar feeds of the bodies' meetings, per body and per person, behind revocable secret URLs. */
@Module({
  controllers: [CalendarFeedsController, CalendarController],
  providers: [CalendarFeedsService, CalendarFeedsRepository],
})
export class CalendarModule {}
