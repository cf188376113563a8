/**
 * 详见附件3, "set out in Appendix C" in a draft that has no annex at all: no 附件 note after the body (附件：1.… 2.…),
 * no annex headed in it (附件2, 附表1 项目明细表, Appendix A: Method), no section of them (八、附件, ## Appendices), no
 * appendices its prose declares, no word of them (本报告附件包括…, 附件略, 另附, 附件1列出了…) — and that does not call
 * itself an excerpt (节选, 摘录: its annexes may be left out).
 * A label past the first (附件3, Appendix C) implies a list of annexes the draft should carry (GB/T 9704 puts the
 * 附件说明 after the body); a lone 附件1 or Appendix A may be a paper sent with it, and is left alone.
 */

import type { ReportDocument } from '../model/document';

/** A line that heads or opens the draft's annexes: 附件：, 附件 1, 八、附件, ## Appendices, Annex A, Schedule of appendices. */
const ANNEX_LINE =
  /^(?:#{1,6}[ \t]*)?(?:[一二三四五六七八九十]{1,3}[、.．][ \t]*|\d{1,2}[.．、][ \t]*)?(?:附[ \t]*件(?:[ \t]*\d{1,2}|[ \t]*[：:]|(?:清单|目录|目錄|说明|說明)|$)|附[表图圖录錄][ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[：:]|$)|(?:appendix|appendices|annex|annexes|attachments?|enclosures?|schedules?)\b(?![ \t]+(?:[A-Z]|\d{1,2})[ \t]+(?:of|to|in|and|is|are|was|sets|lists|gives|shows)\b))/i;
/**
 * What the text says of attachments it has or leaves out: 本报告附件包括…, 附件另行报送, 附件略, 另附, 附后; and an
 * attachment described in a sentence that opens with its label (附件1列出了…，附件2为…): the draft knows of its annexes.
 */
const ATTACHMENTS_SAID =
  /附[ 　]?件(?:包括|包含|共|另行|另附|单独|單獨|随后|隨後|略|从略|從略|[（(]略[）)])|另附|随文附|隨文附|附后|附後|附[ 　]?件[ 　]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:列出|列明|为|為|是|汇总|匯總|包括|载明|載明|反映)/u;
const EXCERPT = /节选|節選|摘录|摘錄|摘编|摘編|摘抄|\b(?:excerpts?|extracts?)\b/i;
const EXCERPT_LINES = 5;

/** Whether the draft has no annex, attachment or appendix of any kind, nor says it is an excerpt. */
export function hasNoAnnexes(doc: ReportDocument): boolean {
  const targets = doc.targets;
  if (targets.attachments.length > 0 || targets.appendices.length > 0) return false;
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue;
    const text = line.prose.trim().replace(/^\*\*|^[*_]/, '');
    if (ANNEX_LINE.test(text)) return false;
    if (line.index < EXCERPT_LINES && EXCERPT.test(line.prose)) return false;
  }
  return !doc.paragraphs.some((p) => p.text.includes('附') && ATTACHMENTS_SAID.test(p.text));
}
