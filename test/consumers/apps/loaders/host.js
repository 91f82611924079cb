// The host's own code, the same for every loader: the elements by package name, a backend whose server
// report is unavailable (so Share PDF makes the report in the browser), and the events a host listens to.
import '@harmony/share-components/define';
import { MemoryAdapter, setDefaultAdapter } from '@harmony/share-components';
import { meeting } from './meeting.js';

setDefaultAdapter(
  new MemoryAdapter({ conversations: [meeting], failures: { downloadReport: 'unavailable' } }),
);

const dialog = document.querySelector('harmony-share-dialog');
document.querySelector('#open').addEventListener('click', (event) => dialog.show(event));
dialog.addEventListener('harmony-pdf-ready', (event) => (window.pdfReady = event.detail));
dialog.addEventListener('harmony-error', (event) => (window.harmonyError = event.detail));
