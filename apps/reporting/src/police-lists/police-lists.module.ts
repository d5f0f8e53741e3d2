import { Module } from '@nestjs/common';
import { PoliceListIngestedHandler } from './police-list-ingested.handler';

@Module({ providers: [PoliceListIngestedHandler] })
export class PoliceListsModule {}
