import { ApiClientEntity } from './api-client.entity';
import { AuditEventPersonEntity } from './audit-event-person.entity';
import { AuditEventEntity } from './audit-event.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { RevokedTokenEntity } from './revoked-token.entity';

export { ApiClientEntity, AuditEventEntity, AuditEventPersonEntity, IdempotencyRecordEntity, RevokedTokenEntity };

export const gatewayEntities = [ApiClientEntity, AuditEventEntity, AuditEventPersonEntity, IdempotencyRecordEntity, RevokedTokenEntity];
