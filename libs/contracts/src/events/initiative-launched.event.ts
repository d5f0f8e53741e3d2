import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Courses, teaching activities (undervisningsforløb in schools and clubs), campaigns, projects and other local initiatives. A kind once published is never removed. */
export const INITIATIVE_KINDS = ['course', 'teaching-activity', 'campaign', 'project', 'other'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Each kind's Danish name, as it reads inside a sentence. */
export const INITIATIVE_KIND_DA: Readonly<Record<InitiativeKind, string>> = {
  course: 'kursus',
  'teaching-activity': 'undervisningsforløb',
  campaign: 'kampagne',
  project: 'projekt',
  other: 'andet initiativ',
};

/** A local initiative, campaign, course, teaching activity or project was launched, with the groups and areas it is for. */
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
