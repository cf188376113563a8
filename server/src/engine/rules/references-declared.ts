// The appendices a draft declares in its own prose, when it heads and lists none of them: "The panel's terms of
// reference are attached as Appendix A and the list of witnesses as Appendix B." · "Appendix A contains the BMS alarm
// log and Appendix B the engineer's report." Read only when such a draft refers to an appendix, annex or attachment
// (rules/cross-reference.ts): "A full breakdown is provided in Appendix C." then points past what it says it has.
//
// Declared: the labels of a sentence that says they are attached (attached, enclosed, appended as/at Appendix A;
// Appendices A and B are attached), or that opens with one and names what two or more hold (Appendix A contains …
// and Appendix B …). Not a sentence that says its list is open (among others, including, such as, for example), nor
// another document's (Appendix C of the 2025 report, attached to the minutes of …). Fewer than two labels declared in
// all say nothing of how many there are ("A copy of the policy is attached as Appendix A." and "see Appendix B").

import type { ReportDocument } from '../model/document';
import type { AppendixWord } from '../model/targets';

const WORDS: Record<string, AppendixWord> = { appendix: 'appendix', appendices: 'appendix', annex: 'annex', annexes: 'annex', attachment: 'attachment', attachments: 'attachment' };
const LABEL = /\b(Appendix|Appendices|Annex|Annexes|Attachment|Attachments)[ ]+((?:[A-Z]|\d{1,2})(?:(?:[ ]*,[ ]*|[ ]+(?:and|to)[ ]+|[ ]*[–-][ ]*)(?:[A-Z]|\d{1,2}))*)(?![\w-])/g;
/** attached as Appendix A, enclosed at Annex 2, Appendices A and B are attached, appended to this report as Annex 1. */
const ATTACHED = /\b(?:attached|enclosed|appended|annexed)[ ]+(?:(?:to|with)[ ]+(?:this|the[ ]+present)[ ]+[a-z]+[ ]+)?(?:as|at|in)[ ]+(?:Appendix|Appendices|Annex|Annexes|Attachment|Attachments)\b|\b(?:Appendix|Appendices|Annex|Annexes|Attachment|Attachments)[ ]+[^.;:!?]{0,30}?\b(?:is|are)[ ]+(?:attached|enclosed|appended)\b/;
/** Appendix A contains …: a sentence that opens with the label and says what it holds. */
const HOLDS = /^(?:Appendix|Annex|Attachment)[ ]+(?:[A-Z]|\d{1,2})[ ]+(?:contains|sets[ ]out|lists|gives|provides|holds|includes|shows|summari[sz]es|records)\b/;
/** An open list: what it names are some of the appendices. */
const OPEN = /\b(?:among[ ]+others|amongst[ ]+others|including|includes?|such[ ]+as|for[ ]+example|for[ ]+instance|e\.g\.|etc\.?|inter[ ]+alia)\b/i;
const OPEN_SUBJECT = /\b(Appendix|Appendices|Annex|Annexes|Attachment|Attachments)\b/gi;
/** Another document's: Appendix C of the 2025 report, attached to the minutes of the last meeting. */
const OTHERS_AFTER = /^[ ]+(?:of|to|in|from)[ ]+(?!this\b|these\b|the[ ]+present\b)/;
const ATTACHED_ELSEWHERE = /\b(?:attached|appended|enclosed)[ ]+to[ ]+(?!this\b|these\b|the[ ]+present\b)/;

/** Sentences of a paragraph: split at a full stop, question mark or semicolon before a space. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])[ \n]+(?=[A-Z*_(])/);
}

function numberOf(label: string): number {
  return /^[A-Z]$/.test(label) ? label.charCodeAt(0) - 64 : Number(label);
}

/** The highest label of each series the draft declares in prose, when it declares two or more in all. */
export function declaredAppendices(doc: ReportDocument): Map<AppendixWord, number> {
  const last = new Map<AppendixWord, number>();
  const seen = new Map<AppendixWord, Set<number>>();
  const open = new Set<AppendixWord>();
  for (const p of doc.paragraphs) {
    if (p.tableHeader || !/Appendi|Annex|Attachment/.test(p.text)) continue;
    for (const raw of sentences(p.text)) {
      const s = raw.replace(/\s+/g, ' ').replace(/^[*_]+/, '').trim();
      // The appendices include, among others, …: the draft says its list is open — none of it is the whole.
      if (OPEN.test(s) && OPEN_SUBJECT.test(s)) {
        OPEN_SUBJECT.lastIndex = 0;
        for (let m = OPEN_SUBJECT.exec(s); m; m = OPEN_SUBJECT.exec(s)) open.add(WORDS[m[1].toLowerCase()]);
        continue;
      }
      if (OPEN.test(s) || ATTACHED_ELSEWHERE.test(s)) continue;
      const attached = ATTACHED.test(s);
      const holds = !attached && HOLDS.test(s);
      if (!attached && !holds) continue;
      const found: { word: AppendixWord; n: number }[] = [];
      let other = false;
      LABEL.lastIndex = 0;
      for (let m = LABEL.exec(s); m; m = LABEL.exec(s)) {
        if (OTHERS_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20))) {
          other = true;
          break;
        }
        const word = WORDS[m[1].toLowerCase()];
        const members = m[2].split(/[ ]*(?:,|and|to|–|-)[ ]*/).filter(Boolean).map(numberOf);
        // Appendices A to D: every one of the range.
        if (/[ ](?:to)[ ]|[–-]/.test(m[2]) && members.length === 2) for (let n = members[0]; n <= members[1]; n++) found.push({ word, n });
        else for (const n of members) found.push({ word, n });
      }
      if (other || found.length === 0) continue;
      // Appendix A contains … : only a sentence naming what two or more hold lists them.
      if (holds && found.length < 2) continue;
      for (const { word, n } of found) {
        last.set(word, Math.max(last.get(word) ?? 0, n));
        if (!seen.has(word)) seen.set(word, new Set());
        seen.get(word)!.add(n);
      }
    }
  }
  for (const [word, labels] of seen) if (labels.size < 2 || open.has(word)) last.delete(word);
  return last;
}
