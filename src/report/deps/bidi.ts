// The Unicode bidi algorithm (bidi-js) as the report uses it. Bundled into a self-contained module at
// build time (scripts/bundle-deps.mjs), like the report's other dependencies.
import bidiFactory from 'bidi-js';

export default bidiFactory;
