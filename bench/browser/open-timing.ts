/** One timed open in the bench page: from show() to the element being open with focus inside. */
import type { SurfaceName } from './api.js';
import { nextFrame } from './probes.js';
import type { Surface } from './surfaces.js';

export interface OpenTiming {
  /** performance.now() when show() was called. */
  startedAt: number;
  /** Until the state holds after the element's update (or the first frame, if it held only then). */
  readyMs: number;
  /** Until the first animation frame in which it holds: what a user can see. */
  frameMs: number;
}

/** The time of the first animation frame in which the element is open with focus inside. */
async function firstFrameShowing(name: SurfaceName, target: Surface): Promise<number> {
  for (let frames = 0; frames < 120; frames += 1) {
    const frameAt = await nextFrame();
    if (target.shown()) return frameAt;
  }
  throw new Error(`${name} did not open within 120 frames`);
}

export async function timeOpen(name: SurfaceName, target: Surface): Promise<OpenTiming> {
  const startedAt = performance.now();
  target.open();
  await target.settled();
  const settledAt = performance.now();
  const shownWhenSettled = target.shown();
  const frameAt = await firstFrameShowing(name, target);
  return {
    startedAt,
    readyMs: (shownWhenSettled ? settledAt : frameAt) - startedAt,
    frameMs: frameAt - startedAt,
  };
}
