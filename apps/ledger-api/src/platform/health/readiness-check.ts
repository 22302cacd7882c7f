import type { Provider, Type } from '@nestjs/common';

/** What one readiness check found; `detail` is public (GET /readyz): no paths, SQL or driver messages. */
export interface ReadinessResult {
  ready: boolean;
  detail?: Record<string, unknown>;
}

/** One thing the service needs before it can take traffic (the store answers, the projector keeps up). */
export abstract class ReadinessCheck {
  /** Names the check in the /readyz body. */
  abstract readonly name: string;
  /** Resolves the check's state; a rejection counts as not ready. */
  abstract check(): Promise<ReadinessResult>;
}

/** DI token of every ReadinessCheck the service has (an array); see provideReadinessChecks. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/**
 * Providers for the given checks and for READINESS_CHECKS listing them, in order. Spread into the
 * providers of the module that declares HealthHttpController (where the checks' own dependencies
 * are visible).
 */
export function provideReadinessChecks(...checks: Type<ReadinessCheck>[]): Provider[] {
  return [...checks, { provide: READINESS_CHECKS, inject: checks, useFactory: (...instances: ReadinessCheck[]) => instances }];
}
