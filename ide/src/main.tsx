import './workers';
import 'graphiql/style.css';
import '@fontsource-variable/noto-sans-sc';
import './ide.css';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { KeyBar } from './credentials/key-bar';
import { BILINGUAL_DOCS_PLUGIN } from './docs/docs-plugin';
import { loadExamples } from './examples';
import { sameOriginFetcher } from './fetcher';
import { MonacoFonts } from './fonts';
import { loadSettings } from './settings';
import { sqlPlugin } from './sql/sql-plugin';

const GRAPHQL_ENDPOINT = '/graphql';
const EXAMPLES_URL = '/ide/examples.json';
const SETTINGS_URL = '/ide/settings.json';

async function start(): Promise<void> {
  const [examples, settings] = await Promise.all([loadExamples(EXAMPLES_URL), loadSettings(SETTINGS_URL)]);
  const root = createRoot(document.getElementById('app')!);
  root.render(
    <>
      <KeyBar endpoint={GRAPHQL_ENDPOINT} keyCommand={settings.keyCommand} />
      <MonacoFonts />
      <div id="graphiql">
        <GraphiQL
          fetcher={sameOriginFetcher(GRAPHQL_ENDPOINT)}
          defaultTabs={examples.length > 0 ? examples.map((e) => ({ query: e.query })) : undefined}
          defaultEditorToolsVisibility="variables"
          isHeadersEditorEnabled
          shouldPersistHeaders={false}
          referencePlugin={BILINGUAL_DOCS_PLUGIN}
          plugins={[HISTORY_PLUGIN, sqlPlugin(settings.debugSql)]}
        >
          <GraphiQL.Logo>山东手造 GraphQL</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </>,
  );
}

void start();
