import { auditCommand } from '../auth/audit.command';
import { auditCommandSetup } from '../auth/audit-trail';
import { clientsCommand } from '../auth/clients.command';
import { processIo, withGateway } from '../auth/command-io';
import { loadConfig } from '../config';

/** `clients …`: needs the gateway database alone. */
export function clientsCli(args: string[]): Promise<number> {
  const config = loadConfig();
  const revocation = { redisUrl: config.rateLimit.redisUrl, clockSkewSeconds: config.auth.jwtClockSkewSeconds };
  return withGateway(config, (gateway) => clientsCommand(args, gateway, processIo, revocation));
}

/** `audit …`: needs the gateway database alone. */
export function auditCli(args: string[]): Promise<number> {
  const config = loadConfig();
  return withGateway(config, (gateway) => auditCommand(args, gateway, processIo, auditCommandSetup(config, processIo.err)));
}
