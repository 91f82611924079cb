/** What the Chromium run measures, and how much of it: shared by the driver and the report. */
import type { ReportCase } from '../report-cases.js';
import type { OpenTimings, RenderMode, RenderTiming, Responsiveness, SurfaceName } from './api.js';
import type { PageReadings } from './cdp.js';
import type { FirstOpenFigures } from './first-open-driver.js';

export const MODES: RenderMode[] = ['worker', 'main thread'];
export const OPEN_CYCLES = 50;
export const LEAK_CYCLES = 1000;
export const LEAK_WARM_UP_CYCLES = 20;

export interface SurfaceFigures {
  first: FirstOpenFigures;
  /** Opens after the first, on one page. */
  open: OpenTimings;
  before: PageReadings;
  after: PageReadings;
}

export interface ChromiumFigures {
  version: string;
  /** Typical, 100 and 1,000 action items, in that order. */
  reports: ReportCase[];
  renders: { report: ReportCase; mode: RenderMode; timing: RenderTiming }[];
  /** While the 1,000-item report renders, per mode. */
  responsiveness: Record<RenderMode, Responsiveness>;
  surfaces: Partial<Record<SurfaceName, SurfaceFigures>>;
}
