/** Text as a visitor reads it: runs of white space (line breaks of templates included) as one space, trimmed. */
export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of `node` as a visitor reads it (see {@link collapse}); '' without a node. */
export const textOf = (node: Node | null | undefined): string => collapse(node?.textContent);

/** The language `node` is read in: the `lang` of the nearest element at or above it, across shadow roots. */
export function langOf(node: Element): string | null {
  for (let el: Element | null = node; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    if (el.hasAttribute('lang')) return el.getAttribute('lang');
  }
  return null;
}
