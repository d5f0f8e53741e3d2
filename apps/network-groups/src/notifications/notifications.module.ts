import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { PeopleModule } from '../people/people.module';
import { EmailModule } from './email/email.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';

/** In-app notifications and preferences; other modules import it to notify inside their transactions. */
@Module({
  imports: [BodiesModule, PeopleModule, EmailModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, PreferencesService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
