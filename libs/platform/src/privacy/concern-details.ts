import type { ConcernDetails, ConcernRaisedV1, EncryptedValue } from '@ssp/contracts';
import type { IdentityCipher } from './identity-cipher';

/** What a concern's details are bound to when sealed, so sealed details cannot be moved to another concern. */
function sealedFor(concernId: string): string {
  return `concern-details:${concernId}`;
}

/** A concern's worry and who raised it, sealed under the identity key for ssp.concern.raised.v1. */
export function sealConcernDetails(concernId: string, details: ConcernDetails, cipher: IdentityCipher): EncryptedValue {
  return cipher.encrypt(JSON.stringify({ worry: details.worry, raisedBy: details.raisedBy }), sealedFor(concernId));
}

/** A concern's details, for holders of the identity keys; throws if they were sealed for another concern, altered, or are not details. */
export function openConcernDetails(concern: Pick<ConcernRaisedV1, 'concernId' | 'detailsSealed'>, cipher: IdentityCipher): ConcernDetails {
  const details = JSON.parse(cipher.decrypt(concern.detailsSealed, sealedFor(concern.concernId))) as Partial<ConcernDetails>;
  if (typeof details.worry !== 'string' || typeof details.raisedBy !== 'string') throw new TypeError('the sealed details of a concern hold no worry or no raiser');
  return { worry: details.worry, raisedBy: details.raisedBy };
}
