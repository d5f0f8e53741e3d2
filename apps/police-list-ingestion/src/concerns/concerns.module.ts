import { Module } from '@nestjs/common';
import { IdentityVaultModule } from '../identity-vault/identity-vault.module';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { ConcernsController } from './concerns.controller';
import { ConcernsService } from './concerns.service';

@Module({ imports: [IdentityVaultModule, ReferenceDataModule], controllers: [ConcernsController], providers: [ConcernsService] })
export class ConcernsModule {}
