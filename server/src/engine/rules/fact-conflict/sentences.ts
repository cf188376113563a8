/**
 * The sentence a figure stands in, as fact-conflict reads it: the marks that end a sentence or a sentence proper, and
 * how far an English sentence is read each side of a figure (moved from fact-conflict.ts).
 */
/** How far a figure's English sentence is read each side of it. */
export const SENTENCE_REACH = 400;

export const SENTENCE_END = /[。！？!?；;]|\.\s/;

/** Whether one character is a mark SENTENCE_END matches alone (。！？!?；;: its ". " needs two), by code (perf39). */
export function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
}

/** The end of a sentence proper: not a ；, after which a clause of the same sentence goes on. */
export const SENTENCE_STOP = /[。！？!?]|\.\s/;

/**
 * What ends a walk back from a figure one character at a time: SENTENCE_STOP's marks as one character can match it
 * (。！？!?; its ". " needs two), or a line break. Codes compared instead of a pattern tested on each character (perf39).
 */
export function stopsBack(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
}
