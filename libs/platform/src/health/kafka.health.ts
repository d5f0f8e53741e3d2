import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Admin, Kafka } from 'kafkajs';
import { KAFKA_CLIENT } from '../app/tokens';

@Injectable()
export class KafkaHealthIndicator implements OnModuleDestroy {
  /** The connection, or its attempt: a check that times out while connecting must still be able to close it. */
  private admin: Promise<Admin> | undefined;
  /** Connections given up on after a failed check, still closing; stopping waits for them. */
  private closing: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(key: string, timeoutMs = 3000): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const cluster = await withTimeout(this.describeCluster(), timeoutMs);
      return indicator.up({ brokers: cluster.brokers.length, controller: cluster.controller });
    } catch (error) {
      // Not awaited: the probe gets its answer now, while a connection attempt may still be under way.
      this.closing = Promise.all([this.closing, this.disconnect()]);
      return indicator.down({ message: (error as Error).message });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.closing, this.disconnect()]);
  }

  private async describeCluster() {
    this.admin ??= this.connectedAdmin();
    return (await this.admin).describeCluster();
  }

  private async connectedAdmin(): Promise<Admin> {
    const admin = this.kafka.admin();
    await admin.connect();
    return admin;
  }

  private async disconnect(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.then((connected) => connected.disconnect()).catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
