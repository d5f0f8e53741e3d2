import { Injectable } from '@nestjs/common';
import { badRequest, conflict, notFound, type Principal } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { IdentityReaderService } from '../persons/identity-reader.service';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { ERASURE_GROUNDS, noteNamesPerson, requestRefusal } from './erasure-request-rules';
import { ERASURE_REFUSALS, type CreateErasureRequestDto, type ErasureReceiptDto } from './erasure-request.dto';
import { ErasureRequestRepository, type ErasureReceiptRow } from './erasure-request.repository';
import { erasureItems } from './person-erasure';
import { PersonErasureRepository } from './person-erasure.repository';
import { PersonErasure } from './person-erasure.service';

/**
 * Erasure on a person's documented request (GDPR art. 17): the person, and those merged into
 * them, erased at once as retention erases (PersonErasure), with a receipt that keeps no
 * personal data, all in one transaction.
 */
@Injectable()
export class ErasureRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly erasure: PersonErasure,
    private readonly identities: IdentityReaderService,
  ) {}

  async erase(pseudonym: string, request: CreateErasureRequestDto, principal: Principal, now: Date): Promise<ErasureReceiptDto> {
    if (request.receivedOn > danishToday(now)) throw badRequest(ERASURE_REFUSALS.receivedInFuture);
    const receipt = await this.dataSource.transaction(async (tx) => {
      const requests = new ErasureRequestRepository(tx);
      const standing = await requests.standingForUpdate(pseudonym);
      if (!standing) throw notFound(PERSON_REFUSALS.notFound);
      const refusal = requestRefusal(standing);
      if (refusal === 'already-erased') {
        const earlier = await requests.receiptIdErasing(pseudonym);
        throw conflict(ERASURE_REFUSALS.alreadyErased, earlier === undefined ? {} : { earlierReceiptId: earlier });
      }
      if (refusal === 'merged') throw conflict(PERSON_REFUSALS.merged, { mergedInto: standing.mergedInto! });
      if (refusal === 'open-intervention') throw conflict(ERASURE_REFUSALS.openIntervention);
      if (request.note !== undefined) await this.refuseNoteNaming(tx, pseudonym, request.note);
      const erased = [pseudonym, ...standing.mergedPersons];
      await new PersonErasureRepository(tx).markErased(erased, now);
      await this.erasure.erase(tx, erased, 'request', now);
      const row: ErasureReceiptRow = {
        id: randomUUID(),
        personPseudonym: pseudonym,
        erasedPseudonyms: erased,
        requestReference: request.requestReference,
        receivedOn: request.receivedOn,
        grounds: request.grounds,
        note: request.note ?? null,
        handledBy: principal.subject,
        erasedAt: now,
        ...erasureItems(),
      };
      await requests.insertReceipt(row);
      return row;
    });
    return receiptDtoOf(receipt);
  }

  async receipt(id: string): Promise<ErasureReceiptDto> {
    const row = await new ErasureRequestRepository(this.dataSource.manager).receipt(id);
    if (!row) throw notFound(ERASURE_REFUSALS.receiptNotFound);
    return receiptDtoOf(row);
  }

  private async refuseNoteNaming(tx: EntityManager, pseudonym: string, note: string): Promise<void> {
    const identity = (await this.identities.identitiesOf(tx, [pseudonym])).identities.get(pseudonym);
    if (noteNamesPerson(note, identity)) throw badRequest(ERASURE_REFUSALS.noteNamesPerson);
  }
}

/** The receipt as the secretariat reads it, with a Danish sentence to send on. */
export function receiptDtoOf(row: ErasureReceiptRow): ErasureReceiptDto {
  const erasedAt = row.erasedAt.toISOString();
  return {
    id: row.id,
    personPseudonym: row.personPseudonym,
    erasedPseudonyms: row.erasedPseudonyms,
    requestReference: row.requestReference,
    receivedOn: row.receivedOn,
    grounds: row.grounds,
    groundsText: ERASURE_GROUNDS[row.grounds],
    note: row.note,
    handledBy: row.handledBy,
    erasedAt,
    erased: row.erased,
    kept: row.kept,
    summary: `Anmodningen om sletning (sag ${row.requestReference}, modtaget ${row.receivedOn}) er imødekommet ${erasedAt}: ${row.erased.map((item) => item.text).join('; ')} er slettet overalt, hvor SSP-systemet havde dem. Tilbage er: ${row.kept.map((item) => item.text).join('; ')}.`,
  };
}
