import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EncryptedValue } from './person-identity.event';

export const INCIDENT_ROLES = ['suspect', 'charged', 'victim', 'witness', 'concern'] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

export const SEXES = ['male', 'female'] as const;

/**
 * How far a pseudonym can be trusted to mean one person: `strong` when computed from a
 * CPR number, `weak` when from name and birth date (two people can share them, one person
 * can be spelt two ways).
 */
export const PSEUDONYM_STRENGTHS = ['strong', 'weak'] as const;
export type PseudonymStrength = (typeof PSEUDONYM_STRENGTHS)[number];

/**
 * A young person's part in one police incident, as every version of the event tells it.
 * Pseudonymous: the person is named only by the keyed-hash pseudonym, never by CPR, name or
 * address; free-text fields that could name someone stay in the ingestion service.
 */
export abstract class IncidentRecordedFacts {
  /** Stable for the same journal number, person and role, so a repeated row is one incident. */
  @IsUUID()
  incidentId!: string;

  @IsUUID()
  listId!: string;

  /** HMAC-SHA-256 of the CPR (or of birth date and name), hex. */
  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsIn(PSEUDONYM_STRENGTHS)
  pseudonymStrength!: PseudonymStrength;

  @IsIn(INCIDENT_ROLES)
  role!: IncidentRole;

  @IsDateString({ strict: true })
  incidentDate!: string;

  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  incidentTime?: string;

  /** An id from the offence-category table, `other` when nothing matched. */
  @Matches(/^[a-z][a-z0-9-]*$/)
  offenceCategory!: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  offenceCode?: string;

  @IsInt()
  @Min(0)
  @Max(120)
  ageAtIncident!: number;

  /** From the CPR's last digit; absent when the person has no CPR on the list. */
  @IsOptional()
  @IsIn(SEXES)
  sex?: (typeof SEXES)[number];

  /** The school as the police wrote it, for the school's SSP contact and area statistics. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  school?: string;

  /** An id from the local-area table, `unknown` when neither postal code nor school matched. */
  @Matches(/^[a-z][a-z0-9-]*$/)
  areaId!: string;
}

/**
 * Retired: carried the police journal number in clear, which points straight into the
 * police's records. Replaced by IncidentRecordedV2; ingestion no longer publishes it, and its
 * `upcast-incidents` command copies the topic's history to v2 (docs/operations.md).
 */
export class IncidentRecordedV1 extends IncidentRecordedFacts {
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  journalNumber!: string;
}

/**
 * What `IncidentRecordedV2.detailsSealed` opens to, as JSON: the police's own words for the
 * offence and the place. Free text that can name anyone, so it travels only sealed.
 */
export interface IncidentDetails {
  offenceText: string;
  incidentLocation?: string;
}

/**
 * The police journal number travels only as a keyed digest, which recognises the same police
 * case and says nothing else, and sealed for the holders of the identity keys (case
 * coordination), never in clear.
 */
export class IncidentRecordedV2 extends IncidentRecordedFacts {
  /** HMAC-SHA-256 of the journal number under the pseudonym key, hex. */
  @Matches(/^[0-9a-f]{64}$/)
  journalDigest!: string;

  /** The journal number, AES-256-GCM under the identity key with the incident id bound in. */
  @IsObject()
  @ValidateNested()
  @Type(() => EncryptedValue)
  journalNumberSealed!: EncryptedValue;

  /**
   * IncidentDetails as JSON, AES-256-GCM under the identity key with the incident id bound in.
   * Absent on incidents published before it was added, and on those copied from v1.
   */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EncryptedValue)
  detailsSealed?: EncryptedValue;
}
