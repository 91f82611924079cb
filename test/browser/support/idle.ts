/**
 * How long a test waits for what an element does when the page is idle: `requestIdleCallback` runs
 * within the 4 s deadline the elements give it, however busy the machine.
 */
export const IDLE_DEADLINE = { timeout: 5000 };

/** Resolves at the page's next idle period. */
export const nextIdle = () => new Promise((resolve) => requestIdleCallback(resolve));
