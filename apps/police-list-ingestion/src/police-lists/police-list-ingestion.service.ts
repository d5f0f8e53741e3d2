import { Inject, Injectable, Logger } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics, type EventEnvelope, type IncidentDetails, type IncidentRecordedV1, type PersonIdentityV1 } from '@ssp/contracts';
import { Clock, maskPersonalData, OutboxService, SERVICE_CONFIG } from '@ssp/platform';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { identityOfRow, IdentityVault } from '../identity-vault/identity-vault';
import type { PoliceListIngestionConfig } from '../police-list-ingestion.config';
import { readRows } from '../reading/read-rows';
import { FileRejectedError } from '../reading/sheet-row';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { columnHeadings, mapHeader, type HeaderMapping } from '../rows/header-aliases';
import { FIELD_LABELS_DA, type PoliceListField } from '../rows/police-list-field';
import type { RecordedRowError } from '../rows/row-errors';
import { UnknownColumnNames } from '../rows/personal-data-in-text';
import { isBlankRow, personNameOf, validatePoliceListRow, type ValidPoliceListRow } from '../rows/validate-row';
import { incidentIdOf } from './incident-id';
import { IngestSlots } from './ingest-slots';
import { PoliceListStore } from './police-list.store';
import type { PoliceListSummaryDto } from './police-list-summary';

export interface PoliceListUpload {
  filePath: string;
  fileName: string;
  source: 'upload' | 'demo';
  listDate?: string;
  uploadedBy: string;
}

const BATCH_SIZE = 1000;
/** The upload answer carries this many errors; all of them are at /police-lists/{id}/errors. */
const ERRORS_IN_SUMMARY = 1000;

interface Counts {
  rows: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  blank: number;
}

async function sha256Of(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A name fit for the list's record and event: no folders, no control characters, no CPR. */
function displayFileName(fileName: string): string {
  const base = path.basename(fileName.replace(/\\/g, '/')).replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return maskPersonalData(base).slice(0, 255) || 'politiliste';
}

function labels(fields: PoliceListField[]): string {
  return fields.map((field) => (field === 'cpr' ? 'CPR-nummer eller fødselsdato' : FIELD_LABELS_DA[field])).join(', ');
}

function headerProblem(header: HeaderMapping, line: number): FileRejectedError | undefined {
  if (header.missingRequired.length === 0 && header.duplicated.length === 0) return undefined;
  const parts = [
    ...(header.missingRequired.length > 0 ? [`mangler ${labels(header.missingRequired)}`] : []),
    ...(header.duplicated.length > 0 ? [`har ${labels(header.duplicated)} mere end én gang`] : []),
  ];
  return new FileRejectedError('missing-columns', `Overskriftslinjen (linje ${line}) ${parts.join(' og ')}. Se kolonnenavnene i vejledningen.`, line);
}

/**
 * Reads a police list row by row and records it in one transaction: each valid row becomes
 * an incident (or counts as a duplicate of one), each person an encrypted identity, each
 * invalid row an error with line, field and reason; the events go through the outbox.
 * The same file again (by content) changes nothing and answers with the first summary.
 */
@Injectable()
export class PoliceListIngestionService {
  private readonly logger = new Logger('police-lists');
  private readonly slots: IngestSlots;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly vault: IdentityVault,
    private readonly referenceData: ReferenceDataService,
    private readonly store: PoliceListStore,
    @Inject(SERVICE_CONFIG) private readonly config: PoliceListIngestionConfig,
    private readonly clock: Clock,
  ) {
    this.slots = new IngestSlots(config.MAX_CONCURRENT_INGESTS);
  }

  /** Waits for one of MAX_CONCURRENT_INGESTS slots; the uploaded file waits on disk. */
  ingest(upload: PoliceListUpload): Promise<PoliceListSummaryDto> {
    return this.slots.run(() => this.ingestNow(upload));
  }

  private async ingestNow(upload: PoliceListUpload): Promise<PoliceListSummaryDto> {
    const contentSha256 = await sha256Of(upload.filePath);
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [contentSha256]);
      const earlier = await this.store.findByContent(tx, contentSha256);
      if (earlier) return { ...(await this.store.summary(tx, earlier, ERRORS_IN_SUMMARY)), alreadyIngested: true };
      const listId = randomUUID();
      const ingestedAt = this.clock.now();
      const fileName = displayFileName(upload.fileName);
      await this.store.create(tx, { id: listId, contentSha256, fileName, source: upload.source, listDate: upload.listDate ?? null, uploadedBy: upload.uploadedBy, ingestedAt });
      const { counts, unknownColumns } = await this.recordRows(tx, listId, upload);
      await this.store.complete(tx, listId, counts, unknownColumns);
      await this.outbox.publish(
        tx,
        Topics.policeListIngested,
        listId,
        createEnvelope(
          Topics.policeListIngested,
          { listId, contentSha256, source: upload.source, fileName, ...(upload.listDate ? { listDate: upload.listDate } : {}), ...counts, ingestedAt: ingestedAt.toISOString() },
          { producer: ServiceName.policeListIngestion, correlationId: listId, occurredAt: ingestedAt },
        ),
      );
      this.logger.log(`list ${listId}: ${counts.rows} rows, ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.duplicates} duplicates, ${counts.blank} blank`);
      const stored = await this.store.findById(tx, listId);
      return { ...(await this.store.summary(tx, stored!, ERRORS_IN_SUMMARY)), alreadyIngested: false };
    });
  }

  private async recordRows(tx: EntityManager, listId: string, upload: PoliceListUpload): Promise<{ counts: Counts; unknownColumns: string[] }> {
    const counts: Counts = { rows: 0, accepted: 0, rejected: 0, duplicates: 0, blank: 0 };
    const context = { ...(await this.referenceData.rowContext(tx)), maxCellLength: this.config.MAX_CELL_LENGTH };
    let header: HeaderMapping | undefined;
    let unknownColumns = new UnknownColumnNames([]);
    let valid: ValidPoliceListRow[] = [];
    let headings: ReadonlyMap<PoliceListField, string> = new Map();
    let errors: RecordedRowError[] = [];
    const rows = readRows(upload.filePath, {
      maxCellLength: this.config.MAX_CELL_LENGTH,
      maxRows: this.config.MAX_ROWS,
      maxXlsxUncompressedBytes: this.config.MAX_XLSX_UNCOMPRESSED_BYTES,
      maxXlsxEntries: this.config.MAX_XLSX_ENTRIES,
      maxXlsxSharedStringsBytes: this.config.MAX_XLSX_SHARED_STRINGS_BYTES,
      maxXlsxWorkbookPartsBytes: this.config.MAX_XLSX_WORKBOOK_PARTS_BYTES,
      maxXlsxRowBytes: this.config.MAX_XLSX_ROW_BYTES,
    });
    for await (const row of rows) {
      if (!header) {
        if (isBlankRow(row.values)) continue;
        header = mapHeader(row.values);
        const problem = headerProblem(header, row.line);
        if (problem) throw problem;
        unknownColumns = new UnknownColumnNames(header.unknown);
        headings = columnHeadings(header, row.values);
        continue;
      }
      counts.rows += 1;
      if (isBlankRow(row.values)) {
        counts.blank += 1;
        continue;
      }
      unknownColumns.maskName(personNameOf(row.values, header));
      const result = validatePoliceListRow(row.values, header, row.line, context);
      if (result.ok) valid.push(result.row);
      else {
        counts.rejected += 1;
        errors.push(...result.errors.map((error) => ({ ...error, column: error.field === 'row' ? null : (headings.get(error.field) ?? null) })));
      }
      if (valid.length >= BATCH_SIZE) {
        await this.recordIncidents(tx, listId, valid, counts);
        valid = [];
      }
      if (errors.length >= BATCH_SIZE) {
        await this.store.addErrors(tx, listId, errors);
        errors = [];
      }
    }
    if (!header) throw new FileRejectedError('no-header', 'Filen har ingen overskriftslinje med kolonnenavne.');
    await this.recordIncidents(tx, listId, valid, counts);
    await this.store.addErrors(tx, listId, errors);
    return { counts, unknownColumns: unknownColumns.masked };
  }

  private async recordIncidents(tx: EntityManager, listId: string, rows: ValidPoliceListRow[], counts: Counts): Promise<void> {
    if (rows.length === 0) return;
    const identified = rows.map((row) => ({ row, ...this.vault.pseudonymOf(row) }));
    const incidents = identified.map(({ row, pseudonym, strength }): IncidentRecordedV1 => ({
      incidentId: incidentIdOf(row.journalNumber, pseudonym, row.role),
      listId,
      personPseudonym: pseudonym,
      pseudonymStrength: strength,
      journalNumber: row.journalNumber,
      role: row.role,
      incidentDate: row.incidentDate,
      ...(row.incidentTime ? { incidentTime: row.incidentTime } : {}),
      offenceCategory: row.offenceCategory,
      ...(row.offenceCode ? { offenceCode: row.offenceCode } : {}),
      ageAtIncident: row.ageAtIncident,
      ...(row.sex ? { sex: row.sex } : {}),
      ...(row.school ? { school: row.school } : {}),
      areaId: row.areaId,
    }));
    const detailsOf = new Map(
      identified.map(({ row }, index): [string, IncidentDetails] => [incidents[index].incidentId, { offenceText: row.offenceText, ...(row.incidentLocation ? { incidentLocation: row.incidentLocation } : {}) }]),
    );
    const recorded = await this.store.insertNewIncidents(tx, incidents);
    counts.accepted += recorded.length;
    counts.duplicates += rows.length - recorded.length;
    const origin = { producer: ServiceName.policeListIngestion, correlationId: listId };
    await this.outbox.publishMany(
      tx,
      Topics.incidentRecorded,
      recorded.map((incident) => ({ key: incident.personPseudonym, event: createEnvelope(Topics.incidentRecorded, this.vault.incidentForTopic(incident, detailsOf.get(incident.incidentId)!), origin) })),
    );
    const identities: PersonIdentityV1[] = await this.vault.store(
      tx,
      identified.map(({ row, pseudonym, strength }) => ({ pseudonym, strength, identity: identityOfRow(row) })),
    );
    const identityEvents: { key: string; event: EventEnvelope<PersonIdentityV1> }[] = identities.map((identity) => ({
      key: identity.personPseudonym,
      event: createEnvelope(Topics.personIdentity, identity, origin),
    }));
    await this.outbox.publishMany(tx, Topics.personIdentity, identityEvents);
  }
}
