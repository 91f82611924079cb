// The README's conformance example, as an integrator runs it in plain Node against the installed package.
import { MemoryAdapter } from '@harmony/share-components/adapter';
import { runAdapterConformance } from '@harmony/share-components/adapter/conformance';

const day = '2026-11-20T10:00:00Z';
const conversation = (id, status) => ({
  conversation: {
    id,
    title: id,
    startedAt: day,
    participants: [],
    medium: 'zoom',
    status,
    url: `https://harmony.example/c/${id}`,
  },
  insights: [{ id: 'summary', type: 'summary', title: 'Summary', text: 'Agreed.' }],
});
const adapter = new MemoryAdapter({
  conversations: [
    conversation('a-completed-meeting', 'completed'),
    conversation('a-processing-meeting', 'processing'),
  ],
});

const { passed, failed } = await runAdapterConformance({
  adapter,
  ids: { completed: 'a-completed-meeting', processing: 'a-processing-meeting', missing: 'no-such-id' },
});
console.log(JSON.stringify({ passed: passed.length, failed }));
