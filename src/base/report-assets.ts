/**
 * Where the browser-side report finds its worker and font pieces, and whether it may be made in the
 * browser at all. By default the files beside the modules, as the host's bundler or the cdn/ folder
 * placed them; a host that serves them elsewhere names one base URL: where a copy of the package is
 * served (the folder holding its `cdn/` and `dist/`, as a CDN for npm packages serves it), with
 * `setAssetBase(url)` or `<meta name="harmony-asset-base" content="…">`.
 */
let assetBase: URL | undefined;
let clientReport: boolean | undefined;

/** Serve the report's worker and fonts from a copy of the package at `url`; `undefined` restores the default. */
export function setAssetBase(url: string | URL | undefined): void {
  assetBase = url === undefined ? undefined : new URL(String(url), document.baseURI);
}

/**
 * `false`: never make the report in the browser; when the server cannot, Share PDF says so. Also
 * `<meta name="harmony-client-pdf" content="off">`. `undefined` restores the default (allowed).
 */
export function setClientReport(enabled: boolean | undefined): void {
  clientReport = enabled;
}

const metaContent = (name: string) =>
  document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;

export interface ReportAssets {
  /** Whether the report may be made in the browser. */
  client: boolean;
  workerUrl?: URL;
  fontsBaseUrl?: URL;
}

/** What the share dialog's report flow uses, read at the moment of each report. */
export function reportAssets(): ReportAssets {
  const client = clientReport ?? metaContent('harmony-client-pdf') !== 'off';
  const fromMeta = metaContent('harmony-asset-base');
  const base = assetBase ?? (fromMeta ? new URL(fromMeta, document.baseURI) : undefined);
  if (!base) return { client };
  // A base without its trailing slash still names the folder.
  const folder = base.href.endsWith('/') ? base : new URL(`${base.href}/`);
  return {
    client,
    workerUrl: new URL('cdn/worker.js', folder),
    fontsBaseUrl: new URL('dist/report/fonts/pieces/', folder),
  };
}
