import { ApiClientEntity } from './api-client.entity';
import { AuditEventEntity } from './audit-event.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';

export { ApiClientEntity, AuditEventEntity, IdempotencyRecordEntity };

export const gatewayEntities = [ApiClientEntity, AuditEventEntity, IdempotencyRecordEntity];
