import { HttpException, HttpStatus, Inject, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { SERVICE_CONFIG } from '@ssp/platform';
import { catchError, type Observable } from 'rxjs';
import type { PoliceListIngestionConfig } from '../police-list-ingestion.config';
import { sizeInDanish } from '../reading/rejections';

/**
 * Multer stops an upload at `MAX_UPLOAD_BYTES` with its own English "File too large"; the
 * clerk gets the limit in Danish instead, with a stable code beside the other rejections of a
 * whole file (`too-many-rows`, `xlsx-too-large`). Listed before the file interceptor, so it
 * sees what that one throws.
 */
@Injectable()
export class UploadTooLargeInterceptor implements NestInterceptor {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: PoliceListIngestionConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof PayloadTooLargeException)) throw error;
        throw new HttpException(
          {
            statusCode: HttpStatus.PAYLOAD_TOO_LARGE,
            error: 'Payload Too Large',
            code: 'file-too-large',
            message: `Filen er større end de ${sizeInDanish(this.config.MAX_UPLOAD_BYTES)}, en politiliste må fylde. Del listen op i flere filer.`,
          },
          HttpStatus.PAYLOAD_TOO_LARGE,
        );
      }),
    );
  }
}
