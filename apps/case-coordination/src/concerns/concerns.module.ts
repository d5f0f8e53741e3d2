import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module';
import { ConcernRaisedHandler } from './concern-raised.handler';

/** The concerns members raise about children (ssp.concern.raised.v1), kept here and put on the agenda. */
@Module({ imports: [PersonsModule], providers: [ConcernRaisedHandler] })
export class ConcernsModule {}
