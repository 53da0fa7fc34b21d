import './key-bar.css';
import { FormEvent, ReactNode, useState } from 'react';
import { credentialLabel } from './credential-store';
import { useCredential, useViewer } from './use-credential';
import type { ViewerInfo } from './viewer';

export interface KeyBarProps {
  /** The GraphQL endpoint the viewer query goes to. */
  endpoint: string;
  /** The command that creates a key (GET /ide/settings.json), shown to a visitor without one. */
  keyCommand: string;
  /** Shown first in the bar: the page's title. */
  title?: ReactNode;
}

function describeViewer(viewer: ViewerInfo): string {
  const parts: string[] = [viewer.role];
  if (viewer.clientName) parts.push(`“${viewer.clientName}”`);
  parts.push(viewer.region ? `limited to ${viewer.region.name} (${viewer.regionCode})` : 'whole province');
  parts.push(viewer.scopes.length > 0 ? `scopes ${viewer.scopes.join(' ')}` : 'no extra scopes');
  parts.push(viewer.personalDataUnmasked ? 'ID numbers and phones unmasked (audited)' : 'personal data masked');
  return parts.join(' · ');
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="ide-keybar-button ide-keybar-secondary"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/**
 * Who you are to the server, and the one place to enter, keep and forget
 * a key: "You are: PUBLIC — get a key with …". Self-contained (it asks the
 * server itself), so any page of this server can show it above its content.
 */
export function KeyBar({ endpoint, keyCommand, title }: KeyBarProps) {
  const { credential, save, forget } = useCredential();
  const answer = useViewer(endpoint, credential);
  const [input, setInput] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save(input)) setInput('');
  };

  let status: ReactNode;
  if (!answer) status = <span className="ide-keybar-muted">Asking the server who you are…</span>;
  else if ('refused' in answer)
    status = (
      <span className="ide-keybar-error">
        Key refused: {answer.refused}. Forget it, or paste another one.
      </span>
    );
  else if (answer.viewer.role === 'PUBLIC')
    status = (
      <>
        <span>
          You are: <strong data-role="PUBLIC">PUBLIC</strong> (no key) — the directory and the figures, no persons. Get a key with
        </span>
        <code className="ide-keybar-command">{keyCommand}</code>
        <CopyButton text={keyCommand} />
      </>
    );
  else
    status = (
      <span>
        You are: <strong data-role={answer.viewer.role}>{describeViewer(answer.viewer)}</strong>
      </span>
    );

  return (
    <header className="ide-keybar" aria-label="Who you are and your key">
      {title ? <span className="ide-keybar-title">{title}</span> : null}
      <div className="ide-keybar-status" role="status" aria-label="Viewer">
        {status}
      </div>
      {credential ? (
        <div className="ide-keybar-key">
          <span className="ide-keybar-muted">{credentialLabel(credential)} kept in this browser, sent from every tab</span>
          <button type="button" className="ide-keybar-button" onClick={forget}>
            Forget key
          </button>
        </div>
      ) : (
        <form className="ide-keybar-key" onSubmit={submit}>
          <input
            type="password"
            className="ide-keybar-input"
            aria-label="API key"
            placeholder="Paste an API key or bearer token"
            autoComplete="off"
            spellCheck={false}
            value={input}
            onChange={(event) => setInput(event.target.value)}
          />
          <button type="submit" className="ide-keybar-button" disabled={!input.trim()}>
            Use key
          </button>
        </form>
      )}
    </header>
  );
}
