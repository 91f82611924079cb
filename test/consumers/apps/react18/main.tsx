// A React 18 host: React 18 writes every unknown JSX prop as an attribute, so objects and events go
// through the package's React wrappers.
import { StrictMode, useMemo, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryAdapter } from '@harmony/share-components';
import { HarmonyOverflowMenu } from '@harmony/share-components/react';
import { meeting } from '../shared/meeting';

function App() {
  const adapter = useMemo(() => new MemoryAdapter({ conversations: [meeting] }), []);
  const [link, setLink] = useState('');
  return (
    <main>
      <h1>React {version}</h1>
      <HarmonyOverflowMenu
        conversationId="host-meeting"
        adapter={adapter}
        onHarmonyLinkCreated={(event) => setLink(event.detail.link.url)}
      />
      <output id="wrapper-link">{link}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
