/**
 * What a browser gets at /graphql (and /) when the IDE is off: a short page
 * saying so and how to turn it on, instead of Apollo's CSRF refusal of a
 * plain GET. API clients never see it: they ask for JSON.
 */
export const IDE_OFF_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The GraphiQL IDE is off · 山东手造 GraphQL</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 42rem; padding: 0 1rem; color: #1b1f24; }
      code, pre { font: 14px/1.4 ui-monospace, monospace; background: #f2f4f7; border-radius: 4px; }
      code { padding: 0 .25em; }
      pre { padding: .75rem 1rem; overflow-x: auto; }
    </style>
  </head>
  <body>
    <main>
      <h1>The GraphiQL IDE is off on this server</h1>
      <p lang="zh-CN">本服务器未开启 GraphiQL 调试界面。</p>
      <p>The IDE is off by default when <code>NODE_ENV=production</code>, and whenever <code>IDE_ENABLED=false</code>.
        To turn it on, start the server with <code>IDE_ENABLED=true</code>, and with <code>INTROSPECTION_ENABLED=true</code>
        too if its documentation and autocompletion should work.</p>
      <p>The API itself answers here: POST a query to <code>/graphql</code> with <code>content-type: application/json</code>.</p>
      <pre>curl -s http://HOST/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ viewer { role } }"}'</pre>
    </main>
  </body>
</html>
`;
