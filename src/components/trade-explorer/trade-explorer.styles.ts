import { css } from 'lit';

export const styles = css`
  :host {
    --_card-min-width: var(--mn-trade-explorer-card-min-width, 17rem);
    --_gap: var(--mn-trade-explorer-gap, var(--_space-4));
    --_card-accent: var(--mn-trade-explorer-card-accent, var(--_color-action));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    /* the layout follows the element's width, not the page's */
    container-type: inline-size;
  }

  p {
    margin: 0;
  }

  /* --- toolbar: search and sort --- */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-4) var(--_space-6);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  .field.search {
    flex: 1 1 18rem;
  }
  .field.sort {
    flex: 0 1 16rem;
  }
  label {
    color: var(--_color-text-title);
  }
  .hint {
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }
  input,
  select {
    margin-top: var(--_space-1);
  }
  input:focus-visible,
  select:focus-visible {
    outline-offset: 2px;
  }

  /* --- family tabs: pills that wrap, so that every family shows, even on a phone --- */
  .tabs {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    /* room for the focus ring */
    padding: var(--_space-1);
  }
  .tab {
    position: relative;
    display: inline-flex;
    flex: 0 0 auto;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.5rem;
    padding: var(--_space-1) var(--_space-2) var(--_space-1) var(--_space-4);
    border: 0;
    border-radius: 1.25rem;
    background: var(--_color-action-low);
    color: var(--_color-text-title);
    font: inherit;
    font-weight: 500;
    line-height: 1.5rem;
    max-width: 100%;
    text-align: start;
    cursor: pointer;
  }
  .tab > span:first-child {
    min-width: 0;
  }
  .tab:hover {
    box-shadow: inset 0 0 0 1px var(--_color-action);
  }
  .tab[aria-selected='true'] {
    background: var(--_color-action-background);
    color: var(--_color-on-action);
  }
  .tab-count {
    display: inline-block;
    min-width: 1.75rem;
    padding: 0 var(--_space-2);
    border-radius: 0.75rem;
    background: var(--_color-background);
    color: var(--_color-action);
    font-size: var(--_font-size-sm);
    font-weight: 700;
    line-height: 1.5rem;
    text-align: center;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .family-description {
    max-width: 48rem;
    color: var(--_color-text);
  }
  .count {
    color: var(--_color-text-mention);
    font-weight: 700;
  }

  /* --- trade cards --- */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    position: relative;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-6) var(--_space-6) var(--_space-4);
    background: var(--_color-background);
    box-shadow:
      inset 0 0 0 1px var(--_color-border),
      inset 0 -0.25rem 0 0 var(--_card-accent);
    transition: background-color var(--_duration);
  }
  /* Not the hover grey: dark (#343434), the grey and green texts of the card read at 4:1 on it; the alt grey keeps
     4.5:1, and the title's underline says the hover. */
  .card:hover {
    background: var(--mn-color-background-hover, var(--_color-background-alt));
  }
  .card:has(.card-link:focus-visible) {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .card-title {
    margin: 0;
    color: var(--_color-action);
    font-size: var(--_font-size-lg);
    line-height: 1.75rem;
    font-weight: 700;
  }
  .card-link {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .card-link:focus-visible {
    outline: none;
  }
  .card:hover .card-link {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .card-family {
    order: -1;
    color: var(--_color-text-mention);
    font-size: var(--_font-size-xs);
    line-height: 1.25rem;
  }
  .card-description {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    color: var(--_color-text);
    font-size: var(--_font-size-sm);
  }
  .card-offers {
    margin-top: auto;
    padding-top: var(--_space-2);
    font-size: var(--_font-size-sm);
    font-weight: 700;
    color: var(--_color-success);
  }
  .card-offers.none {
    font-weight: 400;
    color: var(--_color-text-mention);
  }

  /* --- empty, error, stale --- */
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-4);
    padding: var(--_space-6) 0;
  }
  .empty p {
    color: var(--_color-text-title);
    font-size: var(--_font-size-lg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
  }

  /* --- detail --- */
  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .detail-title {
    margin: 0;
    color: var(--_color-text-title);
    font-size: 1.75rem;
    line-height: 2.25rem;
    font-weight: 700;
  }
  .detail-title:focus {
    outline: none;
  }
  .detail-title:focus-visible {
    outline: 2px solid var(--_color-focus);
  }
  .detail-family {
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }
  .description {
    max-width: 48rem;
    font-size: var(--_font-size-lg);
    line-height: 1.75rem;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space-6);
  }
  .facts > * {
    min-width: 0;
  }
  .fact-title,
  .offers-title {
    margin: 0 0 var(--_space-2);
    color: var(--_color-text-title);
    font-size: var(--_font-size-lg);
    line-height: 1.75rem;
    font-weight: 700;
  }
  .missions {
    margin: 0;
    padding-left: var(--_space-6);
  }
  .missions li + li {
    margin-top: var(--_space-1);
  }
  .skills {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skills .tag {
    max-width: 100%;
    height: auto;
    padding-block: 0.125rem;
  }
  .offers {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding-top: var(--_space-4);
    border-top: 1px solid var(--_color-border);
  }
  .offers-count {
    color: var(--_color-text-mention);
    font-weight: 400;
  }
  .alert a.button {
    flex: 0 0 auto;
  }

  /* --- loading skeleton --- */
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .bone {
    border-radius: var(--_radius);
    background: var(--_color-background-contrast);
    animation: pulse calc(var(--_duration) * 10) ease-in-out infinite alternate;
  }
  .bone.bar {
    height: 2.5rem;
  }
  .bone.bar.short {
    width: min(100%, 24rem);
  }
  .bone.tile {
    height: 9rem;
  }
  .bones {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_gap);
  }
  @keyframes pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
    .card {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .tab {
      border: 1px solid ButtonText;
    }
    .tab[aria-selected='true'] {
      border: 3px solid Highlight;
    }
  }
`;
