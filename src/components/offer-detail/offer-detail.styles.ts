import { css } from 'lit';

export const styles = css`
  :host {
    --_facts-background: var(--mn-offer-detail-facts-background, var(--_color-background-alt));
    --_facts-width: var(--mn-offer-detail-facts-width, 14rem);
    --_title-color: var(--mn-offer-detail-title-color, var(--_color-text-title));
  }

  .detail {
    container-type: inline-size;
  }
  .stale {
    margin-bottom: var(--_space-6);
  }

  /* Header */
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin-bottom: var(--_space-8);
  }
  .title {
    margin: 0;
    font-size: var(--mn-offer-detail-title-size, var(--_level-size, 2rem));
    line-height: 1.25;
    font-weight: 700;
    color: var(--_title-color);
  }
  /* A title under the page's own headings (an offer opened in a list: h3) follows DSFR's scale, below them. */
  h3.title {
    --_level-size: 1.75rem;
  }
  h4.title {
    --_level-size: 1.5rem;
  }
  h5.title,
  h6.title {
    --_level-size: 1.25rem;
  }
  @container (max-width: 30rem) {
    .title {
      font-size: var(--mn-offer-detail-title-size, min(var(--_level-size, 2rem), 1.75rem));
    }
  }
  /* No offer to show: the title says why, above the message. */
  .detail > .title {
    margin-bottom: var(--_space-6);
  }
  .organisation {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 500;
    color: var(--_color-text-title);
  }
  .ministry {
    font-weight: 400;
    color: var(--_color-text);
  }
  .badges {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /*
   * Layout: one column, in the order of the markup at every width, the form open or not (what is read, and
   * where Tab goes, is what is seen): key facts and how to apply, then the texts. On wide layouts the facts
   * take several columns, read row by row, as they come.
   */
  .layout,
  .overview {
    display: flex;
    flex-direction: column;
    gap: var(--_space-8);
    min-width: 0;
  }
  .overview {
    gap: var(--_space-6);
  }

  /* Key facts */
  .facts {
    padding: var(--_space-4) var(--_space-6) var(--_space-6);
    background: var(--_facts-background);
  }
  .facts-title,
  .apply-title {
    margin: 0 0 var(--_space-4);
    font-size: var(--_font-size-lg);
    line-height: 1.4;
    color: var(--_color-text-title);
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_facts-width)), 1fr));
    gap: var(--_space-3) var(--_space-6);
    margin: 0;
  }
  dt {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-mention);
  }
  dd {
    margin: 0;
    color: var(--_color-text-title);
    font-weight: 500;
  }
  .closing dd {
    color: var(--_color-warning);
  }
  .beginners {
    font-weight: 400;
  }
  a:not(.button) {
    color: var(--_color-action);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* Apply */
  .apply {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-3);
  }
  .apply .alert {
    align-self: stretch;
  }
  .apply .hint {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_color-text-mention);
  }
  .application {
    align-self: stretch;
    margin-top: var(--_space-4);
  }
  .application[hidden] {
    display: none;
  }
  .icon {
    flex: none;
  }

  /* Sections: lines no longer than on the former two-column layout, for reading ease. */
  .sections {
    max-inline-size: 48rem;
  }
  .section + .section {
    margin-top: var(--_space-8);
  }
  .section-title {
    margin: 0 0 var(--_space-3);
    font-size: 1.375rem;
    line-height: 1.35;
    color: var(--_color-text-title);
  }
  .excerpt,
  .empty {
    margin: 0 0 var(--_space-4);
  }
  .empty {
    color: var(--_color-text-mention);
  }
  /* Feed text: a box of its own that nothing inside can leave. */
  .rich {
    contain: layout style;
  }
  .rich > :first-child {
    margin-top: 0;
  }
  .rich p,
  .rich ul,
  .rich ol {
    margin: 0 0 var(--_space-4);
  }
  .rich ul,
  .rich ol {
    padding-inline-start: var(--_space-6);
  }
  .rich li + li {
    margin-top: var(--_space-1);
  }
  .rich :is(h3, h4, h5, h6) {
    margin: var(--_space-6) 0 var(--_space-2);
    font-size: var(--_font-size-lg);
    line-height: 1.4;
    color: var(--_color-text-title);
  }
  .rich :is(h5, h6) {
    font-size: var(--_font-size);
  }

  /* Loading */
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .bar {
    display: block;
    height: 1rem;
    border-radius: var(--_radius);
    background: var(--_color-background-contrast);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .bar.title-bar {
    height: 2.5rem;
    width: 70%;
  }
  .bar.short {
    width: 45%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar {
      animation: none;
    }
  }
`;
