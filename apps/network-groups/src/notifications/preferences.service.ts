import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_CONFIG } from '@ssp/platform';
import { DANISH_TIME_ZONE } from '@ssp/platform/time';
import type { DataSource } from 'typeorm';
import type { NetworkGroupsConfig } from '../network-groups.config';
import { DEFAULT_DELIVERY, type DeliveryPreference } from './notification';
import type { PreferencesDto } from './notifications.dto';

/** Each person's choice of how notifications reach them besides the app. */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
  ) {}

  async get(personId: string): Promise<PreferencesDto> {
    const [row] = (await this.dataSource.query('SELECT delivery FROM notification_preference WHERE person_id = $1', [personId])) as { delivery: DeliveryPreference }[];
    return this.toDto(row?.delivery ?? DEFAULT_DELIVERY, row !== undefined);
  }

  /** Applies to notifications written from now on; ones waiting for a digest still go in it. */
  async set(personId: string, delivery: DeliveryPreference): Promise<PreferencesDto> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (person_id, delivery) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [personId, delivery],
    );
    return this.toDto(delivery, true);
  }

  private toDto(delivery: DeliveryPreference, chosen: boolean): PreferencesDto {
    return { delivery, digestTime: this.config.NOTIFICATION_DIGEST_TIME, timeZone: DANISH_TIME_ZONE, chosen };
  }
}
