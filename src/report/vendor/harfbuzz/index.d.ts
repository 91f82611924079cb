// The types of src/report/vendor/harfbuzz/index.js (written by scripts/vendor-harfbuzz.mjs): harfbuzzjs's
// own, plus the promise that replaces its top-level await.
export * from 'harfbuzzjs';
export declare const ready: Promise<void>;
