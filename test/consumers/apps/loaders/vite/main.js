import '../host.js';
