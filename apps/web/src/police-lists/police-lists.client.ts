import { downloadWithToken, getWithToken, streamWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type { PoliceListPage, PoliceListSummary, RowErrorPage } from './police-list-ingestion.types';

const SERVICE = 'police-list-ingestion';
/** Lists on a page of the overview. */
export const POLICE_LIST_PAGE_SIZE = 20;
/** Rejected rows on a page: enough to work through, small enough to read. */
export const REJECTED_ROWS_PAGE_SIZE = 50;
/** The CSV download asks for the largest page ingestion gives, and follows its `Link` to the next. */
export const CSV_PAGE_SIZE = 200;

/**
 * Police-list ingestion's API as the secretariat's pages use it, always with the signed-in
 * person's own token: the service decides who may upload and read lists.
 */
export class PoliceListsClient {
  constructor(private readonly baseUrl: string) {}

  lists(accessToken: string, after?: string): Promise<ServiceAnswer<PoliceListPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/police-lists', { limit: String(POLICE_LIST_PAGE_SIZE), after }), accessToken);
  }

  list(accessToken: string, id: string): Promise<ServiceAnswer<PoliceListSummary>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/police-lists/${encodeURIComponent(id)}`), accessToken);
  }

  rejectedRows(accessToken: string, id: string, after?: string): Promise<ServiceAnswer<RowErrorPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/police-lists/${encodeURIComponent(id)}/errors`, { limit: String(REJECTED_ROWS_PAGE_SIZE), after }), accessToken);
  }

  /** The first page of the rejected rows as CSV for Danish Excel; `next` follows a page's `Link`. */
  rejectedRowsCsvUrl(id: string): URL {
    return serviceUrl(this.baseUrl, `/police-lists/${encodeURIComponent(id)}/errors`, { format: 'csv', limit: String(CSV_PAGE_SIZE) });
  }

  rejectedRowsCsv(accessToken: string, url: URL): Promise<Response> {
    return downloadWithToken(SERVICE, url, accessToken, 'text/csv');
  }

  /** The browser's multipart upload, passed on as it arrives with its own content type. */
  upload(accessToken: string, contentType: string, body: AsyncIterable<Uint8Array>): Promise<ServiceAnswer<PoliceListSummary>> {
    return streamWithToken(SERVICE, serviceUrl(this.baseUrl, '/police-lists'), accessToken, contentType, body);
  }
}
