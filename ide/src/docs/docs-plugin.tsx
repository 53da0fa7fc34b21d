import { useMemo, useRef, useState } from 'react';
import { isInputObjectType, isInterfaceType, isObjectType, isType } from 'graphql';
import { ChevronLeftIcon, DocsFilledIcon, DocsIcon, GraphiQLPlugin, MagnifyingGlassIcon, Spinner, useGraphiQL } from '@graphiql/react';
import {
  DocExplorerStore,
  FieldDocumentation,
  SchemaDocumentation,
  TypeDocumentation,
  useDocExplorer,
  useDocExplorerActions,
} from '@graphiql/plugin-doc-explorer';
import { searchSchema, SearchHit } from './schema-search';

/** The first line of a description, cut short: enough to tell the hits apart. */
function summary(description: string | null): string {
  const line = description?.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

/**
 * Search over names and descriptions (see schema-search.ts), in place of
 * GraphiQL's name-only search box. Its results replace the page below it
 * while there is text; choosing one opens its type, then its field.
 */
function BilingualSearch() {
  const schema = useGraphiQL((state) => state.schema);
  const stack = useDocExplorer();
  const { push } = useDocExplorerActions();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const current = stack.at(-1)!;
  const within = isType(current.def) ? current.def : undefined;
  const hits = useMemo(() => (schema && text.trim() ? searchSchema(schema, text, { within }) : []), [schema, text, within]);

  const open = (hit: SearchHit) => {
    if (hit.type !== within) push({ name: hit.type.name, def: hit.type });
    if (hit.field) push({ name: hit.field.name, def: hit.field });
    setText('');
  };

  const searchable = stack.length === 1 || isObjectType(current.def) || isInterfaceType(current.def) || isInputObjectType(current.def);
  if (!searchable) return null;
  return (
    <div className="ide-docs-search">
      {/* GraphiQL's docs shortcut (Ctrl/Cmd-Alt-K) clicks the element of this class, which focuses the input. */}
      <label className="graphiql-doc-explorer-search-input">
        <MagnifyingGlassIcon />
        <input
          ref={input}
          type="search"
          aria-label="Search the documentation, names and descriptions — 搜索文档"
          placeholder={`Search ${current.name}… (English or 中文)`}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && hits[0]) open(hits[0]);
            if (event.key === 'Escape') setText('');
          }}
        />
      </label>
      {text.trim() ? (
        <ul className="ide-docs-hits" aria-label="Search results">
          {hits.length === 0 ? <li className="ide-docs-empty">No results found</li> : null}
          {hits.map((hit) => (
            <li key={hit.label}>
              <button type="button" className="ide-docs-hit" onClick={() => open(hit)}>
                <span className="ide-docs-hit-label">{hit.label}</span>
                {hit.description ? <span className="ide-docs-hit-description">{summary(hit.description)}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** GraphiQL's documentation explorer, put together from its public parts with the bilingual search. */
function BilingualDocExplorer() {
  const { fetchError, isIntrospecting, schema, validationErrors } = useGraphiQL((state) => ({
    fetchError: state.fetchError,
    isIntrospecting: state.isIntrospecting,
    schema: state.schema,
    validationErrors: state.validationErrors,
  }));
  const stack = useDocExplorer();
  const { pop } = useDocExplorerActions();
  const current = stack.at(-1)!;
  const previous = stack.length > 1 ? stack.at(-2)! : null;

  let content;
  if (fetchError) content = <div className="graphiql-doc-explorer-error">Error fetching schema</div>;
  else if (validationErrors[0]) content = <div className="graphiql-doc-explorer-error">Schema is invalid: {validationErrors[0].message}</div>;
  else if (isIntrospecting) content = <Spinner />;
  else if (!schema) content = <div className="graphiql-doc-explorer-error">No GraphQL schema available</div>;
  else if (stack.length === 1) content = <SchemaDocumentation schema={schema} />;
  else if (isType(current.def)) content = <TypeDocumentation type={current.def} />;
  else if (current.def) content = <FieldDocumentation field={current.def} />;

  return (
    <section className="graphiql-doc-explorer" aria-label="Documentation Explorer">
      <div className="graphiql-doc-explorer-header">
        <div className="graphiql-doc-explorer-header-content">
          {previous ? (
            <a
              href="#"
              className="graphiql-doc-explorer-back"
              onClick={(event) => {
                event.preventDefault();
                pop();
              }}
              aria-label={`Go back to ${previous.name}`}
            >
              <ChevronLeftIcon />
              {previous.name}
            </a>
          ) : null}
          <div className="graphiql-doc-explorer-title">{current.name}</div>
        </div>
      </div>
      {/* Below the header, not in it: GraphiQL hides the title while anything in the header has focus. */}
      <BilingualSearch key={current.name} />
      <div className="graphiql-doc-explorer-content">{content}</div>
    </section>
  );
}

function DocsIconSwitch() {
  const visible = useGraphiQL((state) => state.visiblePlugin);
  return visible === BILINGUAL_DOCS_PLUGIN ? <DocsFilledIcon /> : <DocsIcon />;
}

/**
 * The reference plugin (GraphiQL's `referencePlugin`): GraphiQL wires its
 * own DocExplorerStore only around its default plugin, so this one brings
 * the store along with its content. The title is GraphiQL's, so the docs
 * button keeps its label ("Show Documentation Explorer") and shortcut.
 */
export const BILINGUAL_DOCS_PLUGIN: GraphiQLPlugin = {
  title: 'Documentation Explorer',
  icon: DocsIconSwitch,
  content: () => (
    <DocExplorerStore>
      <BilingualDocExplorer />
    </DocExplorerStore>
  ),
};
