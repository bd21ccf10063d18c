/** Packs and saves larger than this are refused before they are read: 1 MB. */
export const MAX_FILE_BYTES = 1_000_000;
/** Deeper nesting than any real pack needs; deeper data is refused before anything walks it. */
export const MAX_DEPTH = 24;
