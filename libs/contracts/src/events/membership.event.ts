import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One membership of network groups' registry as it stands now: who (the sign-in subject of
 * the registry person, null until the secretariat links one), which body (and the body's
 * local area, for area scope), from and to which day. The topic is compacted by
 * membership id, so the newest state of every membership stays; a tombstone removes one.
 * Every service projects it and takes a caller's bodies and areas from it, not from the token.
 * No name, e-mail, organisation or role (free text the secretariat types) travels.
 */
export class MembershipV1 {
  @IsUUID()
  membershipId!: string;

  /** Null until the secretariat links the registry person to a sign-in. */
  @IsOptional()
  @IsString()
  @MaxLength(256)
  subject!: string | null;

  @Matches(/^[a-z0-9-]{1,64}$/)
  bodyId!: string;

  /** Null for a body of the whole municipality. */
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  areaId!: string | null;

  @Matches(DAY)
  validFrom!: string;

  /** Null while open-ended. */
  @IsOptional()
  @Matches(DAY)
  validTo!: string | null;
}
