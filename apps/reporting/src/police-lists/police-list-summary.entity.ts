import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One ingested police list, as counts only; rebuilt from ssp.police-list.ingested.v1. */
@Entity({ name: 'police_list_summary' })
export class PoliceListSummaryEntity {
  @PrimaryColumn({ name: 'list_id', type: 'uuid' })
  listId!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'list_date', type: 'date', nullable: true })
  listDate!: string | null;

  @Column({ type: 'integer' })
  rows!: number;

  @Column({ type: 'integer' })
  accepted!: number;

  @Column({ type: 'integer' })
  rejected!: number;

  @Column({ type: 'integer' })
  duplicates!: number;

  @Column({ name: 'ingested_at', type: 'timestamptz' })
  ingestedAt!: Date;
}
