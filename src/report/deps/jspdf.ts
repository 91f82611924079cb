// jsPDF as the report uses it. The build replaces this module's output with a self-contained bundle
// (scripts/bundle-deps.mjs), so the published report never names a package: a worker, a dev server or a
// page without a bundler loads it as it is.
export { jsPDF } from 'jspdf';
