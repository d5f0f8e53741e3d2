import { Module } from '@nestjs/common';
import { AreaHandler, OffenceCategoryHandler } from './reference-data.handlers';

/** Keeps this service's copy of the areas and offence categories from their topics. */
@Module({ providers: [AreaHandler, OffenceCategoryHandler] })
export class ReferenceDataModule {}
