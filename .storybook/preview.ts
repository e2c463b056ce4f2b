import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Docs pages (attributes, properties, events, parts, custom properties) come from the
// custom-elements manifest generated from the elements' JSDoc (`npm run manifest`).
setCustomElementsManifest(manifest);

// French first, as on the State's sites: elements without their own `lang` follow <html lang>.
document.documentElement.lang = 'fr';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story tests.
    a11y: { test: 'error' },
    layout: 'padded',
  },
  tags: ['autodocs'],
};
export default preview;
