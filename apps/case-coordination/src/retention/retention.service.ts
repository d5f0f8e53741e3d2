import { Inject, Injectable, Logger } from '@nestjs/common';
import { SERVICE_CONFIG } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { PersonErasureRepository } from '../erasure/person-erasure.repository';
import { PersonErasure } from '../erasure/person-erasure.service';
import { retentionCutoffOn } from './retention-rules';

/** The last day on which an incident keeps a person: `months` before the Danish day of `now`. */
export function retentionCutoff(now: Date, months: number): string {
  return retentionCutoffOn(danishToday(now), months);
}

/**
 * Erases persons with no incident or concern for RETENTION_MONTHS and no open intervention,
 * in one transaction: what ERASURE_STEPS takes goes (the identity, the flag, the free text
 * about them), and `person erased` tells every other holder; the pseudonymous incidents and
 * concerns (the counts) stay. A person's own request erases the same (ErasureRequestService).
 * Run daily; `now` is injected so it can be tested.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly erasure: PersonErasure,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
  ) {}

  async eraseExpired(now: Date): Promise<string[]> {
    const cutoff = retentionCutoff(now, this.config.RETENTION_MONTHS);
    const erased = await this.dataSource.transaction(async (tx) => {
      const pseudonyms = await new PersonErasureRepository(tx).markExpired(cutoff, now);
      await this.erasure.erase(tx, pseudonyms, 'retention', now);
      return pseudonyms;
    });
    if (erased.length > 0) this.logger.log(`erased ${erased.length} persons with no incident since before ${cutoff}`);
    return erased;
  }
}
