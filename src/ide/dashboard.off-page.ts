/**
 * What a browser gets at /dashboard when the dashboard is turned off: a
 * short page saying so and how to turn it on, rather than a bare 404.
 */
export const DASHBOARD_OFF_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The dashboard is off · 山东手造 GraphQL</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 42rem; padding: 0 1rem; color: #1b1f24; }
      code { font: 14px/1.4 ui-monospace, monospace; background: #f2f4f7; border-radius: 4px; padding: 0 .25em; }
    </style>
  </head>
  <body>
    <main>
      <h1>The dispatch dashboard is off on this server</h1>
      <p lang="zh-CN">本服务器未开启调度看板。</p>
      <p>It was turned off with <code>DASHBOARD_ENABLED=false</code>. To turn it on, start the server with
        <code>DASHBOARD_ENABLED=true</code> (or leave the variable out: the dashboard is on by default).</p>
      <p>The figures themselves are in the API: POST a <code>dispatchReport</code> query to <code>/graphql</code>
        with <code>content-type: application/json</code>, or download them as CSV from <code>/export/csv</code>.</p>
    </main>
  </body>
</html>
`;
