import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PersonIdentityContent } from '@ssp/contracts';
import { IdentityCipher, identityKeysOf, MetricsService, queryPrepared, SERVICE_CONFIG } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';

export interface IdentityRow {
  person_pseudonym: string;
  key_id: string;
  iv: string;
  ciphertext: string;
  auth_tag: string;
}

/** The identities of a page: those that could be read, and the persons whose could not. */
export interface IdentitiesRead {
  identities: Map<string, PersonIdentityContent>;
  unreadable: Map<string, { keyId: string }>;
}

/** How a person whose identity cannot be decrypted is shown: a stable code and a Danish text. */
export const UNREADABLE_IDENTITY = {
  code: 'identity-unreadable',
  message: 'Personens identitet kan ikke læses (krypteringsnøglen passer ikke, eller data er beskadiget). Driften er alarmeret.',
} as const;

/**
 * Decrypts each row on its own: one that fails (a key that does not fit it, a damaged
 * ciphertext) is set aside as unreadable and the others are returned, so that one record
 * never takes a whole page down. A protected address is left out.
 */
export function decryptIdentities(cipher: IdentityCipher, rows: readonly IdentityRow[]): IdentitiesRead {
  const read: IdentitiesRead = { identities: new Map(), unreadable: new Map() };
  for (const row of rows) {
    const pseudonym = row.person_pseudonym.trim();
    let clear: PersonIdentityContent;
    try {
      clear = JSON.parse(cipher.decrypt({ algorithm: 'A256GCM', keyId: row.key_id, iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag }, pseudonym)) as PersonIdentityContent;
    } catch {
      read.unreadable.set(pseudonym, { keyId: row.key_id });
      continue;
    }
    const { address: _address, ...withoutAddress } = clear;
    read.identities.set(pseudonym, clear.protectedAddress ? withoutAddress : clear);
  }
  return read;
}

/** Decrypts identities for the callers that may see them; the callers log the read. */
@Injectable()
export class IdentityReaderService {
  private readonly logger = new Logger(IdentityReaderService.name);
  private readonly cipher: IdentityCipher;

  constructor(
    @Inject(SERVICE_CONFIG) config: CaseCoordinationConfig,
    private readonly metrics: MetricsService,
  ) {
    this.cipher = IdentityCipher.fromConfig(config.IDENTITY_KEYS, config.IDENTITY_ACTIVE_KEY_ID);
    // Each configured key id starts at 0, so the first failure is an increase the alert sees.
    for (const { keyId } of identityKeysOf(config.IDENTITY_KEYS)) metrics.identityUnreadable.inc({ key_id: keyId }, 0);
  }

  async identitiesOf(manager: EntityManager, pseudonyms: readonly string[]): Promise<IdentitiesRead> {
    const rows = await queryPrepared<IdentityRow>(manager, 'SELECT person_pseudonym, key_id, iv, ciphertext, auth_tag FROM person_identity WHERE person_pseudonym = ANY($1)', [pseudonyms]);
    return this.decrypt(rows);
  }

  /** Rows in hand (the search index decrypts in memory to hash them); an unreadable one is logged and counted. */
  decrypt(rows: readonly IdentityRow[]): IdentitiesRead {
    const read = decryptIdentities(this.cipher, rows);
    for (const [pseudonym, { keyId }] of read.unreadable) {
      // Pseudonym and key id only: enough to find the row, nothing that identifies the person.
      this.logger.error({ message: 'identity cannot be decrypted', code: UNREADABLE_IDENTITY.code, personPseudonym: pseudonym, keyId });
      this.metrics.identityUnreadable.inc({ key_id: keyId });
    }
    return read;
  }
}
