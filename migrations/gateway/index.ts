import { CreateApiClient1764300000000 } from './1764300000000-CreateApiClient';
import { CreateAuditEvent1764300000100 } from './1764300000100-CreateAuditEvent';
import { CreateIdempotencyRecord1764300000200 } from './1764300000200-CreateIdempotencyRecord';
import { SignAuditEvents1764300500000 } from './1764300500000-SignAuditEvents';
import { CreateAuditEventPerson1764300500100 } from './1764300500100-CreateAuditEventPerson';
import { CreateRevokedToken1764300600000 } from './1764300600000-CreateRevokedToken';

/** In order; listed explicitly so the same list works from ts (tests) and compiled js. */
export const gatewayMigrations = [
  CreateApiClient1764300000000,
  CreateAuditEvent1764300000100,
  CreateIdempotencyRecord1764300000200,
  SignAuditEvents1764300500000,
  CreateAuditEventPerson1764300500100,
  CreateRevokedToken1764300600000,
];
