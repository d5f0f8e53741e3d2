import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { maskPersonalData, maskPersonalDataDeep } from '../privacy/mask-personal-data';

/** Nest's console logger with every CPR number masked before a line is written. */
export class PrivacyLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    const stack = typeof errorStack === 'string' ? maskPersonalData(errorStack) : errorStack;
    super.printMessages(messages.map(maskPersonalDataDeep), context, logLevel, writeStreamType, stack);
  }
}
