import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level within 1–6 (`fallback` for anything else). */
export function headingLevelOf(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? Math.round(value) : NaN;
  return n >= 1 && n <= 6 ? n : fallback;
}

export interface HeadingOptions {
  /** Its `part` (none by default). */
  part?: string;
  /** Its `class` (default: the part). */
  className?: string;
  id?: string;
  /** Focusable by script only (`tabindex="-1"`), for a heading the focus is moved to. */
  focusable?: boolean;
}

/** An `<hN>` element, `level` clamped to 1–6 (see `headingLevelOf` for levels that come from outside). */
export function heading(level: number, content: unknown, { part, className = part, id, focusable }: HeadingOptions = {}): TemplateResult {
  const tabindex = focusable ? -1 : undefined;
  // One static template per level: Lit cannot bind a tag name, and lit/static-html would cost more per render.
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 part=${ifDefined(part)} class=${ifDefined(className)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${ifDefined(part)} class=${ifDefined(className)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${ifDefined(part)} class=${ifDefined(className)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${ifDefined(part)} class=${ifDefined(className)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${ifDefined(part)} class=${ifDefined(className)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 part=${ifDefined(part)} class=${ifDefined(className)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
