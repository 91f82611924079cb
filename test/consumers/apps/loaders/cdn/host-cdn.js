import { MemoryAdapter, setDefaultAdapter } from '%CDN%/index.js';
import { meeting } from './meeting.js';

setDefaultAdapter(new MemoryAdapter({ conversations: [meeting], failures: { downloadReport: 'unavailable' } }));

const dialog = document.querySelector('harmony-share-dialog');
document.querySelector('#open').addEventListener('click', (event) => dialog.show(event));
dialog.addEventListener('harmony-pdf-ready', (event) => (window.pdfReady = event.detail));
dialog.addEventListener('harmony-error', (event) => (window.harmonyError = event.detail));
