/** GET /dashboard/settings.json (src/ide/dashboard.routes.ts). */
export interface DashboardSettings {
  keyCommand: string;
}

const FALLBACK: DashboardSettings = { keyCommand: 'npm run clients -- create --name "my IDE" --role ANALYST' };

export async function loadSettings(url: string): Promise<DashboardSettings> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    return response.ok ? { ...FALLBACK, ...((await response.json()) as Partial<DashboardSettings>) } : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
