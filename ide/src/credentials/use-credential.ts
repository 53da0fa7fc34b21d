import { useEffect, useState } from 'react';
import { forgetCredential, loadCredential, onCredentialChange, saveCredential } from './credential-store';
import { fetchViewer, ViewerAnswer } from './viewer';

/** The stored credential, kept in step with the store (this page and other tabs). */
export function useCredential(): { credential: string | null; save: (input: string) => string | null; forget: () => void } {
  const [credential, setCredential] = useState(loadCredential);
  useEffect(() => onCredentialChange(setCredential), []);
  return { credential, save: saveCredential, forget: forgetCredential };
}

/** Asks the server who the credential makes us, again whenever it changes; null while asking. */
export function useViewer(endpoint: string, credential: string | null): ViewerAnswer | null {
  const [answer, setAnswer] = useState<ViewerAnswer | null>(null);
  useEffect(() => {
    let current = true;
    setAnswer(null);
    void fetchViewer(endpoint, credential).then((a) => {
      if (current) setAnswer(a);
    });
    return () => {
      current = false;
    };
  }, [endpoint, credential]);
  return answer;
}
