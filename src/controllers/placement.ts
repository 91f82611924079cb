import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Lazy } from '../base/lazy.js';

// floating-ui is needed only once a surface shows: it loads then, or earlier on a user's intent
// (prefetchPlacement), and stays out of what a host page pays before anyone clicks.
const floatingUi = new Lazy(() => import('@floating-ui/dom'));
type FloatingUi = NonNullable<typeof floatingUi.value>;

/** Loads the positioning code; a surface that opens once it has arrived is placed at once. */
export async function loadPlacement(): Promise<void> {
  await floatingUi.get();
}

export interface PlacementOptions {
  /** Where the surface goes; `-start`/`-end` follow the writing direction, so RTL mirrors itself. */
  placement: Placement;
  /** Gap between the anchor and the surface, in px. */
  distance?: number;
}

/** Room kept free at the viewport's edges, in px: a surface never touches the screen border. */
const VIEWPORT_PADDING = 8;

/**
 * Shows a `popover="manual"` surface next to its anchor and keeps it there. A
 * manual popover sits in the top layer, above a host's own modal dialog and
 * outside any clipping or transformed parent, without closing the host's own
 * popovers. floating-ui positions it with `strategy: 'fixed'` (top-layer
 * elements are laid out against the viewport) and `autoUpdate` follows
 * scrolling and resizing only while the surface is shown.
 */
export class PlacementController implements ReactiveController {
  private floating?: HTMLElement;
  private stopUpdating?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PlacementOptions,
  ) {
    host.addController(this);
  }

  get shown(): boolean {
    return this.floating !== undefined;
  }

  show(anchor: HTMLElement, floating: HTMLElement): void {
    // A host updating after it left the page has nothing to show (showPopover would throw).
    if (this.floating === floating || !floating.isConnected) return;
    this.hide();
    this.floating = floating;
    if (!floating.matches(':popover-open')) floating.showPopover();
    if (floatingUi.value) {
      this.follow(floatingUi.value, anchor, floating);
      return;
    }
    // Shown at once (focus can move into it) but transparent until it stands beside its anchor.
    floating.style.opacity = '0';
    floatingUi.get().then(
      (library) => {
        if (this.floating === floating) this.follow(library, anchor, floating);
      },
      (error: unknown) => {
        floating.style.opacity = '';
        console.error(
          'Harmony: the positioning code could not be loaded; the surface stays where the browser put it.',
          error,
        );
      },
    );
  }

  private follow(library: FloatingUi, anchor: HTMLElement, floating: HTMLElement): void {
    this.stopUpdating = library.autoUpdate(
      anchor,
      floating,
      () => void this.position(library, anchor, floating),
    );
  }

  hide(): void {
    const floating = this.floating;
    this.stopUpdating?.();
    this.stopUpdating = undefined;
    this.floating = undefined;
    floating?.style.removeProperty('opacity');
    if (floating?.matches(':popover-open')) floating.hidePopover();
  }

  /** Shows or hides in one call, for elements that derive visibility from their state in `updated()`. */
  toggle(anchor: HTMLElement, floating: HTMLElement, shown: boolean): void {
    if (shown) this.show(anchor, floating);
    else if (this.floating === floating) this.hide();
  }

  hostDisconnected(): void {
    this.hide();
  }

  private async position(library: FloatingUi, anchor: HTMLElement, floating: HTMLElement): Promise<void> {
    const { computePosition, offset, flip, shift, size, hide } = library;
    const { x, y, placement, middlewareData } = await computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: this.options.placement,
      middleware: [
        offset(this.options.distance ?? 4),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply: ({ availableHeight }) => {
            if (this.floating !== floating) return;
            floating.style.maxBlockSize = `${Math.max(0, Math.floor(availableHeight))}px`;
          },
        }),
        hide(),
      ],
    });
    // An answer computed before hide() (or for an older anchor) must not move a closed surface.
    if (this.floating !== floating) return;
    floating.style.left = `${x}px`;
    floating.style.top = `${y}px`;
    floating.style.opacity = '';
    // An anchor scrolled out of its container takes its surface with it, rather than leave it floating.
    floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
    floating.dataset.placement = placement;
  }
}
