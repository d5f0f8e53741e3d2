import { Module } from '@nestjs/common';
import { PersonDataModule } from '../persons/person-data.module';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

/** The represented bodies' information notes about persons, and their search. */
@Module({ imports: [PersonDataModule], controllers: [NotesController], providers: [NotesService] })
export class NotesModule {}
