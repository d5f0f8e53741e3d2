import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { refusedWith, type Refusals } from '@ssp/platform';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ERASURE_GROUNDS_CODES, type ErasureGrounds } from './erasure-request-rules';

export const REQUEST_NOTE_MAX_LENGTH = 500;

/** What a refused request for erasure (or read of its receipt) says: a stable code for programs, Danish for the person. */
export const ERASURE_REFUSALS = {
  reference: {
    code: 'erasure-reference-invalid',
    message: 'requestReference skal være journalnummeret på kommunens sag om anmodningen: 1 til 40 tegn, kun bogstaver a-z, tal, punktum, bindestreg og skråstreg.',
  },
  receivedOn: { code: 'erasure-received-on-invalid', message: 'receivedOn skal være dagen, anmodningen blev modtaget, som ÅÅÅÅ-MM-DD.' },
  receivedInFuture: { code: 'erasure-received-on-future', message: 'receivedOn ligger efter i dag. Angiv dagen, anmodningen blev modtaget.' },
  grounds: { code: 'erasure-grounds-unknown', message: `grounds skal være grundlaget for sletningen, en af: ${ERASURE_GROUNDS_CODES.join(', ')}.` },
  note: { code: 'erasure-note-invalid', message: `note skal være en tekst på højst ${REQUEST_NOTE_MAX_LENGTH} tegn, hvis den er med.` },
  noteNamesPerson: {
    code: 'erasure-note-names-person',
    message: 'Noten nævner personens navn eller et CPR-nummer. Kvitteringen gemmer ingen personoplysninger: skriv det i kommunens sag, og lad noten nævne journalnummeret i stedet.',
  },
  alreadyErased: { code: 'person-already-erased', message: 'Personen er allerede slettet. Kvitteringen for en tidligere anmodning står i earlierReceiptId, hvis der er en.' },
  openIntervention: {
    code: 'erasure-open-intervention',
    message: 'Personen har en åben indsats, som kommunen er i gang med. Indsatsen skal afsluttes af den ansvarlige, før personen kan slettes; send derefter anmodningen igen.',
  },
  receiptId: { code: 'erasure-receipt-id-invalid', message: 'Kvitteringens id i adressen skal være et UUID, som det stod på kvitteringen.' },
  receiptNotFound: { code: 'erasure-receipt-not-found', message: 'Der findes ingen kvittering med det id.' },
} as const satisfies Refusals;

/** A person's documented request for erasure (GDPR art. 17), as the secretariat registers it. */
export class CreateErasureRequestDto {
  @ApiProperty({ example: '27.24.00-G01-12-26', description: "The journal number of the municipality's case about the request, where the request itself is kept" })
  @IsString(refusedWith(ERASURE_REFUSALS.reference))
  @Matches(/^[0-9A-Za-z][0-9A-Za-z./-]{0,39}$/, refusedWith(ERASURE_REFUSALS.reference))
  requestReference!: string;

  @ApiProperty({ format: 'date', description: 'The day the request was received; not after today (Danish day)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, refusedWith(ERASURE_REFUSALS.receivedOn))
  @IsDateString({ strict: true }, refusedWith(ERASURE_REFUSALS.receivedOn))
  receivedOn!: string;

  @ApiProperty({ enum: ERASURE_GROUNDS_CODES, description: 'The ground under GDPR art. 17(1)' })
  @IsIn(ERASURE_GROUNDS_CODES, refusedWith(ERASURE_REFUSALS.grounds))
  grounds!: ErasureGrounds;

  @ApiPropertyOptional({
    maxLength: REQUEST_NOTE_MAX_LENGTH,
    description: "The secretariat's words about the request (how it came, what was sent back); kept on the receipt, on no topic; refused when it names the person or holds a CPR number",
  })
  @IsOptional()
  @IsString(refusedWith(ERASURE_REFUSALS.note))
  @MaxLength(REQUEST_NOTE_MAX_LENGTH, refusedWith(ERASURE_REFUSALS.note))
  note?: string;
}

export class ReceiptParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, refusedWith(ERASURE_REFUSALS.receiptId))
  id!: string;
}

export class ErasureItemDto {
  @ApiProperty({ example: 'identity', description: 'Stable code' }) code!: string;
  @ApiProperty({ description: 'The same in Danish, for people' }) text!: string;
}

/** The receipt of an erasure on request: what was asked, by what right, who did it, when, what went and what stayed. No personal data. */
export class ErasureReceiptDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ type: [String], description: 'Every pseudonym erased: the person and those merged into them' }) erasedPseudonyms!: string[];
  @ApiProperty() requestReference!: string;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ enum: ERASURE_GROUNDS_CODES }) grounds!: ErasureGrounds;
  @ApiProperty({ description: 'The ground in Danish, for people' }) groundsText!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ description: 'The sign-in subject of the secretariat member who registered the request' }) handledBy!: string;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
  @ApiProperty({ type: [ErasureItemDto], description: 'What was erased' }) erased!: ErasureItemDto[];
  @ApiProperty({ type: [ErasureItemDto], description: 'What was kept, and why' }) kept!: ErasureItemDto[];
  @ApiProperty({ description: 'The receipt in one Danish sentence' }) summary!: string;
}
