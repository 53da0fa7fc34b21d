import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { openDataSource } from '../sources/data-source';

/** Where a command writes; the CLI passes process streams, tests collect lines. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The gateway database alone (clients and audit need nothing else), migrated to the current schema. */
export async function withGateway<T>(config: Pick<AppConfig, 'databases'>, run: (gateway: DataSource) => Promise<T>): Promise<T> {
  const gateway = await openDataSource('gateway', config.databases.gateway, { poolSize: 2 });
  try {
    await gateway.runMigrations({ transaction: 'each' });
    return await run(gateway);
  } finally {
    await gateway.destroy();
  }
}
