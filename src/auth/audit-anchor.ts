import { DataSource } from 'typeorm';
import { ChainHead, CheckpointStore, EMPTY_HEAD, signCheckpoint } from './audit-checkpoint';
import { AuditSigner } from './audit-keys';

export interface AnchorLogger {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface AuditAnchor {
  /** Anchors the current head now (what the timer does every interval). */
  tick(): Promise<void>;
  /** Stops the timer and anchors one last time: on shutdown, after the requests in flight have written their events. */
  stop(): Promise<void>;
}

export async function chainHead(gateway: DataSource): Promise<ChainHead> {
  const [head] = (await gateway.query('SELECT id, seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as Array<{ id: unknown; seq: unknown; hash: string }>;
  return head ? { events: Number(head.seq), headId: Number(head.id), headHash: head.hash } : EMPTY_HEAD;
}

/**
 * Writes a signed checkpoint of the chain head to every store, each
 * interval and at stop. A checkpoint only ever moves forward, and only when
 * the chain still holds the event the kept one names with the same hash:
 * a chain that lost its newest events (or was rewritten) never replaces the
 * checkpoint that proves it, and an error is logged instead, so that
 * `audit verify` can show what was lost.
 */
export function startAnchoring(gateway: DataSource, signer: AuditSigner, stores: readonly CheckpointStore[], options: { intervalMs: number; logger: AnchorLogger }): AuditAnchor {
  const { logger } = options;
  const reported = new Map<CheckpointStore, string>();
  let running: Promise<void> | null = null;

  const anchorIn = async (store: CheckpointStore, head: ChainHead): Promise<void> => {
    const kept = await store.read();
    if (kept && kept.events > 0) {
      const [row] = (await gateway.query('SELECT hash FROM audit_event WHERE seq = ?', [kept.events])) as Array<{ hash: string }>;
      if (!row || row.hash !== kept.headHash) {
        const problem = row ? `event ${kept.events} of the log no longer has that hash` : `the log now holds ${head.events} event(s)`;
        if (reported.get(store) !== problem) {
          logger.error(
            { store: store.name, checkpoint: { events: kept.events, headHash: kept.headHash, at: kept.at }, head },
            `audit log tampered with: the checkpoint in ${store.name} of ${kept.at} records ${kept.events} event(s), but ${problem}; the checkpoint is kept as evidence (npm run audit -- verify)`,
          );
          reported.set(store, problem);
        }
        return;
      }
    }
    reported.delete(store);
    if (!kept || head.events > kept.events) await store.write(signCheckpoint(signer, head));
  };

  const anchorAll = async (): Promise<void> => {
    let head: ChainHead;
    try {
      head = await chainHead(gateway);
    } catch (error) {
      logger.warn({ err: error }, 'audit checkpoint skipped: the head of the audit log could not be read');
      return;
    }
    for (const store of stores) {
      try {
        await anchorIn(store, head);
      } catch (error) {
        logger.warn({ err: error, store: store.name }, `audit checkpoint not written to ${store.name}: ${(error as Error).message}`);
      }
    }
  };

  const tick = async (): Promise<void> => {
    // One at a time: a slow store must not let ticks pile up.
    while (running) await running;
    running = anchorAll().finally(() => {
      running = null;
    });
    await running;
  };

  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await tick();
      for (const store of stores) await store.close();
    },
  };
}
