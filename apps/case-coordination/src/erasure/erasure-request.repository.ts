import type { EntityManager } from 'typeorm';
import type { ErasureItem } from './person-erasure';
import type { ErasureGrounds, RequestStanding } from './erasure-request-rules';

/** A receipt as it is stored. */
export interface ErasureReceiptRow {
  id: string;
  personPseudonym: string;
  erasedPseudonyms: string[];
  requestReference: string;
  receivedOn: string;
  grounds: ErasureGrounds;
  note: string | null;
  handledBy: string;
  erasedAt: Date;
  erased: ErasureItem[];
  kept: ErasureItem[];
}

const RECEIPT_COLUMNS = `id, person_pseudonym AS "personPseudonym", erased_pseudonyms AS "erasedPseudonyms", request_reference AS "requestReference",
  to_char(received_on, 'YYYY-MM-DD') AS "receivedOn", grounds, note, handled_by AS "handledBy", erased_at AS "erasedAt", erased, kept`;

/** The SQL of erasure on request: the person's standing, locked, and the receipts. */
export class ErasureRequestRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The person's standing, the person and those merged into them locked until the transaction
   * ends (so that no second request, decision or intervention slips in); undefined when unknown.
   */
  async standingForUpdate(pseudonym: string): Promise<(RequestStanding & { mergedPersons: string[] }) | undefined> {
    const [person] = (await this.manager.query('SELECT erased_at AS "erasedAt", merged_into AS "mergedInto" FROM person WHERE pseudonym = $1 FOR UPDATE', [pseudonym])) as {
      erasedAt: Date | null;
      mergedInto: string | null;
    }[];
    if (!person) return undefined;
    const merged = (await this.manager.query('SELECT pseudonym FROM person WHERE merged_into = $1 AND erased_at IS NULL ORDER BY pseudonym FOR UPDATE', [pseudonym])) as { pseudonym: string }[];
    const [{ open }] = (await this.manager.query("SELECT count(*)::int AS open FROM intervention WHERE person_pseudonym = ANY($1) AND status <> 'completed'", [
      [pseudonym, ...merged.map((row) => row.pseudonym)],
    ])) as { open: number }[];
    return { ...person, openInterventions: open, mergedPersons: merged.map((row) => row.pseudonym.trim()) };
  }

  /** The newest receipt that erased the pseudonym, if any. */
  async receiptIdErasing(pseudonym: string): Promise<string | undefined> {
    const [row] = (await this.manager.query('SELECT id FROM erasure_receipt WHERE erased_pseudonyms @> ARRAY[$1]::bpchar[] ORDER BY erased_at DESC LIMIT 1', [pseudonym])) as { id: string }[];
    return row?.id;
  }

  async insertReceipt(receipt: ErasureReceiptRow): Promise<void> {
    await this.manager.query(
      `INSERT INTO erasure_receipt (id, person_pseudonym, erased_pseudonyms, request_reference, received_on, grounds, note, handled_by, erased_at, erased, kept)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        receipt.id,
        receipt.personPseudonym,
        receipt.erasedPseudonyms,
        receipt.requestReference,
        receipt.receivedOn,
        receipt.grounds,
        receipt.note,
        receipt.handledBy,
        receipt.erasedAt,
        JSON.stringify(receipt.erased),
        JSON.stringify(receipt.kept),
      ],
    );
  }

  async receipt(id: string): Promise<ErasureReceiptRow | undefined> {
    const [row] = (await this.manager.query(`SELECT ${RECEIPT_COLUMNS} FROM erasure_receipt WHERE id = $1`, [id])) as ErasureReceiptRow[];
    return row && { ...row, personPseudonym: row.personPseudonym.trim(), erasedPseudonyms: row.erasedPseudonyms.map((pseudonym) => pseudonym.trim()) };
  }
}
