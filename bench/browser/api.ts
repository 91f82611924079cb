/** What the bench page (entry.ts) exposes on `window`, and the shapes of what it measures. */
import type { Conversation, Insight } from '../../src/adapter/types.js';
import type { SampleOptions } from '../stats.js';

export interface ReportInput {
  conversation: Conversation;
  insights: Insight[];
}

export type RenderMode = 'worker' | 'main thread';

export interface RenderTiming {
  medianMs: number;
  runs: number;
  bytes: number;
  /** Reports a worker sent back during the timed runs: proof the worker path really ran. */
  workerAnswers: number;
}

export interface Responsiveness {
  renderMs: number;
  /** 'longtask' entries: tasks over 50 ms on the main thread while the report rendered. */
  longTasks: number[];
  /** Longest time between two animation frames, and between two zero-delay timers. */
  longestFrameGapMs: number;
  longestTimerGapMs: number;
}

export interface OpenTimings {
  cycles: number;
  /** show() until the state holds (after the element's update), median. */
  readyMedianMs: number;
  /** show() until the first animation frame in which it holds, median and 90th percentile. */
  frameMedianMs: number;
  frameP90Ms: number;
}

export type SurfaceName = 'dialog' | 'menu';

/** A first open in a fresh page: its lazy chunks still on the server, or already fetched on intent. */
export type FirstOpenKind = 'cold' | 'prefetched';

/** A script the page fetched, from Resource Timing. */
export interface ScriptFetch {
  /** The path on the bench server, e.g. `chunks/share-dialog-view-1a2b3c.js`. */
  file: string;
  /** Body bytes as served (the bench server does not compress). */
  bytes: number;
  /** 0 when the HTTP cache answered instead of the server. */
  transferBytes: number;
  /** When the request started, in ms after show(); negative when before it. */
  startMs: number;
}

export interface FirstOpen {
  readyMs: number;
  frameMs: number;
  /** Every script of the page, so the driver can tell what the open itself had to fetch. */
  scripts: ScriptFetch[];
}

export interface BenchApi {
  renderReport(report: ReportInput, mode: RenderMode, options: SampleOptions): Promise<RenderTiming>;
  responsiveness(report: ReportInput, mode: RenderMode): Promise<Responsiveness>;
  /** Whether this build has the element (the overflow menu joins when its files exist). */
  has(surface: SurfaceName): boolean;
  /** Puts the element on the page, with an in-memory backend answering at once. */
  mount(surface: SurfaceName): Promise<void>;
  openTimings(surface: SurfaceName, cycles: number): Promise<OpenTimings>;
  /** Mounts the element in this fresh page and times its first open. */
  firstOpen(surface: SurfaceName, kind: FirstOpenKind): Promise<FirstOpen>;
  /** Opens and closes the element `cycles` times, as fast as it settles. */
  cycle(surface: SurfaceName, cycles: number): Promise<void>;
}

declare global {
  interface Window {
    harmonyBench?: BenchApi;
  }
}
