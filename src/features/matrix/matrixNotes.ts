// The notes every matrix figure carries, whichever way round its rows and columns are.
export const COMMON_MATRIX_NOTES: readonly string[] = [
  'Adequate (inspections to 2012), Requires improvement (2013 to 2017) and Requires improvement to be good (ILACS, from 2018) are different grades on different frameworks: each cell keeps its own framework’s word.',
  'Care leavers have been judged as an area of their own only since January 2023, so earlier inspections show it as Not judged.',
  'Not judged (white, dashed border) means the inspection recorded the area as not judged: the reason shows on hover, is read out by screen readers, and is written out in the Table tab. A dash on grey stripes means the inspection made no judgement of that area at all.',
];
