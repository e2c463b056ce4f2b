import { css } from 'lit';

export const styles = css`
  :host {
    --_input-background: var(--mn-application-form-input-background, var(--_color-background-contrast));
    --_input-border: var(--mn-application-form-input-border, var(--_color-border-plain));
    --_gap: var(--mn-application-form-gap, var(--_space-6));
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  .title {
    margin: 0;
    color: var(--_color-text-title);
    font-size: var(--_font-size-xl);
    line-height: 1.33;
    font-weight: 700;
  }

  p {
    margin: 0;
  }

  .offer {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    padding: var(--_space-3) var(--_space-4);
    border-left: 4px solid var(--_color-action);
    background: var(--_color-background-alt);
  }
  .offer strong {
    color: var(--_color-text-title);
    font-size: var(--_font-size-lg);
  }
  .offer .organisation,
  .mention {
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    max-width: 100%;
    padding: 0;
    margin-bottom: var(--_space-2);
    color: var(--_color-text-title);
    font-weight: 700;
  }
  .group > legend {
    font-size: var(--_font-size-lg);
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-4);
  }

  /* A field: label, hint, control, message. The error state draws a line on its left, as DSFR does. */
  .field {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  .field.invalid::before {
    content: '';
    position: absolute;
    inset: 0 auto 0 calc(-1 * var(--_space-3));
    width: 2px;
    background: var(--_color-error);
  }
  label,
  .label {
    color: var(--_color-text-title);
  }
  .hint {
    display: block;
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }
  /* A field's hint follows its label (outside it, so that it is not read in the field's name), right under it. */
  label + .hint {
    margin-top: calc(-1 * var(--_space-1));
  }
  .error-message {
    color: var(--_color-error);
    font-size: var(--_font-size-sm);
  }
  .error-message::before {
    content: '⚠\\FE0E  ';
  }

  textarea {
    resize: vertical;
    min-height: 10rem;
  }
  input[type='file'] {
    max-width: 100%;
    padding: var(--_space-1) 0;
    white-space: normal; /* "No file chosen", a file's name: wrapped, not cut (320 px, text at 200 %) */
    font: inherit;
    color: var(--_color-text);
  }
  input[type='file']::file-selector-button {
    margin-right: var(--_space-4);
    padding: var(--_space-1) var(--_space-3);
    border: 0;
    box-shadow: inset 0 0 0 1px var(--_color-action);
    background: transparent;
    color: var(--_color-action);
    font: inherit;
    cursor: pointer;
  }

  /* Radios and checkboxes: native controls, 1.5rem targets, labels beside them. */
  .choices {
    display: grid;
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .choices.columns {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
  }
  .choice label {
    flex: 1;
  }

  details.family {
    border-bottom: 1px solid var(--_color-border);
  }
  details.family:first-of-type {
    border-top: 1px solid var(--_color-border);
  }
  details.family > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-2);
    padding: var(--_space-3) 0;
    color: var(--_color-action);
    font-weight: 500;
    cursor: pointer;
  }
  details.family > summary {
    list-style: none;
  }
  details.family > summary::-webkit-details-marker {
    display: none;
  }
  /* The disclosure chevron: pointing right when closed, down when open. */
  details.family > summary::before {
    content: '';
    flex: none;
    align-self: center;
    width: 0.5em;
    height: 0.5em;
    margin: 0 0.25em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  details.family[open] > summary::before {
    transform: rotate(45deg);
  }
  details.family > summary .mention {
    font-weight: 400;
  }
  details.family > .choices {
    padding: 0 0 var(--_space-4) var(--_space-6);
  }

  .counter {
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }
  .counter.over {
    color: var(--_color-error);
  }

  .consent {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-4);
    background: var(--_color-background-alt);
  }
  .consent .text {
    color: var(--_color-text);
    font-size: var(--_font-size-sm);
  }
  a {
    color: var(--_color-action);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  /* The honeypot: out of sight, out of the tab order, hidden from assistive technologies. */
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .summary {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 2px solid var(--_color-error);
    border-left-width: 0.5rem;
    background: var(--_color-background);
  }
  .summary-title {
    margin: 0;
    color: var(--_color-error);
    font-size: var(--_font-size-lg);
    font-weight: 700;
  }
  .summary ul {
    margin: 0;
    padding-left: var(--_space-6);
  }
  .summary li + li {
    margin-top: var(--_space-1);
  }
  .summary a {
    color: var(--_color-error);
  }
  .summary:focus-visible,
  .success-title:focus-visible,
  .summary:focus,
  .success-title:focus {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-3);
  }
  .waiting {
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }
  .spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-right-color: currentColor;
      border-style: dotted;
    }
  }
  /* Sending: still the action colour (it is working, not unavailable), with a spinner. */
  [part='submit'][aria-disabled='true'] {
    background: var(--_color-action-background);
    color: var(--_color-on-action);
    cursor: progress;
  }

  .alert .button {
    flex: none;
  }
  .success {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-6);
    border-left: 4px solid var(--_color-success);
    background: var(--_color-success-background);
  }
  .success-title {
    margin: 0;
    color: var(--_color-success);
    font-size: var(--_font-size-lg);
    font-weight: 700;
  }
  .success p {
    color: var(--_color-text);
  }
  .reference {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--_font-size-lg);
    font-weight: 700;
    color: var(--_color-text-title);
    letter-spacing: 0.05em;
  }
  /* In the sentence of the notice of an application sent: the size of its text. */
  .sent .reference {
    font-size: inherit;
    white-space: nowrap; /* a reference reads as one word: not cut at its hyphens */
  }

  @media (forced-colors: active) {
    .field.invalid::before {
      background: CanvasText;
    }
    /* Sending: still the action, not a disabled button. */
    [part='submit'][aria-disabled='true'] {
      border-color: ButtonText;
      color: ButtonText;
    }
    input[type='file']::file-selector-button {
      border: 1px solid ButtonText;
    }
  }
`;
