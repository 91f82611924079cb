// qrcode is CommonJS only: bundlers and Node hand it over as a default export. The build replaces this
// module's output with a self-contained ES module bundle (scripts/bundle-deps.mjs), so no CommonJS ever
// reaches a browser.
import QRCode from 'qrcode';

export const create: typeof QRCode.create = (text, options) => QRCode.create(text, options);
