import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A page that declares `color-scheme: dark` (with no DSFR variables): the elements' fallbacks follow it. */
export const darkPage: Decorator = (story) => html`<div style="color-scheme: dark; background: #161616; padding: 1rem">${story()}</div>`;
