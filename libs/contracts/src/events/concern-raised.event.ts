import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsObject, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PSEUDONYM_STRENGTHS, type PseudonymStrength } from './incident-recorded.event';
import { EncryptedValue } from './person-identity.event';

/**
 * The purpose under retsplejeloven § 115 for which information about a person is shared: SSP
 * (schools, social services, police), PSP (psychiatry, social services, police) or KSP (the
 * prison and probation service, social services, police).
 */
export const LEGAL_BASES = ['SSP', 'PSP', 'KSP'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** The legal bases in Danish, for people. */
export const LEGAL_BASIS_NAMES: Readonly<Record<LegalBasis, string>> = {
  SSP: 'SSP: skole, socialforvaltning og politi (retsplejelovens § 115)',
  PSP: 'PSP: psykiatri, socialforvaltning og politi (retsplejelovens § 115)',
  KSP: 'KSP: kriminalforsorg, socialforvaltning og politi (retsplejelovens § 115)',
};

/**
 * Where a municipal concern comes from: the partners with a seat in the Monday group or the
 * network groups (the seeds), and the SSP consultant.
 */
export const CONCERN_SOURCES = ['school', 'club', 'family-department', 'substance-abuse-treatment', 'youth-guidance', 'ungebasen', 'police', 'ssp'] as const;
export type ConcernSource = (typeof CONCERN_SOURCES)[number];

/** The sources in Danish, as in "Bekymring fra skole". */
export const CONCERN_SOURCE_NAMES: Readonly<Record<ConcernSource, string>> = {
  school: 'skole',
  club: 'klub',
  'family-department': 'Familieafdelingen',
  'substance-abuse-treatment': 'Center for Stofmisbrugsbehandling',
  'youth-guidance': 'UU Randers',
  ungebasen: 'Ungebasen',
  police: 'politiet',
  ssp: 'SSP',
};

/**
 * What `ConcernRaisedV1.detailsSealed` opens to, as JSON: the worry in the words of the one who
 * raised it, and who that was. Free text that can name anyone, so it travels only sealed.
 */
export interface ConcernDetails {
  worry: string;
  /** The sign-in subject of the member who raised it. */
  raisedBy: string;
}

/**
 * A member of the SSP cooperation raised a concern about a child, who may be on no police
 * list. The child is named by the pseudonym a police list would give (so later incidents join
 * the same person); the identity goes on the identity topic; the worry and who raised it are
 * sealed under the identity key.
 */
export class ConcernRaisedV1 {
  @IsUUID()
  concernId!: string;

  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsIn(PSEUDONYM_STRENGTHS)
  pseudonymStrength!: PseudonymStrength;

  @IsIn(CONCERN_SOURCES)
  source!: ConcernSource;

  @IsIn(LEGAL_BASES)
  legalBasis!: LegalBasis;

  /** The Danish calendar day it was raised. */
  @IsDateString({ strict: true })
  raisedOn!: string;

  @IsInt()
  @Min(0)
  @Max(120)
  ageAtConcern!: number;

  /** An id from the local-area table, `unknown` when none was given or found. */
  @Matches(/^[a-z][a-z0-9-]*$/)
  areaId!: string;

  /** ConcernDetails as JSON, AES-256-GCM under the identity key with the concern id bound in. */
  @IsObject()
  @ValidateNested()
  @Type(() => EncryptedValue)
  detailsSealed!: EncryptedValue;
}
