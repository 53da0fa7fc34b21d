import type { PersonRowQuota, QuotaGrant } from '../http/person-row-quota';
import type { RateDecision, RateLimiter } from '../http/rate-limit';
import { ExportError } from './export-error';

function rateLimited(decision: Extract<RateDecision, { allowed: false }>, what: string, cost: number): ExportError {
  return ExportError.limited(
    'RATE_LIMITED',
    `Rate limit reached: this client may spend ${decision.limit} cost points per window and has none left for ${what} costing ${cost}. Retry after ${decision.retryAfterSeconds} s.`,
    decision.retryAfterSeconds,
    { limit: decision.limit },
  );
}

function quotaSpent(grant: QuotaGrant): ExportError {
  return ExportError.limited(
    'EXPORT_QUOTA_EXCEEDED',
    `Daily export quota reached: this client may export ${grant.limit} person rows a day (China Standard Time) and has none left; it renews at 00:00 CST (${grant.resetsAt.toISOString()}). Retry after ${grant.retryAfterSeconds} s.`,
    grant.retryAfterSeconds,
    { limit: grant.limit, resetsAt: grant.resetsAt.toISOString() },
  );
}

/**
 * What one export may spend: the client's rate-limit budget, shared with
 * /graphql and charged as /graphql charges (1 point on arrival, then each
 * page's estimated cost, the first page less the point already paid), and
 * its daily quota of person rows. A spent budget is an ExportError (429).
 */
export class ExportBudget {
  private decision: RateDecision | null = null;
  private pages = 0;

  constructor(
    private readonly rateLimiter: RateLimiter | null,
    private readonly quota: PersonRowQuota | null,
    private readonly keys: { rate: string; quota: string },
  ) {}

  /** The point every request pays, refused or not. */
  async arrive(): Promise<void> {
    await this.charge(1, 'a request', 1);
  }

  async chargePage(cost: number): Promise<void> {
    const first = this.pages === 0;
    this.pages++;
    if (first && cost <= 1) return;
    await this.charge(first ? cost - 1 : cost, 'a page of this export', cost);
  }

  /** Refuses an export of person rows when nothing is left today; answers what is left otherwise. */
  async checkQuota(): Promise<QuotaGrant | null> {
    if (!this.quota) return null;
    const grant = await this.quota.peek(this.keys.quota);
    if (grant.remaining <= 0) throw quotaSpent(grant);
    return grant;
  }

  /** How many of `rows` person rows may leave, and the refusal to send once the quota ends (null: all of them). */
  async takeRows(rows: number): Promise<{ granted: number; refusal: ExportError | null }> {
    if (!this.quota || rows === 0) return { granted: rows, refusal: null };
    const grant = await this.quota.take(this.keys.quota, rows);
    return { granted: grant.granted, refusal: grant.granted < rows ? quotaSpent(grant) : null };
  }

  /** RateLimit-* as /graphql sends them, once anything was charged. */
  headers(): Array<[string, string]> {
    if (!this.decision) return [];
    return [
      ['ratelimit-limit', String(this.decision.limit)],
      ['ratelimit-remaining', String(this.decision.remaining)],
      ['ratelimit-reset', String(Math.ceil(this.decision.resetMs / 1000))],
    ];
  }

  private async charge(points: number, what: string, cost: number): Promise<void> {
    if (!this.rateLimiter) return;
    const decision = await this.rateLimiter.charge(this.keys.rate, points);
    this.decision = decision;
    if (!decision.allowed) throw rateLimited(decision, what, cost);
  }
}
