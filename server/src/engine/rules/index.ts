// The rule registry, in the order findings are produced and documented. To add a rule: copy a rule file,
// add a fixture under test/fixtures/rules/<id>/, add one line here, run `npm test` and `npm run docs`.

import type { Rule } from '../rule';
import numberingSequence from './numbering-sequence';
import numberingStyle from './numbering-style';
import numberingHierarchy from './numbering-hierarchy';
import enumerationSequence from './enumeration-sequence';
import placeholder from './placeholder';
import emptyPair from './empty-pair';
import missingValue from './missing-value';
import percentRange from './percent-range';
import percentArithmetic from './percent-arithmetic';
import amountChange from './amount-change';
import percentPoint from './percent-point';
import sumMismatch from './sum-mismatch';
import factConflict from './fact-conflict';
import unpairedMark from './unpaired-mark';
import pageFurniture from './page-furniture';
import garbledText from './garbled-text';
import conversionArtifact from './conversion-artifact';
import punctuation from './punctuation';
import duplicateText from './duplicate-text';
import repeatedWord from './repeated-word';
import crossReference from './cross-reference';
import dateValidity from './date-validity';
import staleYear from './stale-year';
import enumerationCount from './enumeration-count';
import disableComment from './disable-comment';

export const rules: readonly Rule[] = [
  numberingSequence,
  numberingStyle,
  numberingHierarchy,
  enumerationSequence,
  placeholder,
  emptyPair,
  missingValue,
  percentRange,
  percentArithmetic,
  amountChange,
  percentPoint,
  sumMismatch,
  factConflict,
  unpairedMark,
  pageFurniture,
  garbledText,
  conversionArtifact,
  punctuation,
  duplicateText,
  repeatedWord,
  crossReference,
  dateValidity,
  staleYear,
  enumerationCount,
  disableComment,
];
