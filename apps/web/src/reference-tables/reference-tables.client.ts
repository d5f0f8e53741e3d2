import { getWithToken, sendWithToken, type ServiceAnswer } from '../api/service-answer';
import type { Area, AreaTable, AreaTableChanged, OffenceCategory, OffenceCategoryTable, OffenceCategoryTableChanged } from './reference-tables.types';

const SERVICE = 'police-list-ingestion';

/** Police-list ingestion's area and offence-category tables, read and replaced with the person's own token. */
export class ReferenceTablesClient {
  constructor(private readonly baseUrl: string) {}

  areas(accessToken: string): Promise<ServiceAnswer<Area[]>> {
    return getWithToken(SERVICE, new URL('/areas', this.baseUrl), accessToken);
  }

  replaceAreas(accessToken: string, table: AreaTable): Promise<ServiceAnswer<AreaTableChanged>> {
    return sendWithToken(SERVICE, 'PUT', new URL('/areas', this.baseUrl), accessToken, table);
  }

  offenceCategories(accessToken: string): Promise<ServiceAnswer<OffenceCategory[]>> {
    return getWithToken(SERVICE, new URL('/offence-categories', this.baseUrl), accessToken);
  }

  replaceOffenceCategories(accessToken: string, table: OffenceCategoryTable): Promise<ServiceAnswer<OffenceCategoryTableChanged>> {
    return sendWithToken(SERVICE, 'PUT', new URL('/offence-categories', this.baseUrl), accessToken, table);
  }
}
