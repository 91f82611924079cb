import type { MemoryConversationRecord } from '@harmony/share-components';

/** The one conversation every consumer app shows, served by the package's in-memory adapter. */
export const meeting: MemoryConversationRecord = {
  conversation: {
    id: 'host-meeting',
    title: 'Host app meeting',
    startedAt: '2026-11-20T10:00:00Z',
    participants: [{ name: 'Ada Okafor' }, { name: '김민준' }],
    medium: 'zoom',
    status: 'completed',
    url: 'https://harmony.example/conversations/host-meeting',
  },
  insights: [{ id: 'summary', type: 'summary', title: 'Summary', text: 'Built by a host app.' }],
};
