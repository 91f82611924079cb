import { html, nothing, type TemplateResult } from 'lit';
import type { ShareAudience } from '../../adapter/types.js';
import type { AsyncActionState } from '../../controllers/async-action.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import { chevronIcon } from '../../styles/panel-icons.js';
import { MAX_CHECK_LENGTH, type AccessCheckView } from './access-check.js';
import { accessAnswerText, reasonText } from './access-words.js';

/** Names two people and counts the rest; three are all named, which is no longer than "and 1 other". */
function audienceSentence(people: ShareAudience['people'], t: HarmonyStrings): string {
  if (people.length === 0) return t.linkAudienceEmpty;
  const named = people.length <= 3 ? people : people.slice(0, 2);
  return t.linkAudienceNamed(
    named.map((person) => person.name),
    people.length - named.length,
  );
}

export interface AudienceProps {
  strings: HarmonyStrings;
  /** The adapter can name who opens the link; without it the panel keeps its general sentence. */
  supported: boolean;
  state: AsyncActionState<ShareAudience>;
  expanded: boolean;
  onToggle: () => void;
  onRetry: () => void;
}

/** Who can open the link: a sentence naming them, and a disclosure listing each with the reason. */
export function audienceTemplate(p: AudienceProps): TemplateResult {
  const t = p.strings;
  const sentence = (words: string) =>
    // Focusable from script only: Try again, which disappears while it asks, leaves focus here.
    html`<p id="link-audience" class="hint" part="link-audience" tabindex="-1">${words}</p>`;
  if (!p.supported) return sentence(t.linkAudience);
  const { state } = p;
  if (state.status === 'error') {
    return html`${sentence(t.linkAudience)}
      <p class="hint warning audience-failed" part="link-audience-error">
        ${t.linkAudienceFailed}
        <button class="button quiet" part="link-audience-retry-button" type="button" @click=${p.onRetry}>
          ${t.retry}
        </button>
      </p>`;
  }
  if (state.status !== 'done') return sentence(t.linkAudienceLoading);
  const { people } = state.value;
  if (people.length === 0) return sentence(t.linkAudienceEmpty);
  return html`<div class="audience">
    ${sentence(audienceSentence(people, t))}
    <button
      class="button quiet disclosure"
      part="link-audience-toggle"
      type="button"
      aria-expanded=${p.expanded ? 'true' : 'false'}
      aria-controls="link-audience-list"
      @click=${p.onToggle}
    >
      <span class="chevron">${chevronIcon}</span>${t.linkAudienceShow}
    </button>
    <ul
      id="link-audience-list"
      class="audience-list"
      part="link-audience-list"
      aria-labelledby="link-audience"
      tabindex="0"
      ?hidden=${!p.expanded}
    >
      ${people.map(
        (person) =>
          html`<li part="link-audience-person">
            <span class="person-name">${person.name}</span><span class="visually-hidden">: </span
            ><span class="person-reason">${reasonText(person.because, person.team, t)}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}

export interface AccessCheckProps {
  strings: HarmonyStrings;
  query: string;
  view: AccessCheckView;
  onInput: (value: string) => void;
  onSubmit: () => void;
}

function resultTemplate(view: AccessCheckView, t: HarmonyStrings): TemplateResult | typeof nothing {
  switch (view.status) {
    case 'idle':
      return nothing;
    case 'too-long':
      return html`<span>${t.checkAccessTooLong(MAX_CHECK_LENGTH)}</span>`;
    case 'checking':
      return html`<span class="muted">${t.checkingAccess(view.who)}</span>`;
    case 'error':
      return html`<span class="mark no" aria-hidden="true">!</span
        ><span>${t.accessCheckFailed} ${t.errorMessages[view.error.code]}</span>`;
    case 'done': {
      const { answer } = view;
      const mark = answer.canOpen ? '✓' : answer.because === 'unknown-person' ? '' : '✗';
      return html`${
          mark
            ? html`<span class="mark ${answer.canOpen ? 'yes' : 'no'}" aria-hidden="true">${mark}</span>`
            : nothing
        }<span>${accessAnswerText(answer, view.who, t)}</span>`;
    }
  }
}

/** "Check who can open it": a field, and the answer in a line beside it (announced apart, once). */
export function accessCheckTemplate(p: AccessCheckProps): TemplateResult {
  const t = p.strings;
  return html`<div class="check" part="access-check">
    <label for="access-check-field" part="access-check-label">${t.checkAccessLabel}</label>
    <input
      id="access-check-field"
      part="access-check-field"
      type="text"
      maxlength=${MAX_CHECK_LENGTH}
      autocomplete="off"
      spellcheck="false"
      placeholder=${t.checkAccessPlaceholder}
      aria-describedby="access-check-result"
      .value=${p.query}
      @input=${(event: InputEvent) => p.onInput((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' || event.isComposing) return;
        event.preventDefault();
        p.onSubmit();
      }}
    />
    <p
      id="access-check-result"
      class="check-result ${p.view.status === 'error' || p.view.status === 'too-long' ? 'failed' : ''}"
      part="access-check-result"
    >
      ${resultTemplate(p.view, t)}
    </p>
  </div>`;
}
