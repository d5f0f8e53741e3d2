import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto } from '@ssp/platform';

export class RowErrorDto {
  @ApiProperty({ description: 'Line in the CSV file, or row in the sheet' }) line!: number;
  @ApiProperty({ type: String, nullable: true, example: 'CPR-nummer', description: "The column's heading as written in the file; null when the fault lies between fields" })
  column!: string | null;
  @ApiProperty({ example: 'cpr', description: 'The field, a stable code; `row` when the fault lies between fields' }) field!: string;
  @ApiProperty({ example: 'cpr-invalid-date', description: 'Stable English code' }) code!: string;
  @ApiProperty({ example: 'CPR-nummeret 310299-xxxx har ikke en gyldig dato.', description: 'In Danish, for the clerk' }) reason!: string;
}

/** What became of every row of one list: accepted + rejected + duplicates + blank = rows. */
export class PoliceListSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['upload', 'demo'] }) source!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) listDate!: string | null;
  @ApiProperty() ingestedAt!: string;
  @ApiProperty({ description: 'Rows under the header, blank ones included' }) rows!: number;
  @ApiProperty({ description: 'New incidents recorded' }) accepted!: number;
  @ApiProperty({ description: 'Rows refused; see errors' }) rejected!: number;
  @ApiProperty({ description: 'Rows of incidents already recorded (this or an earlier list)' }) duplicates!: number;
  @ApiProperty() blank!: number;
  @ApiProperty({ type: [String], description: 'Columns not recognised and ignored' }) unknownColumns!: string[];
  @ApiProperty({ description: 'True when this exact file was ingested before; nothing changed' }) alreadyIngested!: boolean;
  @ApiProperty({ type: [RowErrorDto], description: 'The first errors; all of them at /police-lists/{id}/errors' }) errors!: RowErrorDto[];
  @ApiProperty({ description: 'How many errors there are in all' }) errorCount!: number;
}

export class RowErrorPageDto extends PageDto {
  @ApiProperty({ type: [RowErrorDto], description: 'In file order: line, then field' }) items!: RowErrorDto[];
}

export class PoliceListPageDto extends PageDto {
  @ApiProperty({ type: [PoliceListSummaryDto], description: 'Newest first' }) items!: PoliceListSummaryDto[];
}
