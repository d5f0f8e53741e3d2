import { IsDateString, IsInt, IsNumber, IsString, IsUUID, Matches, Min } from 'class-validator';

/**
 * An offence category rose well above its recent level in a local area in one week.
 * Anonymised: counts per area and category only, never persons, and never a count below
 * the alert's minimum (at least 5).
 */
export class AreaAlertRaisedV1 {
  @IsUUID()
  alertId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  areaId!: string;

  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/)
  offenceCategory!: string;

  /** The Monday that starts the ISO week (Europe/Copenhagen) the alert is about. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  weekStart!: string;

  @IsInt()
  @Min(5)
  count!: number;

  /** The mean weekly count over the trailing weeks before `weekStart`. */
  @IsNumber()
  @Min(0)
  trailingMean!: number;

  @IsDateString({ strict: true })
  raisedAt!: string;
}
