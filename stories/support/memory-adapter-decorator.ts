import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { setDefaultAdapter } from '../../src/adapter/default-adapter.js';
import { HARMONY_ERROR_CODES, type HarmonyErrorCode } from '../../src/adapter/errors.js';
import { MemoryAdapter, type MemoryAdapterMethod } from '../../src/adapter/memory-adapter.js';
import { sampleConversations } from '../../test/fixtures/sample-conversations.js';

/** The `conversation-id` control of every element's stories: each sample conversation, and one that does not exist. */
export const conversationIdArgType = {
  control: 'select',
  options: [...sampleConversations().map((record) => record.conversation.id), 'no-such-meeting'],
} as const;

/** Controls every story gets: how slow the backend is and which call fails. */
export interface MemoryAdapterArgs {
  adapterLatency?: number;
  adapterFailingMethod?: MemoryAdapterMethod | 'none';
  adapterFailure?: HarmonyErrorCode;
}

const methods: MemoryAdapterMethod[] = [
  'getConversation',
  'getInsights',
  'createShareLink',
  'revokeShareLink',
  'downloadReport',
  'startCompanionThread',
];

export const memoryAdapterArgTypes: Partial<ArgTypes<MemoryAdapterArgs>> = {
  adapterLatency: {
    name: 'Backend latency (ms)',
    control: { type: 'range', min: 0, max: 5000, step: 100 },
    table: { category: 'In-memory backend' },
  },
  adapterFailingMethod: {
    name: 'Failing call',
    control: 'select',
    options: ['none', ...methods],
    table: { category: 'In-memory backend' },
  },
  adapterFailure: {
    name: 'Failure',
    control: 'select',
    options: [...HARMONY_ERROR_CODES],
    table: { category: 'In-memory backend' },
  },
};

/**
 * Installs a fresh in-memory backend as the page-wide default for each story
 * render, shaped by the story's args, so every element state can be reached
 * from the Controls panel without a server.
 */
export const withMemoryAdapter: Decorator = (story, context) => {
  const args = context.args as MemoryAdapterArgs;
  const adapter = new MemoryAdapter({
    conversations: sampleConversations(),
    latency: args.adapterLatency ?? 400,
  });
  if (args.adapterFailingMethod && args.adapterFailingMethod !== 'none') {
    adapter.setFailure(args.adapterFailingMethod, args.adapterFailure ?? 'unavailable');
  }
  setDefaultAdapter(adapter);
  return story();
};
