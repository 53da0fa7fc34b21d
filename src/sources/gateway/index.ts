import { ApiClientEntity } from './api-client.entity';
import { AuditEventEntity } from './audit-event.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { RevokedTokenEntity } from './revoked-token.entity';

export { ApiClientEntity, AuditEventEntity, IdempotencyRecordEntity, RevokedTokenEntity };

export const gatewayEntities = [ApiClientEntity, AuditEventEntity, IdempotencyRecordEntity, RevokedTokenEntity];
