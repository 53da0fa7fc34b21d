import './workers';
import 'graphiql/style.css';
import './ide.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { loadExamples } from './examples';
import { sameOriginFetcher } from './fetcher';

const GRAPHQL_ENDPOINT = '/graphql';
const EXAMPLES_URL = '/ide/examples.json';

async function start(): Promise<void> {
  const examples = await loadExamples(EXAMPLES_URL);
  const root = createRoot(document.getElementById('graphiql')!);
  root.render(
    <GraphiQL
      fetcher={sameOriginFetcher(GRAPHQL_ENDPOINT)}
      defaultTabs={examples.length > 0 ? examples.map((e) => ({ query: e.query })) : undefined}
      defaultEditorToolsVisibility="variables"
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>山东手造 GraphQL</GraphiQL.Logo>
    </GraphiQL>,
  );
}

void start();
