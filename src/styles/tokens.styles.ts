import { css } from 'lit';

/**
 * Design tokens. Every `--mn-*` custom property can be set by the host page.
 * Its default falls back to the matching DSFR variable when the page uses the
 * State design system (so DSFR pages match, light or dark), then to a DSFR-like
 * value. Those plain values use `light-dark()`, so they follow the page's
 * `color-scheme`: a page that declares `color-scheme: dark` (or `light dark`
 * for a user in dark mode) gets the dark palette.
 *
 * Inside shadow roots, use the private `--_*` aliases declared here.
 */
export const tokens = css`
  :host {
    --_color-text: var(--mn-color-text, var(--text-default-grey, light-dark(#3a3a3a, #cecece)));
    --_color-text-title: var(--mn-color-text-title, var(--text-title-grey, light-dark(#161616, #eeeeee)));
    --_color-text-mention: var(--mn-color-text-mention, var(--text-mention-grey, light-dark(#666666, #929292)));
    --_color-background: var(--mn-color-background, var(--background-default-grey, light-dark(#ffffff, #161616)));
    --_color-background-alt: var(--mn-color-background-alt, var(--background-alt-grey, light-dark(#f6f6f6, #1e1e1e)));
    --_color-background-hover: var(
      --mn-color-background-hover,
      var(--background-default-grey-hover, light-dark(#f6f6f6, #343434))
    );
    --_color-background-contrast: var(
      --mn-color-background-contrast,
      var(--background-contrast-grey, light-dark(#eeeeee, #242424))
    );
    --_color-border: var(--mn-color-border, var(--border-default-grey, light-dark(#dddddd, #353535)));
    --_color-border-plain: var(--mn-color-border-plain, var(--border-plain-grey, light-dark(#3a3a3a, #cecece)));
    --_color-action: var(--mn-color-action, var(--text-action-high-blue-france, light-dark(#000091, #8585f6)));
    --_color-action-background: var(
      --mn-color-action-background,
      var(--background-action-high-blue-france, light-dark(#000091, #8585f6))
    );
    --_color-action-background-hover: var(
      --mn-color-action-background-hover,
      var(--background-action-high-blue-france-hover, light-dark(#1212ff, #b1b1f9))
    );
    --_color-on-action: var(--mn-color-on-action, var(--text-inverted-blue-france, light-dark(#f5f5fe, #000091)));
    --_color-action-low: var(
      --mn-color-action-low,
      var(--background-action-low-blue-france, light-dark(#e3e3fd, #1b1b35))
    );
    /* Action-coloured text on a tint (a chip on --_color-action-low, a button on its hover background).
       Dark, the action blue is lightened: #8585f6 on a page's #2f2f50 reads at 4.07:1 only, mixed with
       30 % white 5.95:1. Light, it is the action colour itself. */
    --_color-action-on-tint: light-dark(var(--_color-action), color-mix(in srgb, var(--_color-action) 70%, #ffffff));
    --_color-info: var(--mn-color-info, var(--text-default-info, light-dark(#0063cb, #518fff)));
    --_color-info-background: var(--mn-color-info-background, var(--background-contrast-info, light-dark(#e8edff, #222a3f)));
    --_color-success: var(--mn-color-success, var(--text-default-success, light-dark(#18753c, #27a658)));
    --_color-success-background: var(
      --mn-color-success-background,
      var(--background-contrast-success, light-dark(#b8fec9, #19271d))
    );
    --_color-warning: var(--mn-color-warning, var(--text-default-warning, light-dark(#b34000, #fc5d00)));
    --_color-warning-background: var(
      --mn-color-warning-background,
      var(--background-contrast-warning, light-dark(#ffe9e6, #361e19))
    );
    --_color-error: var(--mn-color-error, var(--text-default-error, light-dark(#ce0500, #ff5655)));
    --_color-error-background: var(
      --mn-color-error-background,
      var(--background-contrast-error, light-dark(#ffe9e9, #391c1c))
    );
    --_color-focus: var(--mn-color-focus, var(--focus, light-dark(#0a76f6, #0a76f6)));
    --_radius: var(--mn-radius, 0.25rem);
    --_space-1: var(--mn-space-1, 0.25rem);
    --_space-2: var(--mn-space-2, 0.5rem);
    --_space-3: var(--mn-space-3, 0.75rem);
    --_space-4: var(--mn-space-4, 1rem);
    --_space-6: var(--mn-space-6, 1.5rem);
    --_space-8: var(--mn-space-8, 2rem);
    --_font-family: var(--mn-font-family, inherit);
    --_font-size: var(--mn-font-size, 1rem);
    --_font-size-sm: var(--mn-font-size-sm, 0.875rem);
    --_font-size-xs: var(--mn-font-size-xs, 0.75rem);
    --_font-size-lg: var(--mn-font-size-lg, 1.25rem);
    --_font-size-xl: var(--mn-font-size-xl, 1.5rem);
    --_line-height: var(--mn-line-height, 1.5);
    --_duration: var(--mn-duration, 0.15s);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;
