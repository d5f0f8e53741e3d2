import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = [
  'school',
  'youth-school',
  'club',
  'institution',
  'health-visitors',
  'police',
  'family-department',
  'substance-abuse',
  'youth-guidance',
  'education',
  'secretariat',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A member organisation: the home ("bagland") a member links back to; self-governing institutions included. */
@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ name: 'self_governing', type: 'boolean' })
  selfGoverning!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
