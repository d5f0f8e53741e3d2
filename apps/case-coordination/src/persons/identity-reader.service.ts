import { Inject, Injectable } from '@nestjs/common';
import type { PersonIdentityContent } from '@ssp/contracts';
import { IdentityCipher, SERVICE_CONFIG } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';

interface IdentityRow {
  person_pseudonym: string;
  key_id: string;
  iv: string;
  ciphertext: string;
  auth_tag: string;
}

/** Decrypts identities for the callers that may see them (a protected address left out); the callers log the read. */
@Injectable()
export class IdentityReaderService {
  private readonly cipher: IdentityCipher;

  constructor(@Inject(SERVICE_CONFIG) config: CaseCoordinationConfig) {
    this.cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
  }

  async identitiesOf(manager: EntityManager, pseudonyms: readonly string[]): Promise<Map<string, PersonIdentityContent>> {
    const rows = (await manager.query('SELECT * FROM person_identity WHERE person_pseudonym = ANY($1)', [pseudonyms])) as IdentityRow[];
    return new Map(
      rows.map((row) => {
        const clear = JSON.parse(
          this.cipher.decrypt({ algorithm: 'A256GCM', keyId: row.key_id, iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag }, row.person_pseudonym),
        ) as PersonIdentityContent;
        const { address: _address, ...withoutAddress } = clear;
        return [row.person_pseudonym, clear.protectedAddress ? withoutAddress : clear];
      }),
    );
  }
}
