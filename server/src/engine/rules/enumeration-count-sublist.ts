/**
 * A count that belongs to one item of a list, not to the list: "one recommendation with two parts, the first of which
 * has three elements:", "three workstreams, each of which has four actions:", 提出两项要求，其中第一项包括三个方面：,
 * 每项包括三个方面： — the items after the colon are the parts (or the list of the first part sits under it); the later
 * count announces none of them.
 */

/** Before an English count: "the first of which has", "each of which includes", "the second of them with". */
const EN_SUB_LIST_BEFORE =
  /\b(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|latter|former|one|each|every\s+one|two|both|all|some)\s+of\s+(?:which|these|them|those|whom)|each|every\s+one)\s+(?:(?:also|in\s+turn|itself|themselves)\s+)?(?:has|have|had|having|contains?|containing|includes?|including|comprises?|comprising|covers?|covering|sets?\s+out|consists?\s+of|consisting\s+of|is\s+made\s+up\s+of|are\s+made\s+up\s+of|(?:is|are)\s+(?:split|divided|broken\s+down)\s+into|with)\s+$/i;
/** An earlier count of a noun in the same sentence (two parts, three workstreams): the sub-list's count is of its items. */
const EN_EARLIER_COUNT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1\d)\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+\b/i;

/** An English count at `at` qualified as a sub-list of an item named before it in its sentence. */
export function subListCountEn(text: string, at: number): boolean {
  const low = Math.max(0, at - 200);
  const before = text.slice(low, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '));
  const sentence = before.slice(stop + 1);
  const m = EN_SUB_LIST_BEFORE.exec(sentence);
  return m !== null && EN_EARLIER_COUNT.test(sentence.slice(0, m.index));
}

/** Before a Chinese count: 其中第一项包括, 其中第二条又分为, 每项包括, 各项均含, 每个方面都有. */
const ZH_SUB_LIST_BEFORE =
  /(?:(?:其中)?第[一二三四五六七八九十\d]{1,3}(?:项|項|条|條|点|點|个|個|部分|方面|类|類)|(?:其中)?每(?:一)?(?:项|項|条|條|个|個|点|點|部分|方面|类|類)|(?:其中)?各(?:项|項|条|條|部分|方面|类|類))\p{sc=Han}{0,4}?(?:又|还|還|均|都|也|分别|分別)?(?:包括|包含|含有|含|有|分为|分為|涉及|下设|下設|细分为|細分為|由)(?:以下)?$/u;
/** An earlier count in the sentence (两项要求, 两个部分). */
const ZH_EARLIER_COUNT = /(?:[一两兩二三四五六七八九十]|\d{1,2})\s?(?:个|個|项|項|条|條|点|點|类|類|部分|方面)/u;

/** A Chinese count at `at` qualified as a sub-list of one item (其中第一项包括三个方面：). */
export function subListCountZh(text: string, at: number): boolean {
  const low = Math.max(0, at - 80);
  const before = text.slice(low, at);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('：'), before.lastIndexOf(':'));
  const sentence = before.slice(stop + 1);
  const clauseStart = Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','));
  const m = ZH_SUB_LIST_BEFORE.exec(sentence.slice(clauseStart + 1));
  return m !== null && ZH_EARLIER_COUNT.test(sentence.slice(0, clauseStart + 1 + m.index));
}

/** ", the first of which has three elements" closing a clause: the sub-list's count, after the list's own. */
const EN_SUB_LIST_TAIL =
  /,\s*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|latter|former|one|each|every\s+one|two|both|all|some)\s+of\s+(?:which|these|them|those|whom)|each|every\s+one)\s+(?:(?:also|in\s+turn|itself|themselves)\s+)?(?:has|have|had|having|contains?|containing|includes?|including|comprises?|comprising|covers?|covering|sets?\s+out|consists?\s+of|consisting\s+of|(?:is|are)\s+made\s+up\s+of|(?:is|are)\s+(?:split|divided|broken\s+down)\s+into|with)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1\d)\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+\s*$/i;

/** A clause before a colon without the sub-list count that closes it ("four recommendations, the first of which has two parts"). */
export function withoutSubListTail(body: string): string {
  return body.replace(EN_SUB_LIST_TAIL, '');
}
