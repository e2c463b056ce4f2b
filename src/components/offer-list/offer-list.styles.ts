import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--mn-offer-list-gap, var(--_space-4));
    --_card-min-width: var(--mn-offer-list-card-min-width, 100%);
    --_skeleton-height: var(--mn-offer-list-skeleton-height, auto);
    --_filters-background: var(--mn-offer-list-filters-background, var(--_color-background-alt));
  }
    [hidden] {
    display: none !important;
  }

  .base {
    container: mn-offer-list / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .heading {
    margin: 0;
    color: var(--_color-text-title);
    font-size: var(--_font-size-xl);
    line-height: 1.3;
  }

  /* --- filter bar --- */
  .filters {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    padding: var(--_space-4);
    background: var(--_filters-background);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  label {
    color: var(--_color-text-title);
  }
  .hint {
    margin-top: calc(-1 * var(--_space-1));
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .search-row input {
    flex: 1 1 12rem;
  }
  select {
    padding-inline-end: var(--_space-2);
    text-overflow: ellipsis;
  }
  select:disabled {
    color: var(--_color-text-mention);
    box-shadow: inset 0 -2px 0 0 var(--_color-border);
    cursor: not-allowed;
  }
  .selects {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15.5rem), 1fr));
    gap: var(--_space-4);
  }
  :host([compact]) .selects {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([compact]) .filters {
    padding: var(--_space-3);
  }
  .more {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .toggle {
    align-self: flex-start;
  }
  .toggle::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    margin-inline-start: var(--_space-1);
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  .checkbox {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
  }

  /* --- active filters --- */
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Shrinkable down to the column, so that a long word wraps in its chip (WebKit kept an Arabic one on one line). */
  .chips ul,
  .chips li {
    max-width: 100%;
  }
  .chips ul,
  .chips li,
  .chip-label {
    min-width: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    max-width: 100%;
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-3);
    border: 0;
    border-radius: 1rem;
    background: var(--_color-action-low);
    color: var(--_color-action-on-tint);
    font: inherit;
    font-size: var(--_font-size-sm);
    line-height: 1.5rem;
    text-align: start;
    cursor: pointer;
  }
  .chip:hover {
    box-shadow: inset 0 0 0 1px var(--_color-action);
  }
  .chip-x {
    flex: none;
    font-size: var(--_font-size-xs);
  }
  .reset {
    min-height: 2rem;
    padding-block: var(--_space-1);
    font-size: var(--_font-size-sm);
  }

  /* --- results --- */
  .notice {
    margin: 0;
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
  }
  .count {
    margin: 0;
    color: var(--_color-text-title);
    font-size: var(--_font-size-lg);
    font-weight: 700;
    scroll-margin-top: var(--_space-4);
  }
  .count:empty {
    display: none;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    /* Narrow and zoomed in (320 px, text at 200 %): the select shrinks rather than widen the page. */
    min-width: 0;
    max-width: 100%;
  }
  .sort select {
    width: auto;
    min-width: 0;
    max-width: 100%;
  }
  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results > li {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  /* Long pages (hundreds of cards): the browser lays out and paints only the cards near the screen. */
  .results.long > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 18rem;
  }
  .results > li > mn-offer-card {
    flex: 1 1 auto;
  }

  /* Skeleton cards: the rows of a card (badge, title, organisation, place and dates,
     summary, tags) at its line heights, so that little moves when the offers come. */
  .skeleton {
    display: flex;
    flex-direction: column;
    min-height: var(--_skeleton-height);
    padding: var(--_space-6);
    border: 1px solid var(--_color-border);
    border-bottom: 0.25rem solid var(--_color-border);
    background: var(--_color-background);
  }
  :host([compact]) .skeleton {
    padding: var(--_space-4);
  }
  .bone {
    display: block;
    flex: none;
    width: 35%;
    height: 1.3125rem;
    padding-block: 0.25rem;
    background: var(--_color-background-contrast) content-box;
    animation: mn-pulse 1.6s ease-in-out infinite;
  }
  .bone.badge {
    width: 6rem;
    height: 1.5rem;
    margin-bottom: var(--_space-3);
    padding: 0;
    border-radius: var(--_radius);
  }
  .bone.title {
    width: 70%;
    height: 1.75rem;
  }
  .bone.organisation {
    width: 80%;
    margin-top: var(--_space-3);
    margin-bottom: var(--_space-1);
  }
  .bone.meta {
    margin-top: var(--_space-1);
  }
  .bone.excerpt {
    width: 95%;
  }
  .bone.excerpt:not(.short) {
    margin-top: var(--_space-3);
  }
  .bone.short {
    width: 60%;
  }
  .bone.tags {
    width: 40%;
    height: 1.5rem;
    margin-top: auto;
    padding: 0;
    border-radius: 1rem;
    border-top: var(--_space-4) solid transparent;
    box-sizing: content-box;
    background-clip: padding-box;
  }
  .bone.line {
    width: 80%;
  }
  /* Narrow: titles and organisation names wrap, so do their placeholders. */
  .bone.narrow {
    display: none;
  }
  @container mn-offer-list (max-width: 30rem) {
    .bone.narrow {
      display: block;
    }
  }
  @keyframes mn-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  .empty {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-6) var(--_space-4);
    background: var(--_color-background-alt);
  }
  .empty p {
    margin: 0;
  }
  .empty-title {
    color: var(--_color-text-title);
    font-size: var(--_font-size-lg);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin-top: var(--_space-2);
  }

  /* --- pagination --- */
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .page {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-1);
    min-width: 2.5rem;
    min-height: 2.5rem;
    padding: 0 var(--_space-2);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-text-title);
    font: inherit;
    line-height: 1.5rem;
    text-decoration: none;
    cursor: pointer;
  }
  .page:hover {
    background: var(--_color-background-hover);
  }
  .page[aria-current='page'] {
    background: var(--_color-action-background);
    color: var(--_color-on-action);
    cursor: default;
  }
  .page[aria-disabled='true'] {
    background: transparent;
    color: var(--_color-text-mention);
    cursor: not-allowed;
  }
  .gap {
    min-width: 1.5rem;
    text-align: center;
  }
  @container mn-offer-list (max-width: 40rem) {
    .step-label {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
    }
    .pagination .edge {
      display: none;
    }
  }
  @container mn-offer-list (max-width: 24rem) {
    .page {
      min-width: 2rem;
      padding: 0 var(--_space-1);
    }
    .filters {
      padding: var(--_space-3);
    }
  }

  /* Forced colours (Windows high contrast) drop backgrounds and box-shadows: chips keep a border, and
     the current page, marked by its background otherwise, a thick border and an underline. */
  @media (forced-colors: active) {
    .chip {
      border: 1px solid ButtonText;
    }
    .page[aria-current='page'] {
      border: 3px solid Highlight;
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.2em;
    }
  }

  /* --- inline detail --- */
  .detail {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-4);
  }
  .detail > :not(.detail-back) {
    align-self: stretch;
  }
  .detail-back {
    scroll-margin-top: var(--_space-4);
  }
`;
