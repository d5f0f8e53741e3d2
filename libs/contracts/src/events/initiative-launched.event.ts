import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export const INITIATIVE_KINDS = ['course', 'campaign', 'project', 'other'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** A local initiative, campaign, course or project was launched, with the groups and areas it is for. */
export class InitiativeLaunchedV1 {
  @IsUUID()
  initiativeId!: string;

  @IsIn(INITIATIVE_KINDS)
  kind!: InitiativeKind;

  @IsString()
  @MaxLength(200)
  title!: string;

  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^[a-z0-9-]{1,64}$/, { each: true })
  bodyIds!: string[];

  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^[a-z0-9-]{1,64}$/, { each: true })
  areaIds!: string[];

  @IsDateString({ strict: true })
  launchedAt!: string;
}
