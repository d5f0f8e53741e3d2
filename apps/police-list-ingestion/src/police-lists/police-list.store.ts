import { Injectable } from '@nestjs/common';
import type { IncidentRecordedV1 } from '@ssp/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { RecordedRowError } from '../rows/row-errors';
import type { PoliceListSummaryDto, RowErrorDto } from './police-list-summary';

export interface PoliceListRecord {
  id: string;
  contentSha256: string;
  fileName: string;
  source: 'upload' | 'demo';
  listDate: string | null;
  uploadedBy: string;
  ingestedAt: Date;
}

interface PoliceListRow {
  id: string;
  file_name: string;
  source: string;
  list_date: string | null;
  ingested_at: Date;
  rows: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  blank: number;
  unknown_columns: string[];
}

const LIST_COLUMNS = "id, file_name, source, to_char(list_date, 'YYYY-MM-DD') AS list_date, ingested_at, rows, accepted, rejected, duplicates, blank, unknown_columns";

/** The ingestion service's tables, in plain SQL: rows go in by the thousand. */
@Injectable()
export class PoliceListStore {
  constructor(private readonly dataSource: DataSource) {}

  async findByContent(tx: EntityManager, contentSha256: string): Promise<PoliceListRow | undefined> {
    const [row] = (await tx.query(`SELECT ${LIST_COLUMNS} FROM police_list WHERE content_sha256 = $1`, [contentSha256])) as PoliceListRow[];
    return row;
  }

  async findById(manager: EntityManager, id: string): Promise<PoliceListRow | undefined> {
    const [row] = (await manager.query(`SELECT ${LIST_COLUMNS} FROM police_list WHERE id = $1`, [id])) as PoliceListRow[];
    return row;
  }

  async create(tx: EntityManager, list: PoliceListRecord): Promise<void> {
    await tx.query(
      `INSERT INTO police_list (id, content_sha256, file_name, source, list_date, uploaded_by, ingested_at, rows, accepted, rejected, duplicates, blank, unknown_columns)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 0, 0, 0, 0, '{}')`,
      [list.id, list.contentSha256, list.fileName, list.source, list.listDate, list.uploadedBy, list.ingestedAt],
    );
  }

  async complete(tx: EntityManager, id: string, counts: { rows: number; accepted: number; rejected: number; duplicates: number; blank: number }, unknownColumns: string[]): Promise<void> {
    await tx.query('UPDATE police_list SET rows = $2, accepted = $3, rejected = $4, duplicates = $5, blank = $6, unknown_columns = $7 WHERE id = $1', [
      id,
      counts.rows,
      counts.accepted,
      counts.rejected,
      counts.duplicates,
      counts.blank,
      unknownColumns,
    ]);
  }

  async addErrors(tx: EntityManager, listId: string, errors: RecordedRowError[]): Promise<void> {
    if (errors.length === 0) return;
    await tx.query(
      `INSERT INTO police_list_error (list_id, line, field, code, reason, column_name)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        listId,
        errors.map((error) => error.line),
        errors.map((error) => error.field),
        errors.map((error) => error.code),
        errors.map((error) => error.reason),
        errors.map((error) => error.column),
      ],
    );
  }

  /** Inserts the incidents not recorded before (by id) and returns those, in the given order. */
  async insertNewIncidents(tx: EntityManager, incidents: IncidentRecordedV1[]): Promise<IncidentRecordedV1[]> {
    const unique = [...new Map(incidents.map((incident) => [incident.incidentId, incident])).values()];
    const column = <K extends keyof IncidentRecordedV1>(key: K) => unique.map((incident) => incident[key] ?? null);
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO incident (id, list_id, person_pseudonym, pseudonym_strength, journal_number, role, incident_date, incident_time,
                             offence_code, offence_category, age_at_incident, sex, area_id, school)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[],
                            $9::text[], $10::text[], $11::int[], $12::text[], $13::text[], $14::text[])
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        column('incidentId'),
        column('listId'),
        column('personPseudonym'),
        column('pseudonymStrength'),
        column('journalNumber'),
        column('role'),
        column('incidentDate'),
        column('incidentTime'),
        column('offenceCode'),
        column('offenceCategory'),
        column('ageAtIncident'),
        column('sex'),
        column('areaId'),
        column('school'),
      ],
    );
    const ids = new Set(inserted.map((row) => row.id));
    return unique.filter((incident) => ids.has(incident.incidentId));
  }

  /** The first `limit` errors of a list, in file order (a summary's; the rest through errorPage). */
  async errorsOf(manager: EntityManager, listId: string, limit: number): Promise<RowErrorDto[]> {
    return manager.query(`SELECT line, column_name AS "column", field, code, reason FROM police_list_error WHERE list_id = $1 ORDER BY line, field COLLATE "C" LIMIT $2`, [listId, limit]);
  }

  async summary(manager: EntityManager, row: PoliceListRow, maxErrors: number): Promise<Omit<PoliceListSummaryDto, 'alreadyIngested'>> {
    const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM police_list_error WHERE list_id = $1', [row.id])) as { count: number }[];
    return {
      id: row.id,
      fileName: row.file_name,
      source: row.source,
      listDate: row.list_date,
      ingestedAt: row.ingested_at.toISOString(),
      rows: row.rows,
      accepted: row.accepted,
      rejected: row.rejected,
      duplicates: row.duplicates,
      blank: row.blank,
      unknownColumns: row.unknown_columns,
      errors: await this.errorsOf(manager, row.id, maxErrors),
      errorCount: count,
    };
  }

  /** Newest first, `limit` lists after the list `afterId` (keyset: the database finds its place). */
  async list(limit: number, afterId: string | null): Promise<PoliceListRow[]> {
    return this.dataSource.query(
      `SELECT ${LIST_COLUMNS} FROM police_list
        WHERE $2::uuid IS NULL OR (ingested_at, id) < (SELECT ingested_at, id FROM police_list WHERE id = $2::uuid)
        ORDER BY ingested_at DESC, id DESC LIMIT $1`,
      [limit, afterId],
    );
  }

  /** A list's row errors in file order, `limit` after the error at (`afterLine`, `afterField`). */
  async errorPage(listId: string, limit: number, after: readonly [line: number, field: string] | undefined): Promise<RowErrorDto[]> {
    return this.dataSource.query(
      `SELECT line, column_name AS "column", field, code, reason FROM police_list_error
        WHERE list_id = $1 AND ($2::int IS NULL OR (line, field COLLATE "C") > ($2::int, $3::text COLLATE "C"))
        ORDER BY line, field COLLATE "C" LIMIT $4`,
      [listId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
