import { Module } from '@nestjs/common';
import { EmailMetrics } from './email-metrics';
import { EmailOperationsController } from './email-operations.controller';
import { EmailOutboxService } from './email-outbox.service';
import { EmailSenderLifecycle } from './email-sender.lifecycle';

/** The e-mail outbox: queuing in the caller's transaction, the sender, and its operations view. */
@Module({
  controllers: [EmailOperationsController],
  providers: [EmailOutboxService, EmailMetrics, EmailSenderLifecycle],
  exports: [EmailOutboxService],
})
export class EmailModule {}
