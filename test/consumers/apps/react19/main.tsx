// A React 19 host: the ⋯ menu through the package's React wrapper, and the share dialog as plain JSX
// (React 19 sets `adapter` as a property and listens to `onharmony-…` events itself).
import { StrictMode, useMemo, useRef, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryAdapter, type HarmonyShareDialog as ShareDialogElement } from '@harmony/share-components';
import { HarmonyOverflowMenu } from '@harmony/share-components/react';
import type {} from '@harmony/share-components/types/react';
import { meeting } from '../shared/meeting';

function App() {
  const adapter = useMemo(() => new MemoryAdapter({ conversations: [meeting] }), []);
  const dialog = useRef<ShareDialogElement>(null);
  const [wrapperLink, setWrapperLink] = useState('');
  const [plainLink, setPlainLink] = useState('');
  return (
    <main>
      <h1>React {version}</h1>
      <section aria-label="Through the wrapper">
        <HarmonyOverflowMenu
          conversationId="host-meeting"
          adapter={adapter}
          onHarmonyLinkCreated={(event) => setWrapperLink(event.detail.link.url)}
        />
        <output id="wrapper-link">{wrapperLink}</output>
      </section>
      <section aria-label="As plain JSX">
        <button type="button" onClick={() => dialog.current?.show()}>
          Open the plain dialog
        </button>
        <harmony-share-dialog
          ref={dialog}
          conversation-id="host-meeting"
          adapter={adapter}
          onharmony-link-created={(event) => setPlainLink(event.detail.link.url)}
        />
        <output id="plain-link">{plainLink}</output>
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
