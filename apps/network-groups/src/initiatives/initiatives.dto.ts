import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INITIATIVE_KINDS, type InitiativeKind } from '@ssp/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { AREA_ID } from '../area-signals/area-signals.dto';
import { INITIATIVE_STATUSES, type InitiativeStatus } from './initiative-status';
import { CALENDAR_DAY_DA, IsCalendarDay, NoCprNumber, PageDto, PageQuery, type Refusals, refusedWith } from '@ssp/platform';

const BODY_ID = /^[a-z0-9-]{1,64}$/;
const SOMETHING = /\S/;
const MAX_LINKS = 100;
const MAX_MATERIALS = 50;

/** What a refused request about initiatives says: a stable code for programs, Danish for the person. */
export const INITIATIVE_REFUSALS = {
  kind: { code: 'initiative-kind-unknown', message: `kind skal være en af: ${INITIATIVE_KINDS.join(', ')}.` },
  title: { code: 'initiative-title-invalid', message: 'title skal være en tekst på 1 til 200 tegn, ikke kun mellemrum.' },
  description: { code: 'initiative-description-invalid', message: 'description skal være en tekst på højst 4000 tegn.' },
  bodyIds: { code: 'initiative-body-ids-invalid', message: `bodyIds skal være en liste med højst ${MAX_LINKS} organers id: små bogstaver, cifre og bindestreger, fx netvaerk-randers-nv.` },
  areaIds: { code: 'initiative-area-ids-invalid', message: `areaIds skal være en liste med højst ${MAX_LINKS} områders id: små bogstaver, cifre og bindestreger, fx randers-nv.` },
  startsOn: { code: 'initiative-starts-on-invalid', message: `startsOn skal være ${CALENDAR_DAY_DA}.` },
  endsOn: { code: 'initiative-ends-on-invalid', message: `endsOn skal være ${CALENDAR_DAY_DA}.` },
  nothingLinked: { code: 'initiative-nothing-linked', message: 'bodyIds eller areaIds skal nævne mindst ét organ eller område.' },
  endsBeforeStart: { code: 'initiative-ends-before-start', message: 'endsOn må ikke ligge før startsOn.' },
  areaUnknown: { code: 'initiative-area-unknown', message: 'areaIds nævner lokalområder, der ikke findes (se unknownAreaIds).' },
  bodyUnknown: { code: 'initiative-body-unknown', message: 'bodyIds nævner SSP-organer, der ikke findes (se unknownBodyIds).' },
  status: { code: 'initiative-status-unknown', message: `status skal være en af: ${INITIATIVE_STATUSES.join(', ')}.` },
  outcome: { code: 'initiative-outcome-invalid', message: 'outcome skal være en tekst på højst 4000 tegn, eller null.' },
  participants: { code: 'initiative-participants-invalid', message: 'participants skal være en tekst på højst 2000 tegn, eller null: hvem der deltog, og hvor mange, aldrig navngivne unge.' },
  materials: { code: 'initiative-materials-invalid', message: `materials skal være en liste med højst ${MAX_MATERIALS} materialer, hvert en titel eller adresse på 1 til 500 tegn.` },
  changeEmpty: { code: 'initiative-change-empty', message: 'Angiv mindst én ændring: status, title, description, startsOn, endsOn, outcome, participants eller materials.' },
  notProposable: { code: 'initiative-proposal-body-unknown', message: 'SSP-organet findes ikke. Kontrollér bodyId.' },
  initiativeId: { code: 'initiative-id-invalid', message: 'initiativeId i adressen skal være et UUID.' },
  notFound: { code: 'initiative-not-found', message: 'Initiativet findes ikke. Kontrollér initiativeId.' },
  filterBodyId: { code: 'initiatives-body-id-invalid', message: 'bodyId skal være et organs id: 1 til 64 små bogstaver, cifre og bindestreger.' },
  filterAreaId: { code: 'initiatives-area-id-invalid', message: 'areaId skal være et områdes id: 1 til 64 små bogstaver, cifre og bindestreger.' },
  filterStatus: { code: 'initiatives-status-unknown', message: `status skal være en af: ${INITIATIVE_STATUSES.join(', ')}.` },
  filterKind: { code: 'initiatives-kind-unknown', message: `kind skal være en af: ${INITIATIVE_KINDS.join(', ')}.` },
} as const satisfies Refusals;

/** What a network group's member proposes: the body is the one in the address, its area too when it is a network group's. */
export class ProposeInitiativeDto {
  @ApiProperty({ enum: INITIATIVE_KINDS })
  @IsIn(INITIATIVE_KINDS, refusedWith(INITIATIVE_REFUSALS.kind))
  kind!: InitiativeKind;

  @ApiProperty({ maxLength: 200, example: 'Kampagne om knive i nattelivet' })
  @IsString(refusedWith(INITIATIVE_REFUSALS.title))
  @MaxLength(200, refusedWith(INITIATIVE_REFUSALS.title))
  @Matches(SOMETHING, refusedWith(INITIATIVE_REFUSALS.title))
  @NoCprNumber()
  title!: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'What it is, for whom and why now; never about named young people' })
  @IsOptional()
  @IsString(refusedWith(INITIATIVE_REFUSALS.description))
  @MaxLength(4000, refusedWith(INITIATIVE_REFUSALS.description))
  @NoCprNumber()
  description?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDay(refusedWith(INITIATIVE_REFUSALS.startsOn))
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or after startsOn' })
  @IsOptional()
  @IsCalendarDay(refusedWith(INITIATIVE_REFUSALS.endsOn))
  endsOn?: string;
}

/** The secretariat's initiative: what a proposal says, and the bodies and areas it is for. */
export class CreateInitiativeDto extends ProposeInitiativeDto {
  @ApiProperty({ type: [String], maxItems: 100, example: ['netvaerk-randers-nv'], description: 'The SSP bodies it is for or run by, by id' })
  @IsArray(refusedWith(INITIATIVE_REFUSALS.bodyIds))
  @ArrayMaxSize(MAX_LINKS, refusedWith(INITIATIVE_REFUSALS.bodyIds))
  @Matches(BODY_ID, { each: true, ...refusedWith(INITIATIVE_REFUSALS.bodyIds) })
  bodyIds!: string[];

  @ApiProperty({ type: [String], maxItems: 100, example: ['randers-nv'], description: 'The local areas it is for, by id' })
  @IsArray(refusedWith(INITIATIVE_REFUSALS.areaIds))
  @ArrayMaxSize(MAX_LINKS, refusedWith(INITIATIVE_REFUSALS.areaIds))
  @Matches(AREA_ID, { each: true, ...refusedWith(INITIATIVE_REFUSALS.areaIds) })
  areaIds!: string[];
}

/**
 * What the secretariat changes of an initiative, at least one: its status (by the state
 * machine; a proposal is accepted by `planned`), its texts and days, and what came of it.
 * `null` clears description, days, outcome and participants.
 */
export class UpdateInitiativeDto {
  @ApiPropertyOptional({ enum: INITIATIVE_STATUSES, description: 'proposed → planned → launched → completed; proposed, planned or launched → cancelled' })
  @IsOptional()
  @IsIn(INITIATIVE_STATUSES, refusedWith(INITIATIVE_REFUSALS.status))
  status?: InitiativeStatus;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString(refusedWith(INITIATIVE_REFUSALS.title))
  @MaxLength(200, refusedWith(INITIATIVE_REFUSALS.title))
  @Matches(SOMETHING, refusedWith(INITIATIVE_REFUSALS.title))
  @NoCprNumber()
  title?: string;

  @ApiPropertyOptional({ maxLength: 4000, nullable: true, type: String })
  @ValidateIf((change: UpdateInitiativeDto) => change.description !== undefined && change.description !== null)
  @IsString(refusedWith(INITIATIVE_REFUSALS.description))
  @MaxLength(4000, refusedWith(INITIATIVE_REFUSALS.description))
  @NoCprNumber()
  description?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @ValidateIf((change: UpdateInitiativeDto) => change.startsOn !== undefined && change.startsOn !== null)
  @IsCalendarDay(refusedWith(INITIATIVE_REFUSALS.startsOn))
  startsOn?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'On or after startsOn' })
  @ValidateIf((change: UpdateInitiativeDto) => change.endsOn !== undefined && change.endsOn !== null)
  @IsCalendarDay(refusedWith(INITIATIVE_REFUSALS.endsOn))
  endsOn?: string | null;

  @ApiPropertyOptional({ maxLength: 4000, nullable: true, type: String, description: 'What came of it' })
  @ValidateIf((change: UpdateInitiativeDto) => change.outcome !== undefined && change.outcome !== null)
  @IsString(refusedWith(INITIATIVE_REFUSALS.outcome))
  @MaxLength(4000, refusedWith(INITIATIVE_REFUSALS.outcome))
  @NoCprNumber()
  outcome?: string | null;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String, description: 'Who took part and how many, e.g. "7. klasserne på Vestervangsskolen, 112 elever"; never named young people' })
  @ValidateIf((change: UpdateInitiativeDto) => change.participants !== undefined && change.participants !== null)
  @IsString(refusedWith(INITIATIVE_REFUSALS.participants))
  @MaxLength(2000, refusedWith(INITIATIVE_REFUSALS.participants))
  @NoCprNumber()
  participants?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_MATERIALS, description: 'The materials, each a title or an address; the list replaces the one before' })
  @IsOptional()
  @IsArray(refusedWith(INITIATIVE_REFUSALS.materials))
  @ArrayMaxSize(MAX_MATERIALS, refusedWith(INITIATIVE_REFUSALS.materials))
  @IsString({ each: true, ...refusedWith(INITIATIVE_REFUSALS.materials) })
  @MaxLength(500, { each: true, ...refusedWith(INITIATIVE_REFUSALS.materials) })
  @Matches(SOMETHING, { each: true, ...refusedWith(INITIATIVE_REFUSALS.materials) })
  @NoCprNumber({ each: true })
  materials?: string[];
}

export class InitiativeParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', refusedWith(INITIATIVE_REFUSALS.initiativeId))
  initiativeId!: string;
}

export class InitiativesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'netvaerk-randers-nv', description: 'Only initiatives linked to this body' })
  @IsOptional()
  @Matches(BODY_ID, refusedWith(INITIATIVE_REFUSALS.filterBodyId))
  bodyId?: string;

  @ApiPropertyOptional({ example: 'randers-nv', description: 'Only initiatives linked to this area' })
  @IsOptional()
  @Matches(AREA_ID, refusedWith(INITIATIVE_REFUSALS.filterAreaId))
  areaId?: string;

  @ApiPropertyOptional({ enum: INITIATIVE_STATUSES })
  @IsOptional()
  @IsIn(INITIATIVE_STATUSES, refusedWith(INITIATIVE_REFUSALS.filterStatus))
  status?: InitiativeStatus;

  @ApiPropertyOptional({ enum: INITIATIVE_KINDS })
  @IsOptional()
  @IsIn(INITIATIVE_KINDS, refusedWith(INITIATIVE_REFUSALS.filterKind))
  kind?: InitiativeKind;
}

export class InitiativeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INITIATIVE_KINDS }) kind!: InitiativeKind;
  @ApiProperty({ example: 'undervisningsforløb', description: "The kind's Danish name, as it reads inside a sentence" }) kindText!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: INITIATIVE_STATUSES }) status!: InitiativeStatus;
  @ApiProperty({ example: 'i gang', description: "The status's Danish name, as it reads inside a sentence" }) statusText!: string;
  @ApiProperty({ type: [String] }) bodyIds!: string[];
  @ApiProperty({ type: [String], description: "The bodies' names, in the order of bodyIds" }) bodyNames!: string[];
  @ApiProperty({ type: [String], description: "The areas' names in the reference data (an id it does not name as it is), in the order of areaIds" }) areaNames!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'The body whose member proposed it; null when the secretariat planned it' }) proposedByBodyId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "That body's name" }) proposedByBodyName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'What came of it' }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who took part and how many' }) participants!: string | null;
  @ApiProperty({ type: [String], description: 'Titles or addresses of its materials' }) materials!: string[];
  @ApiProperty({ type: [String] }) areaIds!: string[];
  @ApiProperty({ format: 'date', nullable: true, type: String }) startsOn!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) launchedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) cancelledAt!: string | null;
}

export class InitiativePageDto extends PageDto {
  @ApiProperty({ type: [InitiativeDto], description: 'Newest first' }) items!: InitiativeDto[];
}
