import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation, Insight, InsightItem } from '../src/adapter/types.js';
import { STATUS_LABELS, formatDue, formatDuration, formatStartedAt, mediumLabel } from './messages.js';

/** What the main column shows under the header. */
export type BodyState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; conversation: Conversation; insights: Insight[] | { error: string } | undefined };

export function renderBadge(badge: HTMLElement, conversation: Conversation): void {
  badge.textContent = STATUS_LABELS[conversation.status];
  badge.dataset['status'] = conversation.status;
  badge.hidden = false;
}

export function renderBody(state: BodyState): TemplateResult {
  switch (state.kind) {
    case 'loading':
      return html`<p class="muted">Loading…</p>`;
    case 'error':
      return html`<p class="card error" role="alert">${state.message}</p>`;
    case 'loaded':
      return html`${renderDetails(state.conversation)} ${renderInsightsArea(state)}`;
  }
}

function renderDetails(conversation: Conversation): TemplateResult {
  const duration = formatDuration(conversation.durationSeconds);
  return html`<section class="card details" aria-label="Details">
    <dl>
      <div>
        <dt>Date</dt>
        <dd><time datetime=${conversation.startedAt}>${formatStartedAt(conversation.startedAt)}</time></dd>
      </div>
      ${
        duration
          ? html`<div>
              <dt>Duration</dt>
              <dd>${duration}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>Medium</dt>
        <dd>${mediumLabel(conversation.medium)}</dd>
      </div>
      <div>
        <dt>Participants</dt>
        <dd>
          <ul class="participants">
            ${conversation.participants.map((person) => html`<li><bdi>${person.name}</bdi></li>`)}
          </ul>
        </dd>
      </div>
    </dl>
  </section>`;
}

function renderInsightsArea({
  conversation,
  insights,
}: Extract<BodyState, { kind: 'loaded' }>): TemplateResult {
  if (conversation.status === 'processing') {
    return html`<p class="card notice">
      Harmony is still processing this conversation. Insights appear when the status reads Completed.
    </p>`;
  }
  if (conversation.status === 'failed') {
    return html`<p class="card notice">Processing failed for this conversation, so it has no insights.</p>`;
  }
  if (insights === undefined) return html`<p class="muted">Loading insights…</p>`;
  if ('error' in insights) return html`<p class="card error" role="alert">${insights.error}</p>`;
  if (insights.length === 0)
    return html`<p class="card notice">No insights were generated for this conversation.</p>`;
  return html`${insights.map(renderInsight)}`;
}

function renderInsight(insight: Insight): TemplateResult {
  const headingId = `insight-${insight.id}`;
  return html`<section class="card insight" data-type=${insight.type} aria-labelledby=${headingId}>
    <h2 id=${headingId}>${insight.title}</h2>
    ${insight.text ? html`<p dir="auto">${insight.text}</p>` : nothing}
    ${
      insight.items?.length
        ? html`<ul class="insight-items">
            ${insight.items.map(renderItem)}
          </ul>`
        : nothing
    }
  </section>`;
}

function renderItem(item: InsightItem): TemplateResult {
  return html`<li>
    <span dir="auto">${item.text}</span>
    ${
      item.owner || item.due
        ? html`<span class="item-meta">
            ${item.owner ? html`<span>Owner: <bdi>${item.owner}</bdi></span>` : nothing}
            ${item.due ? html`<span>Due <time datetime=${item.due}>${formatDue(item.due)}</time></span>` : nothing}
          </span>`
        : nothing
    }
  </li>`;
}
