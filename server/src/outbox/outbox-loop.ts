// The background delivery loop started by main.ts: one run every interval, never two at once, the
// timer unref'd so it never keeps the process alive, and stop() waits for the run in flight.
import type { Queryable } from '../db/db';
import type { Logger } from '../logger';
import { deliverDueMessages, type DeliveryOptions } from './outbox-delivery';
import { configuredTopics, type OutboxTargets } from './outbox-target';

export interface OutboxLoop {
  stop(): Promise<void>;
}

export interface OutboxLoopOptions extends DeliveryOptions {
  intervalMs: number;
  log: Logger;
}

/** Starts delivering when at least one target is configured; otherwise returns undefined (messages wait). */
export function startOutboxLoop(db: Queryable, targets: OutboxTargets, options: OutboxLoopOptions): OutboxLoop | undefined {
  if (configuredTopics(targets).length === 0) return undefined;
  const batchSize = options.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };
  function tick(): void {
    running = (async () => {
      let again = false;
      try {
        const run = await deliverDueMessages(db, targets, { ...options, batchSize });
        if (run.claimed > 0) options.log.info('outbox delivery run', { claimed: run.claimed, delivered: run.delivered, failed: run.failed });
        // A full batch means more may be waiting: drain without waiting a whole interval.
        again = run.claimed === batchSize;
      } catch (err) {
        options.log.error('outbox delivery run failed', { err: err instanceof Error ? err.message : String(err) });
      }
      schedule(again ? 0 : options.intervalMs);
    })();
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
