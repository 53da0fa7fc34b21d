import type { DebugSqlMode } from './sql/sql-plugin';

/** GET /ide/settings.json (src/ide/ide.routes.ts). */
export interface IdeSettings {
  keyCommand: string;
  debugSql: DebugSqlMode;
}

const FALLBACK: IdeSettings = { keyCommand: 'npm run clients -- create --name "my IDE" --role ANALYST', debugSql: 'off' };

export async function loadSettings(url: string): Promise<IdeSettings> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    return response.ok ? { ...FALLBACK, ...((await response.json()) as Partial<IdeSettings>) } : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
