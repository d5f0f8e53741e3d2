import { Matches } from 'class-validator';
import { ServiceConfig } from './service.config';

/** Settings of a service that holds identities: the keys that encrypt and decrypt them. */
export abstract class IdentityHolderConfig extends ServiceConfig {
  /**
   * Identity encryption keys as `keyId:base64-of-32-bytes`, comma-separated; old keys stay
   * listed so what they encrypted can still be read. Best as IDENTITY_KEYS_FILE.
   */
  @Matches(/^[A-Za-z0-9-]+:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9-]+:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'IDENTITY_KEYS must be keyId:base64 (32 bytes) pairs, comma-separated',
  })
  IDENTITY_KEYS!: string;

  /** The key new identities are encrypted with; one of IDENTITY_KEYS. */
  @Matches(/^[A-Za-z0-9-]+$/, { message: 'IDENTITY_ACTIVE_KEY_ID must name one of IDENTITY_KEYS' })
  IDENTITY_ACTIVE_KEY_ID!: string;
}
