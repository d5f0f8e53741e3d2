import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto, PageQuery, refusedWith, type Refusals } from '@ssp/platform';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DELIVERY_PREFERENCES, NOTIFICATION_KINDS, type DeliveryPreference, type NotificationKind } from './notification';

/** What a refused request about notifications says: a stable code for programs, Danish for the person. */
export const NOTIFICATION_REFUSALS = {
  show: { code: 'notifications-show-unknown', message: 'show skal være unread eller all.' },
  notificationId: { code: 'notification-id-invalid', message: 'notificationId i adressen skal være et UUID.' },
  notFound: { code: 'notification-not-found', message: 'Du har ingen notifikation med dette id. Kontrollér notificationId.' },
  delivery: { code: 'notification-delivery-unknown', message: `delivery skal være en af: ${DELIVERY_PREFERENCES.join(', ')}.` },
} as const satisfies Refusals;

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: String, description: 'A path in the app' }) link!: string | null;
  @ApiProperty({ nullable: true, type: String }) bodyId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt!: string | null;
  @ApiProperty({ enum: ['email', 'digest', 'in-app'], description: 'How it was delivered besides the app, by the preference when it was written' })
  delivery!: string;
}

export class NotificationPageDto extends PageDto {
  @ApiProperty({ type: [NotificationDto], description: 'Newest first' }) items!: NotificationDto[];
}

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['unread', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['unread', 'all'], refusedWith(NOTIFICATION_REFUSALS.show))
  show: 'unread' | 'all' = 'all';
}

export class NotificationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', refusedWith(NOTIFICATION_REFUSALS.notificationId))
  notificationId!: string;
}

export class PreferencesDto {
  @ApiProperty({ enum: DELIVERY_PREFERENCES, description: 'immediate: an e-mail per notification; daily-digest: one e-mail a day; in-app: no e-mail' })
  delivery!: DeliveryPreference;
  @ApiProperty({ example: '07:00', description: 'When the daily digest goes out' }) digestTime!: string;
  @ApiProperty({ example: 'Europe/Copenhagen' }) timeZone!: string;
  @ApiProperty({ description: 'False until the person has chosen; the default then applies' }) chosen!: boolean;
}

export class UpdatePreferencesDto {
  @ApiProperty({ enum: DELIVERY_PREFERENCES })
  @IsIn(DELIVERY_PREFERENCES, refusedWith(NOTIFICATION_REFUSALS.delivery))
  delivery!: DeliveryPreference;
}
