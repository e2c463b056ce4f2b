import { css, unsafeCSS } from 'lit';

/** Decorative icons (drawn for this project), used as CSS masks: no DOM, no request. Constants, not feed data. */
const icon = {
  building:
    "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath fill-rule='evenodd' d='M3 19h1V3h11v4h5v12h1v2H3zm3-14v14h3v-4h3v4h1V5zm9 4v10h3V9zM8 7h2v2H8zm3 0h1v2h-1zm-3 4h2v2H8zm3 0h1v2h-1zm5 0h1v2h-1zm0 4h1v2h-1z'/%3E%3C/svg%3E\")",
  place:
    "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath fill-rule='evenodd' d='M12 2a7 7 0 0 1 7 7c0 4.6-7 13-7 13S5 13.6 5 9a7 7 0 0 1 7-7m0 2a5 5 0 0 0-5 5c0 2.7 3.3 7.5 5 9.7 1.7-2.2 5-7 5-9.7a5 5 0 0 0-5-5m0 2.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5'/%3E%3C/svg%3E\")",
  salary:
    "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath fill-rule='evenodd' d='M3 5h18v14H3zm2 2v10h14V7zm7 2a3 3 0 1 1 0 6 3 3 0 0 1 0-6M6 9h2v2H6zm10 4h2v2h-2z'/%3E%3C/svg%3E\")",
  calendar:
    "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath fill-rule='evenodd' d='M7 2h2v2h6V2h2v2h4v17H3V4h4zm12 8H5v9h14zM5 6v2h14V6z'/%3E%3C/svg%3E\")",
  clock:
    "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath fill-rule='evenodd' d='M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20m0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16m1 3v4.6l3.5 2-1 1.8L11 12.8V7z'/%3E%3C/svg%3E\")",
};

export const styles = css`
  :host {
    /* Cards in a grid row take its full height (with the card's own height: 100%). */
    height: 100%;
    --_card-background: var(--mn-offer-card-background, var(--_color-background));
    --_card-background-hover: var(--mn-offer-card-background-hover, var(--_color-background-hover));
    --_card-border: var(--mn-offer-card-border-color, var(--_color-border));
    --_card-accent: var(--mn-offer-card-accent, var(--_color-action));
    --_card-radius: var(--mn-offer-card-radius, 0);
    --_card-padding: var(--mn-offer-card-padding, var(--_space-6));
    --_card-title-color: var(--mn-offer-card-title-color, var(--_color-action));
    --_card-title-size: var(--mn-offer-card-title-size, var(--_font-size-lg));
  }
  :host([compact]) {
    --_card-padding: var(--mn-offer-card-padding, var(--_space-4));
    --_card-title-size: var(--mn-offer-card-title-size, 1.125rem);
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    min-width: 0;
    padding: var(--_card-padding);
    background: var(--_card-background);
    border: 1px solid var(--_card-border);
    border-bottom: 0.25rem solid var(--_card-accent);
    border-radius: var(--_card-radius);
    transition: background-color var(--_duration);
  }
  .card:hover:has(.link) {
    background: var(--_card-background-hover);
  }
  .card > * {
    margin: 0;
  }

  .title {
    font-size: var(--_card-title-size);
    line-height: 1.4;
    font-weight: 700;
    color: var(--_card-title-color);
  }
  .link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  /* The whole card is the link's target (DSFR "enlarge link"). */
  .link::before {
    content: '';
    position: absolute;
    inset: -1px;
    z-index: 1;
  }
  .card:hover .link {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::before {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .start {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    margin-bottom: var(--_space-3);
  }
  .badges,
  .tags,
  .meta {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .badges,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .trade {
    margin: 0;
    color: var(--_color-text-mention);
    font-size: var(--_font-size-sm);
  }

  .organisation,
  .meta li {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    font-size: var(--_font-size-sm);
  }
  .organisation {
    margin-top: var(--_space-3);
    color: var(--_color-text-title);
    font-weight: 500;
  }
  .meta {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-top: var(--_space-2);
    color: var(--_color-text);
  }
  .organisation::before,
  .meta li::before {
    content: '';
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-top: 0.125rem;
    background: currentColor;
    mask: var(--_icon) center / contain no-repeat;
  }
  .organisation {
    --_icon: ${unsafeCSS(icon.building)};
  }
  .place {
    --_icon: ${unsafeCSS(icon.place)};
  }
  .salary {
    --_icon: ${unsafeCSS(icon.salary)};
  }
  .posted {
    --_icon: ${unsafeCSS(icon.calendar)};
  }
  .deadline {
    --_icon: ${unsafeCSS(icon.clock)};
  }

  .excerpt {
    margin-top: var(--_space-3);
    font-size: var(--_font-size-sm);
    color: var(--_color-text);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .tags {
    margin-top: auto;
    padding-top: var(--_space-4);
  }

  .message-card {
    gap: var(--_space-3);
    align-items: flex-start;
  }
  .message.loading {
    color: var(--_color-text-mention);
  }
  .message.error {
    color: var(--_color-error);
  }

  @media (forced-colors: active) {
    .card {
      border-bottom-color: CanvasText;
    }
    .organisation::before,
    .meta li::before {
      background: CanvasText;
    }
  }
`;
