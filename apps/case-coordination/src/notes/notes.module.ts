import { Module } from '@nestjs/common';
import { AccessLogService } from '../access-log/access-log.service';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

/** The represented bodies' information notes about persons, and their search. */
@Module({ controllers: [NotesController], providers: [NotesService, AccessLogService] })
export class NotesModule {}
