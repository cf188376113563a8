// "412 pupils in 6 schools, of whom 187 took part": the count right before "of whom" counts the places the people
// counted before it are in; "of whom" names people, so its parts are of the people, not of the places.

/** "412 pupils in ", "1,118 people across ": a count of people, then the word that places them in what is counted next. */
const IN_PLACES_BEFORE = /\d[\d,]*\s+(?:[A-Za-z][A-Za-z'’-]*\s+){1,3}(?:in|at|across|from)\s+$/;

/** Whether the figure at `offset` is the count of the places an earlier count is in (the text before it says so). */
export function placesOfEarlierCount(text: string, offset: number): boolean {
  return IN_PLACES_BEFORE.test(text.slice(Math.max(0, offset - 60), offset));
}
