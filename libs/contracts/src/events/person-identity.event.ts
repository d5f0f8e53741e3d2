import { Type } from 'class-transformer';
import { IsBase64, IsIn, IsNotEmpty, IsObject, IsString, Matches, ValidateNested } from 'class-validator';

/** AES-256-GCM ciphertext; only holders of the identity key can read it. */
export class EncryptedValue {
  @IsIn(['A256GCM'])
  algorithm!: 'A256GCM';

  /** Which key encrypted it, so keys can be rotated. */
  @IsString()
  @IsNotEmpty()
  keyId!: string;

  @IsBase64()
  iv!: string;

  @IsBase64()
  ciphertext!: string;

  @IsBase64()
  authTag!: string;
}

/**
 * The identity behind a pseudonym (CPR, name, address), encrypted. Published on the one
 * compacted identity topic keyed by pseudonym; a tombstone (null value) erases it.
 */
export class PersonIdentityV1 {
  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => EncryptedValue)
  identity!: EncryptedValue;
}

/**
 * What `PersonIdentityV1.identity` decrypts to, as JSON: written by ingestion, read by case
 * coordination. Never on a topic or in a log in clear.
 */
export interface PersonIdentityContent {
  cpr?: string;
  name: string;
  birthDate: string;
  address?: string;
  postalCode?: string;
  school?: string;
  protectedAddress: boolean;
}
