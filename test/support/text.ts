/** Text as a visitor reads it: runs of white space (line breaks of templates included) as one space, trimmed. */
export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of `node` as a visitor reads it (see {@link collapse}); '' without a node. */
export const textOf = (node: Node | null | undefined): string => collapse(node?.textContent);
