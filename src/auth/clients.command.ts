import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { regionDirectory } from '../shared/regions';
import { ApiClientEntity } from '../sources/gateway/api-client.entity';
import { ApiClients, ClientInputError } from './api-clients';
import { CommandIo } from './command-io';
import { CREDENTIAL_ROLES, KNOWN_SCOPES } from './permissions';

export const CLIENTS_USAGE = `Usage: npm run clients -- <create|list|revoke> [options]

  create --name NAME --role ROLE [--region CODE] [--scope SCOPE]...
         roles: ${CREDENTIAL_ROLES.join(', ')} (PARTNER needs --region); scopes: ${KNOWN_SCOPES.join(', ')}
         prints the new API key once, on standard output
  list   every client: id, key prefix, name, role, region, scopes, created, revoked
  revoke <key prefix | id>`;

function describe(client: ApiClientEntity): string {
  const region = client.regionCode ? `${client.regionCode} ${regionDirectory().get(client.regionCode)?.name ?? ''}`.trim() : 'whole province';
  return `role ${client.role}, region ${region}, scopes ${client.scopes || '(none)'}`;
}

/** `clients create|list|revoke`; returns the exit code. */
export async function clientsCommand(args: string[], gateway: DataSource, io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' }, scope: { type: 'string', multiple: true } },
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
      return 0;
    }
    default:
      io.err(action ? `unknown clients action "${action}"\n\n${CLIENTS_USAGE}` : CLIENTS_USAGE);
      return 1;
  }
}
