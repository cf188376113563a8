/** The README text with each relative picture as a data: URI (see package-readme.mjs). */
export function inlinePictures(readme: string, readFile?: (file: string) => Buffer): string;
export const PACKAGED_README: string;
