/** Parameters interpolated into a message. */
export type MessageParams = Record<string, string | number>;
/** A message: a string with `{name}` placeholders, or a function of the parameters. */
export type Message = string | ((params: MessageParams) => string);
/** The languages the elements speak. French first. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
