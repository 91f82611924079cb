import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// This workspace installs React 18 under the names react-18 and react-dom-18, beside React 19.
export default defineConfig({
  plugins: [react()],
  logLevel: 'warn',
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'react-18' },
      { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
      { find: /^react-dom$/, replacement: 'react-dom-18' },
      { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
    ],
  },
});
