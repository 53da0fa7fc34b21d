import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { DataSource, IsNull, MoreThanOrEqual } from 'typeorm';
import { regionDirectory } from '../shared/regions';
import { ApiClientEntity } from '../sources/gateway/api-client.entity';
import { ApiClients, ClientInputError } from './api-clients';
import { CommandIo } from './command-io';
import { CREDENTIAL_ROLES, KNOWN_SCOPES } from './permissions';
import { announceKeyRevocation, RevocationInputError, RevocationSettings, storeRevocation } from './revoked-tokens';
import { RevokedTokenEntity } from '../sources/gateway/revoked-token.entity';

export const CLIENTS_USAGE = `Usage: npm run clients -- <create|list|revoke|revoke-token|revoked-tokens> [options]

  create --name NAME --role ROLE [--region CODE] [--scope SCOPE]...
         roles: ${CREDENTIAL_ROLES.join(', ')} (PARTNER needs --region); scopes: ${KNOWN_SCOPES.join(', ')}
         prints the new API key once, on standard output
  list   every client: id, key prefix, name, role, region, scopes, created, revoked
  revoke <key prefix | id>
  revoke-token <jti | token> [--expires-at ISO-8601] [--reason TEXT]
         refuses a bearer token by its jti; given the token itself, its jti and exp are read from it.
         The entry is dropped once the token has expired (--expires-at or the token's exp), else kept.
  revoked-tokens
         the revoked token ids still in force`;

function describe(client: ApiClientEntity): string {
  const region = client.regionCode ? `${client.regionCode} ${regionDirectory().get(client.regionCode)?.name ?? ''}`.trim() : 'whole province';
  return `role ${client.role}, region ${region}, scopes ${client.scopes || '(none)'}`;
}

/**
 * A pasted token gives its own jti and exp (read, not verified: revoking
 * takes nothing away from anyone but the token's holder); anything else is
 * taken as the jti itself.
 */
function revocationTarget(argument: string, expiresAtText: string | undefined): { jti: string; expiresAt: Date | null } | { problem: string } {
  let expiresAt: Date | null = null;
  if (expiresAtText !== undefined) {
    expiresAt = new Date(expiresAtText);
    if (!/^\d{4}-\d{2}-\d{2}/.test(expiresAtText) || Number.isNaN(expiresAt.getTime())) return { problem: `--expires-at "${expiresAtText}" is not an ISO 8601 date-time` };
  }
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(argument)) return { jti: argument, expiresAt };
  let claims: ReturnType<typeof decodeJwt>;
  try {
    claims = decodeJwt(argument);
  } catch {
    return { jti: argument, expiresAt };
  }
  if (typeof claims.jti !== 'string' || !claims.jti) return { problem: 'the token carries no "jti" claim, so it cannot be revoked alone; rotate the signing key to refuse it' };
  return { jti: claims.jti, expiresAt: expiresAt ?? (typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null) };
}

/** `clients create|list|revoke|revoke-token|revoked-tokens`; returns the exit code. */
export async function clientsCommand(args: string[], gateway: DataSource, io: CommandIo, revocation: RevocationSettings = {}): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      scope: { type: 'string', multiple: true },
      'expires-at': { type: 'string' },
      reason: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const clients = new ApiClients(gateway);
  switch (action) {
    case 'create': {
      if (!values.name || !values.role) {
        io.err(`create needs --name and --role\n\n${CLIENTS_USAGE}`);
        return 1;
      }
      try {
        const scopes = (values.scope ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
        const { client, key } = await clients.create({ name: values.name, role: values.role.toUpperCase(), regionCode: values.region ?? null, scopes });
        io.err(`created client ${client.id} "${client.name}" (${client.keyPrefix}): ${describe(client)}`);
        io.err('its API key follows; it is shown this once and cannot be recovered, so store it now:');
        io.out(key);
        return 0;
      } catch (error) {
        if (error instanceof ClientInputError) {
          io.err(`cannot create the client: ${error.message}`);
          return 1;
        }
        throw error;
      }
    }
    case 'list': {
      const all = await clients.list();
      if (all.length === 0) io.out('no clients');
      for (const c of all) {
        const status = c.revokedAt ? `revoked ${c.revokedAt.toISOString()}` : 'active';
        io.out(`${String(c.id).padStart(4)}  ${c.keyPrefix}  ${c.name}  ${describe(c)}  created ${c.createdAt.toISOString()}  ${status}`);
      }
      return 0;
    }
    case 'revoke': {
      if (positionals.length !== 1) {
        io.err(`revoke takes one key prefix or id\n\n${CLIENTS_USAGE}`);
        return 1;
      }
      const revoked = await clients.revoke(positionals[0]);
      if (!revoked) {
        io.err(`no client with key prefix or id "${positionals[0]}"`);
        return 1;
      }
      io.out(`client ${revoked.id} "${revoked.name}" (${revoked.keyPrefix}) revoked ${revoked.revokedAt!.toISOString()}; its key is refused from now on`);
      const redisProblem = await announceKeyRevocation(revoked.keyPrefix, revocation);
      if (redisProblem) io.err(`warning: Redis did not take the announcement (${redisProblem}); servers refuse the key at their next reload from the database`);
      return 0;
    }
    case 'revoke-token': {
      if (positionals.length !== 1) {
        io.err(`revoke-token takes one token id (jti) or the token itself\n\n${CLIENTS_USAGE}`);
        return 1;
      }
      const target = revocationTarget(positionals[0], values['expires-at']);
      if ('problem' in target) {
        io.err(`cannot revoke: ${target.problem}`);
        return 1;
      }
      try {
        const { entry, redisProblem } = await storeRevocation(gateway, { ...target, reason: values.reason }, revocation);
        const until = entry.expiresAt ? `until its expiry ${entry.expiresAt.toISOString()}` : 'for good (its expiry is unknown)';
        io.out(`bearer tokens with jti "${entry.jti}" are refused from now on, ${until}`);
        if (redisProblem) io.err(`warning: Redis did not take the revocation (${redisProblem}); servers apply it at their next reload from the database`);
        return 0;
      } catch (error) {
        if (error instanceof RevocationInputError) {
          io.err(`cannot revoke: ${error.message}`);
          return 1;
        }
        throw error;
      }
    }
    case 'revoked-tokens': {
      const skewMs = (revocation.clockSkewSeconds ?? 60) * 1000;
      const entries = await gateway.getRepository(RevokedTokenEntity).find({
        where: [{ expiresAt: IsNull() }, { expiresAt: MoreThanOrEqual(new Date(Date.now() - skewMs)) }],
        order: { revokedAt: 'ASC', id: 'ASC' },
      });
      if (entries.length === 0) io.out('no revoked tokens in force');
      for (const e of entries) {
        io.out(`${e.jti}  revoked ${e.revokedAt.toISOString()}  ${e.expiresAt ? `until ${e.expiresAt.toISOString()}` : 'for good'}${e.reason ? `  ${e.reason}` : ''}`);
      }
      return 0;
    }
    default:
      io.err(action ? `unknown clients action "${action}"\n\n${CLIENTS_USAGE}` : CLIENTS_USAGE);
      return 1;
  }
}
