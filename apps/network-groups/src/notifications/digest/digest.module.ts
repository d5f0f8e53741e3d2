import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { DigestScheduler } from './digest.scheduler';
import { DigestService } from './digest.service';

/** The daily digest: one e-mail a day for the people who chose it. */
@Module({
  imports: [EmailModule],
  providers: [DigestService, DigestScheduler],
  exports: [DigestService],
})
export class DigestModule {}
