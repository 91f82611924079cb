import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HarmonyAdapter, ShareAudience } from '../../adapter/types.js';
import { AsyncActionController, type AsyncActionState } from '../../controllers/async-action.js';

export interface LinkAudienceContext {
  adapter(): HarmonyAdapter | undefined;
  conversationId(): string | undefined;
  /** A link is on screen: who can open it is asked only then, once per link section. */
  wanted(): boolean;
}

/**
 * Who can open the link, by name: loaded from the backend when a link shows (for an adapter that can
 * say), aborted when the panel closes, shows another conversation or talks to another backend. An
 * adapter without `getShareAudience` leaves the panel with its general sentence.
 */
export class LinkAudienceController implements ReactiveController {
  /** The "Who and why" list is open. */
  expanded = false;
  private readonly load: AsyncActionController<ShareAudience>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: LinkAudienceContext,
  ) {
    host.addController(this);
    this.load = new AsyncActionController(host);
  }

  get supported(): boolean {
    return typeof this.context.adapter()?.getShareAudience === 'function';
  }

  get state(): AsyncActionState<ShareAudience> {
    return this.load.state;
  }

  /** Before each render: a link that just appeared starts the question, so loading shows at once. */
  hostUpdate(): void {
    if (this.load.state.status === 'idle' && this.context.wanted() && this.supported) void this.fetch();
  }

  async fetch(): Promise<void> {
    const adapter = this.context.adapter();
    const id = this.context.conversationId();
    if (!adapter?.getShareAudience || !id) return;
    const getShareAudience = adapter.getShareAudience.bind(adapter);
    this.load.reset();
    await this.load.run((signal) => getShareAudience(id, { signal }));
  }

  toggle(): void {
    this.expanded = !this.expanded;
    this.host.requestUpdate();
  }

  /** Forgets the audience and stops asking: the next link shown asks again. */
  reset(): void {
    this.load.reset();
    this.expanded = false;
  }
}
