import { css } from 'lit';
import { tokens } from './tokens.styles.js';

/** Host basics every element shares: tokens, typography, focus ring, helpers. */
export const hostStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      color: var(--_color-text);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      /* A long word wraps rather than run out of a narrow column (320 px, text at 200 %, text spacing).
         Unlike break-word, anywhere also lets the boxes holding it (flex items, grid tracks, buttons) shrink. */
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: 2px solid var(--_color-focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
      border: 0;
    }
  `,
];

/** DSFR-like buttons: `.button` (primary), `.button.secondary`, `.button.tertiary`. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.5rem;
    padding: var(--_space-2) var(--_space-4);
    border: 0;
    border-radius: 0;
    font: inherit;
    font-weight: 500;
    line-height: 1.5rem;
    text-decoration: none;
    cursor: pointer;
    background: var(--_color-action-background);
    color: var(--_color-on-action);
  }
  .button:hover {
    background: var(--_color-action-background-hover);
  }
  .button.secondary {
    background: transparent;
    color: var(--_color-action);
    box-shadow: inset 0 0 0 1px var(--_color-action);
  }
  .button.tertiary {
    background: transparent;
    color: var(--_color-action);
    box-shadow: inset 0 0 0 1px var(--_color-border);
  }
  .button.secondary:hover,
  .button.tertiary:hover {
    background: var(--_color-background-hover);
    color: var(--_color-action-on-tint);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    background: var(--_color-background-contrast);
    color: var(--_color-text-mention);
    box-shadow: none;
  }
  /* Forced colours (Windows high contrast) drop backgrounds and box-shadows: a border draws every button. */
  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
    .button[disabled],
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;

/** DSFR-like tags and badges: `.tag`, `.badge`, `.badge.new`, `.badge.closing`, `.badge.closed`. */
export const tagStyles = css`
  .tag {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    padding: 0 var(--_space-2);
    border-radius: 1rem;
    background: var(--_color-background-contrast);
    color: var(--_color-text-title);
    font-size: var(--_font-size-sm);
    line-height: 1.5rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    padding: 0 var(--_space-2);
    border-radius: var(--_radius);
    font-size: var(--_font-size-sm);
    font-weight: 700;
    line-height: 1.5rem;
    text-transform: uppercase;
    background: var(--_color-background-contrast);
    color: var(--_color-text-title);
  }
  .badge.new {
    background: var(--_color-info-background);
    color: var(--_color-info);
  }
  .badge.closing {
    background: var(--_color-warning-background);
    color: var(--_color-warning);
  }
  .badge.closed {
    background: var(--_color-error-background);
    color: var(--_color-error);
  }
  .badge.success {
    background: var(--_color-success-background);
    color: var(--_color-success);
  }
  /* Forced colours drop the backgrounds: a border keeps each tag and badge a shape of its own. */
  @media (forced-colors: active) {
    .tag,
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;

/** Alert boxes for error, stale and information messages. */
export const alertStyles = css`
  .alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border-left: 4px solid currentColor;
    background: var(--_color-background-alt);
  }
  .alert p {
    margin: 0;
    flex: 1 1 16rem;
    color: var(--_color-text);
  }
  .alert.error {
    color: var(--_color-error);
  }
  .alert.warning {
    color: var(--_color-warning);
  }
  .alert.info {
    color: var(--_color-info);
  }
  .alert.success {
    color: var(--_color-success);
  }
`;

/**
 * DSFR-like text fields and selects: grey background, 2px bottom border, square
 * bottom corners. Zero specificity (`:where`), so each element's own rules win.
 * `--_input-background` and `--_input-border` may be set by an element.
 */
export const inputStyles = css`
  :where(input:not([type='radio'], [type='checkbox'], [type='file']), select, textarea) {
    display: block;
    width: 100%;
    min-height: 2.5rem;
    margin: 0;
    padding: var(--_space-2) var(--_space-4);
    border: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: inset 0 -2px 0 0 var(--_input-border, var(--_color-border-plain));
    background-color: var(--_input-background, var(--_color-background-contrast));
    color: var(--_color-text);
    font: inherit;
    line-height: 1.5rem;
  }
  /* Checkboxes and radios: 1.25em, beside the middle of their label's first line, whatever its size (text at
     200 %, a size in px given to the element, text spacing). */
  :where([type='checkbox'], [type='radio']) {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: calc(0.5lh - 0.625em) 0 0;
    font: inherit;
    accent-color: var(--_color-action-background);
  }
  :where(input, select, textarea)[aria-invalid='true']:where(:not([type='radio'], [type='checkbox'], [type='file'])) {
    box-shadow: inset 0 -2px 0 0 var(--_color-error);
  }
  /* Forced colours drop the grey background and the bottom line (a box-shadow): a border draws the field.
     Outside :where, so that no element rule taking the border away wins here. */
  @media (forced-colors: active) {
    input:not([type='radio'], [type='checkbox'], [type='file']),
    select,
    textarea {
      border: 1px solid CanvasText;
    }
    :is(input, select, textarea)[aria-invalid='true']:not([type='radio'], [type='checkbox'], [type='file']) {
      border-bottom-width: 3px;
    }
    :is(input, select, textarea):disabled {
      border-color: GrayText;
    }
  }
`;
