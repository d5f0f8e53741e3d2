import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { SERVICE_CONFIG } from '@ssp/platform';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diskStorage } from 'multer';
import { IdentityVaultModule } from '../identity-vault/identity-vault.module';
import type { PoliceListIngestionConfig } from '../police-list-ingestion.config';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { PoliceListIngestionService } from './police-list-ingestion.service';
import { PoliceListStore } from './police-list.store';
import { PoliceListsController } from './police-lists.controller';

/** Uploads stream to a private temporary folder (never memory) and are removed after reading. */
function uploadOptions(config: PoliceListIngestionConfig) {
  const folder = path.join(tmpdir(), 'ssp-police-list-uploads');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return {
    storage: diskStorage({ destination: folder }),
    limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
  };
}

@Module({
  imports: [
    IdentityVaultModule,
    ReferenceDataModule,
    MulterModule.registerAsync({ useFactory: uploadOptions, inject: [SERVICE_CONFIG] }),
  ],
  controllers: [PoliceListsController],
  providers: [PoliceListIngestionService, PoliceListStore],
})
export class PoliceListsModule {}
