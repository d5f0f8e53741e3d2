import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONCERN_SOURCES, LEGAL_BASES, PSEUDONYM_STRENGTHS, type ConcernSource, type LegalBasis, type PseudonymStrength } from '@ssp/contracts';
import { refusedWith, type Refusals } from '@ssp/platform';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { ConcernRuleRefusal } from './concern-rules';

export const WORRY_MAX_LENGTH = 4000;
const NAME_MAX_LENGTH = 200;
const SCHOOL_MAX_LENGTH = 200;
/** At least one character that is not white space. */
const SOMETHING = /\S/;

/** What a refused concern says: a stable code for programs, Danish for the person. */
export const CONCERN_REFUSALS = {
  cpr: { code: 'concern-cpr-invalid', message: 'cpr skal være et CPR-nummer som DDMMÅÅ-XXXX eller DDMMÅÅXXXX, hvis det er med.' },
  cprDate: { code: 'concern-cpr-date-invalid', message: 'cpr begynder ikke med en dato, der findes. Tjek de første seks cifre.' },
  name: { code: 'concern-name-invalid', message: `name skal være barnets navn: en tekst på 1 til ${NAME_MAX_LENGTH} tegn.` },
  birthDate: { code: 'concern-birth-date-invalid', message: 'birthDate skal være en dato som ÅÅÅÅ-MM-DD, hvis den er med.' },
  identityMissing: { code: 'concern-identity-missing', message: 'Angiv barnets CPR-nummer (cpr) eller fødselsdato (birthDate) ved siden af navnet.' },
  birthDateMismatch: { code: 'concern-birth-date-mismatch', message: 'birthDate passer ikke med CPR-nummeret. Udelad birthDate, eller ret det ene af dem.' },
  birthDateInFuture: { code: 'concern-birth-date-in-future', message: 'Fødselsdatoen ligger efter i dag. Ret CPR-nummeret eller fødselsdatoen.' },
  birthDateTooOld: { code: 'concern-person-too-old', message: 'Personen er over 29 år. SSP-samarbejdet handler om børn og unge.' },
  source: { code: 'concern-source-unknown', message: `source skal være en af: ${CONCERN_SOURCES.join(', ')}, hvis den er med.` },
  sourceNotYours: {
    code: 'concern-source-not-yours',
    message: 'Du kan kun rejse en bekymring på vegne af din egen organisation. SSP-konsulenten og sekretariatet kan registrere den for andre.',
  },
  sourceMissing: { code: 'concern-source-missing', message: 'Din rolle hører ikke til en af SSP-samarbejdets parter. Angiv source.' },
  legalBasis: { code: 'concern-legal-basis-invalid', message: 'legalBasis skal være SSP, PSP eller KSP: formålet efter retsplejelovens § 115, som bekymringen deles til.' },
  worry: { code: 'concern-worry-invalid', message: `worry skal sige, hvad I er bekymrede for: en tekst på 1 til ${WORRY_MAX_LENGTH} tegn.` },
  areaId: { code: 'concern-area-invalid', message: "areaId skal være id'et på et lokalområde fra områdetabellen, hvis det er med." },
  areaUnknown: { code: 'concern-area-unknown', message: 'Området findes ikke i områdetabellen. Se GET /areas.' },
  school: { code: 'concern-school-invalid', message: `school skal være skolens navn: en tekst på 1 til ${SCHOOL_MAX_LENGTH} tegn, hvis den er med.` },
  postalCode: { code: 'concern-postal-code-invalid', message: 'postalCode skal være fire cifre, fx 8900, hvis det er med.' },
  concernId: { code: 'concern-id-invalid', message: 'concernId skal være et UUID, som programmet laver én gang pr. bekymring og sender igen, hvis det prøver igen.' },
} as const satisfies Refusals;

/** The refusal of each broken concern rule (concern-rules.ts). */
export const CONCERN_RULE_REFUSALS: Readonly<Record<ConcernRuleRefusal, (typeof CONCERN_REFUSALS)[keyof typeof CONCERN_REFUSALS]>> = {
  'source-not-yours': CONCERN_REFUSALS.sourceNotYours,
  'source-missing': CONCERN_REFUSALS.sourceMissing,
  'cpr-format': CONCERN_REFUSALS.cpr,
  'cpr-invalid-date': CONCERN_REFUSALS.cprDate,
  'identity-missing': CONCERN_REFUSALS.identityMissing,
  'birth-date-mismatch': CONCERN_REFUSALS.birthDateMismatch,
  'birth-date-in-future': CONCERN_REFUSALS.birthDateInFuture,
  'birth-date-too-old': CONCERN_REFUSALS.birthDateTooOld,
};

export class RaiseConcernDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The concern's id, made once by the program that sends it: the same concern sent again with the same id (a retry after a lost answer) is kept once. Made here when left out",
  })
  @IsOptional()
  @IsUUID('all', refusedWith(CONCERN_REFUSALS.concernId))
  concernId?: string;

  @ApiPropertyOptional({ example: '010212-1234', description: "The child's CPR number, when known; else name and birth date" })
  @IsOptional()
  @IsString(refusedWith(CONCERN_REFUSALS.cpr))
  @Matches(/^\d{6}-?\d{4}$/, refusedWith(CONCERN_REFUSALS.cpr))
  cpr?: string;

  @ApiProperty({ maxLength: NAME_MAX_LENGTH, example: 'Mads Ærø Jensen' })
  @IsString(refusedWith(CONCERN_REFUSALS.name))
  @Matches(SOMETHING, refusedWith(CONCERN_REFUSALS.name))
  @MaxLength(NAME_MAX_LENGTH, refusedWith(CONCERN_REFUSALS.name))
  name!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Needed when there is no CPR number; must agree with it when both are given' })
  @IsOptional()
  @IsDateString({ strict: true }, refusedWith(CONCERN_REFUSALS.birthDate))
  @Matches(/^\d{4}-\d{2}-\d{2}$/, refusedWith(CONCERN_REFUSALS.birthDate))
  birthDate?: string;

  @ApiPropertyOptional({ enum: CONCERN_SOURCES, description: "Whose concern it is; by default the caller's own organisation. Only the SSP consultant and the secretariat may name another" })
  @IsOptional()
  @IsIn(CONCERN_SOURCES, refusedWith(CONCERN_REFUSALS.source))
  source?: ConcernSource;

  @ApiProperty({ enum: LEGAL_BASES, description: 'The purpose under retsplejeloven § 115 the concern is shared for' })
  @IsIn(LEGAL_BASES, refusedWith(CONCERN_REFUSALS.legalBasis))
  legalBasis!: LegalBasis;

  @ApiProperty({ maxLength: WORRY_MAX_LENGTH, description: 'What worries the member; travels sealed and is read only in case coordination' })
  @IsString(refusedWith(CONCERN_REFUSALS.worry))
  @Matches(SOMETHING, refusedWith(CONCERN_REFUSALS.worry))
  @MaxLength(WORRY_MAX_LENGTH, refusedWith(CONCERN_REFUSALS.worry))
  worry!: string;

  @ApiPropertyOptional({ example: 'langaa', description: 'The local area; found from the postal code or the school when left out' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{0,63}$/, refusedWith(CONCERN_REFUSALS.areaId))
  areaId?: string;

  @ApiPropertyOptional({ maxLength: SCHOOL_MAX_LENGTH, description: "The child's school; kept with the identity, never in clear on a topic" })
  @IsOptional()
  @IsString(refusedWith(CONCERN_REFUSALS.school))
  @Matches(SOMETHING, refusedWith(CONCERN_REFUSALS.school))
  @MaxLength(SCHOOL_MAX_LENGTH, refusedWith(CONCERN_REFUSALS.school))
  school?: string;

  @ApiPropertyOptional({ example: '8900', description: "The child's postal code, for the area" })
  @IsOptional()
  @Matches(/^\d{4}$/, refusedWith(CONCERN_REFUSALS.postalCode))
  postalCode?: string;
}

export class ConcernReceiptDto {
  @ApiProperty({ format: 'uuid' }) concernId!: string;
  @ApiProperty({ description: "The child's pseudonym: the person in case coordination once the concern has arrived there" }) personPseudonym!: string;
  @ApiProperty({ enum: PSEUDONYM_STRENGTHS, description: 'weak when named by name and birth date only' }) pseudonymStrength!: PseudonymStrength;
  @ApiProperty({ enum: CONCERN_SOURCES }) source!: ConcernSource;
  @ApiProperty({ example: 'skole', description: 'The source in Danish, for people' }) sourceText!: string;
  @ApiProperty({ enum: LEGAL_BASES }) legalBasis!: LegalBasis;
  @ApiProperty() areaId!: string;
  @ApiProperty({ format: 'date' }) raisedOn!: string;
  @ApiProperty({ example: 'Bekymringen er modtaget og kommer på Mandagsgruppens næste dagsorden.', description: 'Danish, for the person' }) message!: string;
}
