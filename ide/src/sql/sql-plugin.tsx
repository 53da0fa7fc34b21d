import { GraphiQLPlugin, useGraphiQL } from '@graphiql/react';

/** `extensions.sql` of a response (src/observability/sql-trace.ts on the server). */
interface SqlTrace {
  statements: number;
  omitted?: number;
  totalMs: number;
  sources: Record<string, Array<{ sql: string; parameters: unknown[]; ms: number; rows: number | null; error?: string }>>;
}

export type DebugSqlMode = 'off' | 'admin' | 'on';

const SOURCE_LABELS: Record<string, string> = { culture: 'culture — 文旅', hr: 'HR — 人社', gateway: 'gateway — 网关' };

function traceOf(response: string | null | undefined): SqlTrace | null | undefined {
  if (!response) return undefined;
  try {
    const sql = (JSON.parse(response) as { extensions?: { sql?: SqlTrace } }).extensions?.sql;
    return sql && typeof sql === 'object' && sql.sources ? sql : null;
  } catch {
    return null;
  }
}

function why(mode: DebugSqlMode): string {
  if (mode === 'off') return 'This server sends no SQL: DEBUG_SQL is off (the default in production). Set DEBUG_SQL=admin to show it to ADMIN keys, or on for everyone.';
  if (mode === 'admin') return 'This server shows SQL to ADMIN keys only (DEBUG_SQL=admin); the key in use is not one.';
  return 'The last response carries no SQL.';
}

function SqlPanel({ mode }: { mode: DebugSqlMode }) {
  const { response, title } = useGraphiQL((state) => {
    const tab = state.tabs[state.activeTabIndex];
    return { response: tab?.response, title: tab?.title };
  });
  const trace = traceOf(response);
  let body;
  if (trace === undefined) body = <p className="ide-sql-note">Run a query (Ctrl-Enter): the statements it ran show here, per source.</p>;
  else if (trace === null) body = <p className="ide-sql-note">{why(mode)}</p>;
  else
    body = (
      <>
        <p className="ide-sql-summary" aria-label="SQL summary">
          {title}: {trace.statements} statement{trace.statements === 1 ? '' : 's'} in {trace.totalMs} ms
          {trace.omitted ? ` (${trace.omitted} not listed)` : ''}
        </p>
        {Object.entries(trace.sources).map(([source, statements]) => (
          <section key={source} className="ide-sql-source" aria-label={`SQL of ${source}`}>
            <h3>
              {SOURCE_LABELS[source] ?? source} · {statements.length} statement{statements.length === 1 ? '' : 's'}
            </h3>
            <ol>
              {statements.map((s, i) => (
                <li key={i} className={s.error ? 'ide-sql-failed' : undefined}>
                  <div className="ide-sql-meta">
                    {s.ms} ms · {s.rows === null ? 'rows not reported' : `${s.rows} row${s.rows === 1 ? '' : 's'}`}
                    {s.error ? ` · failed: ${s.error}` : ''}
                  </div>
                  <pre className="ide-sql-text">{s.sql}</pre>
                  {s.parameters.length > 0 ? <pre className="ide-sql-parameters">parameters: {JSON.stringify(s.parameters)}</pre> : null}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </>
    );
  return (
    <section className="ide-sql" aria-label="SQL behind the query">
      <div className="graphiql-doc-explorer-title">SQL — SQL 语句</div>
      <p className="ide-sql-note">
        What the active tab's last answer ran, per source, with time and (for an ADMIN key only) rows. Personal data in parameters (names,
        ID numbers, phones, free text) reads [masked].
      </p>
      {body}
    </section>
  );
}

function SqlIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <ellipse cx="12" cy="5.5" rx="7.5" ry="2.75" />
      <path d="M4.5 5.5v13c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75v-13" />
      <path d="M4.5 12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75" />
    </svg>
  );
}

/** A sidebar plugin: the SQL behind the active tab's last answer (its `extensions.sql`). */
export function sqlPlugin(mode: DebugSqlMode): GraphiQLPlugin {
  return { title: 'SQL behind the query', icon: SqlIcon, content: () => <SqlPanel mode={mode} /> };
}
