import '@fontsource-variable/noto-sans-sc';
import './dashboard.css';
import { createRoot } from 'react-dom/client';
import { Dashboard } from './dashboard';
import { loadSettings } from './settings';

const SETTINGS_URL = '/dashboard/settings.json';

async function start(): Promise<void> {
  const settings = await loadSettings(SETTINGS_URL);
  createRoot(document.getElementById('app')!).render(<Dashboard settings={settings} />);
}

void start();
