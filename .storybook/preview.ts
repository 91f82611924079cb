import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { withMemoryAdapter, memoryAdapterArgTypes } from '../stories/support/memory-adapter-decorator.js';

// Args, controls and docs tables come from the same manifest hosts read.
setCustomElementsManifest(customElements);

const preview: Preview = {
  decorators: [withMemoryAdapter],
  argTypes: memoryAdapterArgTypes,
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
