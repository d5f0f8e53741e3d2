import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { InterventionAssignedNoticeHandler, InterventionDueSoonNoticeHandler, InterventionOverdueNoticeHandler } from './intervention-notices.handlers';
import { InterventionNoticesService } from './intervention-notices.service';

/** Tells the responsible registry person of an intervention when it is assigned, due soon and overdue (case coordination's topics). */
@Module({
  imports: [NotificationsModule, PeopleModule],
  providers: [InterventionNoticesService, InterventionAssignedNoticeHandler, InterventionDueSoonNoticeHandler, InterventionOverdueNoticeHandler],
})
export class InterventionNoticesModule {}
