// A decimal whose whole part was lost: 达到.6万人, 增长.5%, 占.3个百分点 (the 1 of 1.6万 dropped in editing). Read by
// missing-value (which reports it) and punctuation (for which the point is no half-width full stop).

/** Words a figure follows, and what may come after the decimals: a unit or a percent sign. */
const BEFORE = '(?:达到|达|為|为|至|到|增长|增長|增加|下降|减少|減少|提高|降低|约|約|共|占|比|超过|超過|突破|仅|僅|实现|實現|完成|是)';
const UNIT = '(?:[%％]|个百分点|個百分點|[万萬亿億千百]|[元人个個家户戶次件项項倍吨噸亩畝辆輛台套所座名])';
/** The word, the point and the decimals, then the unit. */
const LOST_INTEGER = new RegExp(`${BEFORE}([.．]\\d{1,3})(${UNIT})`, 'g');
const WORD_BEFORE = new RegExp(`${BEFORE}$`);
const AFTER = new RegExp(`^[.．]\\d{1,3}${UNIT}`);

/** Each lost whole part of the text: where the point and its decimals are (.6 of 达到.6万人), and where its unit ends. */
export function eachLostInteger(text: string, visit: (start: number, end: number, unitEnd: number) => void): void {
  if (!text.includes('.') && !text.includes('．')) return;
  LOST_INTEGER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LOST_INTEGER.exec(text)); ) {
    const start = m.index + m[0].length - m[1].length - m[2].length;
    visit(start, start + m[1].length, m.index + m[0].length);
  }
}

/** The point at `i` starts a decimal whose whole part was lost (达到.6万人). */
export function isLostIntegerPoint(text: string, i: number): boolean {
  return WORD_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && AFTER.test(text.slice(i, i + 8));
}
