import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { startServer } from '../main';

/** `serve`: what `npm start` runs. The process then lives until SIGTERM/SIGINT. */
export async function serveCommand(args: string[]): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
  await startServer(loadConfig());
  return 0;
}
