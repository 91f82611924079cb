/** A status the report endpoint can be told to answer with, so the client-side PDF fallback can be shown. */
export type ReportFailure = 501 | 503 | null;

/** Shared between the dev switch that sets it and the report route that obeys it. */
export interface ReportFailureSwitch {
  status: ReportFailure;
}

/** Accepts 501, 503 and null (or their spellings in an environment variable); anything else is undefined. */
export function parseReportFailure(value: unknown): ReportFailure | undefined {
  if (value === null || value === '' || value === 'null') return null;
  if (value === 501 || value === '501') return 501;
  if (value === 503 || value === '503') return 503;
  return undefined;
}
