import { sendWithToken, type ServiceAnswer } from '../api/service-answer';
import type { ConcernReceipt, RaiseConcernBody } from './concern-form';

/** Police-list ingestion's POST /concerns (it alone holds the pseudonym key), with the signed-in person's own token. */
export class ConcernsClient {
  constructor(private readonly baseUrl: string) {}

  raise(accessToken: string, body: RaiseConcernBody): Promise<ServiceAnswer<ConcernReceipt>> {
    return sendWithToken<ConcernReceipt>('police-list-ingestion', 'POST', new URL('/concerns', this.baseUrl), accessToken, body);
  }
}
