import { lint, parseDocument } from '../server/src/engine';
const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI'];
const text = romans.map((r, i) => `${r}. Section ${i + 1}\nText of the section.`).join('\n');
const doc = parseDocument(text);
console.log(doc.sections.map((s) => `${s.marker.line}:${s.marker.kind}:${s.marker.value}`).join(' '));
console.log(lint(text, { locale: 'en' }).map((f) => `${f.range.start.line} ${f.ruleId} ${f.message}`));
