/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), as a character-class range:
 * they reorder the text that follows them, so that a link reading "Facturegnp.exe" once reversed can show
 * "Factureexe.png". Plain texts of the feed lose them (`normalise.ts`), and so does section text (`sanitize.ts`).
 * Right-to-left text, and the marks U+200E, U+200F and U+061C, which reorder nothing, stay.
 */
export const BIDI_CONTROLS = '\u202a-\u202e\u2066-\u2069';
