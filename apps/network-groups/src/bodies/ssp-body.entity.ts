import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BodyKind, BodyLevel } from './ssp-structure';

/** An SSP body: the Lokalråd, the coordination team, a network group, the Monday group, ... */
@Entity({ name: 'ssp_body' })
export class SspBodyEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: BodyKind;

  @Column({ type: 'text' })
  level!: BodyLevel;

  @Column({ name: 'area_id', type: 'text', nullable: true })
  areaId!: string | null;

  /** The last day of an ad-hoc group; null for a standing body. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
