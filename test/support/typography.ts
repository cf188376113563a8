// Chinese typesetting of the tool's own messages (see test/unit/typography.test.ts).

const FULL_WIDTH = '，。、；：？！“”‘’（）《》【】〔〕…—';
/**
 * What a finding quotes from the draft (inside “…”) is the writer's text, not the message's; so is a mark the
 * message names right after its name (右括号) is a half-width bracket from the draft).
 */
export const withoutQuoted = (message: string) => message.replace(/“[^“”]*”/g, '“”').replace(/号[()[\]"']/g, '号');

export function typographyProblems(message: string): string[] {
  const text = withoutQuoted(message);
  const problems: string[] = [];
  if (new RegExp(` [${FULL_WIDTH}]|[${FULL_WIDTH}] `).test(text)) problems.push('ASCII space beside a full-width mark');
  if (/\p{sc=Han} +[A-Za-z0-9{]|[A-Za-z0-9}%] +\p{sc=Han}/u.test(text)) problems.push('space between Chinese and a digit or Latin letter');
  if (/\p{sc=Han}[,;:!?]|[,;:!?]\p{sc=Han}/u.test(text)) problems.push('half-width punctuation beside Chinese');
  if (/\p{sc=Han}\(|\)\p{sc=Han}/u.test(text)) problems.push('half-width bracket beside Chinese');
  return problems;
}

