// A wiki or intranet page's chrome copied in with its text (Confluence, SharePoint, 飞书/语雀-style pages): the row of
// page actions above the title (Edit | Watch | Share | Page history; 编辑 | 关注 | 分享 | 页面历史) and the like and
// label lines around it (Like · Be the first to like this; No labels; 赞 · 成为第一个赞同者). The words are in
// data/page-furniture.json (wikiActions, wikiStrongActions, wikiLines).
//
// Not: a sentence that mentions editing or sharing (Staff can edit, watch or share a page), nor a user guide's table
// of the menu's items (| Edit | Opens the editor |: a Markdown row, its cells more than a name), nor common actions alone
// (Edit · Share · Print: no action only a wiki page has, such as Watch or Page history).
import words from '../data/page-furniture.json';
import { alternation } from '../patterns';

const ACTION = `(?:${alternation([...words.wikiActions, ...words.wikiStrongActions])})(?:[ \\u3000]?\\(\\d{1,4}\\))?`;
const SEPARATOR = '[ \\u3000]*[|｜·•][ \\u3000]*';
const ACTION_ROW = new RegExp(`^${ACTION}(?:${SEPARATOR}${ACTION}){1,9}$`, 'i');
const STRONG_ACTION = new RegExp(`(?:^|[|｜·•][ \\u3000]*)(?:${alternation(words.wikiStrongActions)})(?=[ \\u3000]*(?:[|｜·•(]|$))`, 'i');
/** Like · Be the first to like this, No labels, 3 people like this: a line the page writes under (or above) its text. */
const WIKI_LINE = new RegExp(`^(?:(?:Like|赞|讚|点赞|點讚)${SEPARATOR})?(?:${alternation(words.wikiLines)}|\\d{1,4} (?:people|person) likes? this|\\d{1,4}[ \\u3000]?人(?:赞了|点赞|觉得很赞))$`, 'i');

/** The line (trimmed) is a wiki page's action row or one of its like or label lines. */
export function isWikiChrome(trimmed: string): boolean {
  if (trimmed.length > 120) return false;
  if (WIKI_LINE.test(trimmed)) return true;
  // Edit · Share · Print alone may be a guide's menu path: one action only a wiki page has.
  return ACTION_ROW.test(trimmed) && STRONG_ACTION.test(trimmed);
}
