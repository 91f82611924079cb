// A meeting whose names need more than Latin fonts: the report must fetch and embed what they need.
export const meeting = {
  conversation: {
    id: 'host-meeting',
    title: 'Host app meeting',
    startedAt: '2026-11-20T10:00:00Z',
    participants: [{ name: 'Ada Okafor' }, { name: 'Zoë Brontë' }, { name: 'محمد علي' }, { name: '王小明' }],
    medium: 'zoom',
    status: 'completed',
    url: 'https://harmony.example/conversations/host-meeting',
  },
  insights: [{ id: 'summary', type: 'summary', title: 'Summary', text: 'The launch moves to the 3rd.' }],
};
