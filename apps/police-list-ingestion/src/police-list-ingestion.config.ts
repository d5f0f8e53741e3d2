import { IdentityHolderConfig } from '@ssp/platform';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';

export class PoliceListIngestionConfig extends IdentityHolderConfig {
  override HTTP_PORT: number = 3001;

  /** Secret for the keyed-hash pseudonyms (base64, at least 32 bytes); best as PSEUDONYM_KEY_FILE. */
  @IsString()
  @MinLength(43, { message: 'PSEUDONYM_KEY must be at least 32 random bytes, base64' })
  PSEUDONYM_KEY!: string;

  /** Largest upload in bytes (413 above). */
  @IsInt()
  @Min(1024)
  MAX_UPLOAD_BYTES: number = 200 * 1024 * 1024;

  /** Most rows in one list, header and blank rows included (413 above). */
  @IsInt()
  @Min(10)
  MAX_ROWS: number = 2_000_000;

  /** Longest cell in characters. */
  @IsInt()
  @Min(100)
  @Max(100_000)
  MAX_CELL_LENGTH: number = 2000;

  /** What an XLSX may unpack to (zip bombs), and how many entries it may hold. */
  @IsInt()
  @Min(1024 * 1024)
  MAX_XLSX_UNCOMPRESSED_BYTES: number = 2 * 1024 * 1024 * 1024;

  @IsInt()
  @Min(10)
  MAX_XLSX_ENTRIES: number = 500;

  /**
   * What the XLSX reader may hold for one file, in unpacked bytes: the shared strings (every
   * text of the workbook, held while its first sheet is read); workbook.xml, its relationships
   * and styles.xml together; a sheet's XML before its first row, within one row or after its
   * last row. 413 above. They, and MAX_CONCURRENT_INGESTS, must fit the heap (memory-budget.ts):
   * the service refuses to start when they do not.
   */
  @IsInt()
  @Min(64 * 1024)
  MAX_XLSX_SHARED_STRINGS_BYTES: number = 32 * 1024 * 1024;

  @IsInt()
  @Min(64 * 1024)
  MAX_XLSX_WORKBOOK_PARTS_BYTES: number = 1024 * 1024;

  @IsInt()
  @Min(64 * 1024)
  MAX_XLSX_ROW_BYTES: number = 512 * 1024;

  /** Lists read at once; a further upload waits for its turn (its file waits on disk, not in memory). */
  @IsInt()
  @Min(1)
  @Max(16)
  MAX_CONCURRENT_INGESTS: number = 1;
}
