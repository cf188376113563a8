// Word documents (.docx) for the engine: read into text to lint with a map back into the file, and written
// back as a copy with a Word comment at each finding. Browser-safe: bytes in, bytes out, no Node API.

export { readDocx, type DocxText, type Piece } from './reader';
export { describeWordPoint, wordRange, type WordPoint, type WordRange } from './positions';
export { annotateDocx, type AnnotateOptions } from './annotate';
export { lintDocx, type DocxLintResult } from './lint';
export { DocxError } from './xml';
export type { Story } from './story';
