import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { AppConfig, ideEnabledByDefault } from './config';
import { createContext, RequestContext } from './context';
import { mountIde } from './ide/ide.routes';
import { graphqlSchema } from './schema';
import { Sources } from './sources/sources';

export interface Server {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Listens on the port (0 for any free one) and returns the port. */
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

/** Schema + Apollo + express over open sources; tests reuse it with their own databases. */
export async function createServer(config: Pick<AppConfig, 'env'> & Partial<Pick<AppConfig, 'ide'>>, sources: Sources): Promise<Server> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: await graphqlSchema(),
    csrfPrevention: true,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: config.env === 'development',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  mountIde(app, { enabled: config.ide ?? ideEnabledByDefault(config.env) });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(sources) }));

  return {
    app,
    httpServer,
    apollo,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
    },
  };
}
