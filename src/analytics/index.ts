// The analytics in one import: pure functions over typed records, no React and no DOM.
export { gradeDistribution } from './gradeDistribution';
export type { GradeDistribution } from './gradeDistribution';
export { tallyOnScale } from './gradeRows';
export type { GradeRow, GradeTally } from './gradeRows';
export { scaleOf, scaleOfFramework } from './scaleOf';
export { authorityInspections } from './timeline';
export type { TimelineEntry } from './timeline';
export { compareInspections } from './change';
export type { AreaChange, AreaChangeKind, GradeCountChange, InspectionComparison } from './change';
export { latestAsAt } from './latestAsAt';
export {
  defaultAsAt,
  earliestIlacsDate,
  ilacsSources,
  latestIlacsDate,
  marchOnOrAfter,
  quickPickYears,
} from './asAtDates';
export type { QuickPickOptions } from './asAtDates';
export type { LatestAsAtOptions, LatestInspection, LatestJudgements } from './latestAsAt';
export { areaDistributions, ENGLAND, groupOf, outcomeFor, REGION_NOT_RECORDED } from './areaDistributions';
export type { AreaDistribution, AreaGrouping } from './areaDistributions';
export { positionAgainst } from './position';
export type { AreaPosition, AuthorityPosition, ComparatorGrade, ComparatorStanding } from './position';
export { measuresOverTime } from './measures';
export type { MeasurePoint, MeasureSeries } from './measures';
export { strandAsAt } from './strandAsAt';
export type { StrandPosition } from './strandAsAt';
export { eachThirtyFirstMarch, yearlyShares } from './yearlyShares';
export type { SharePoint } from './yearlyShares';
export {
  inRegion,
  locatedIn,
  ofType,
  PROVIDER_GRADES,
  providerGradeCount,
  provisionTypes,
  sectorSplit,
} from './providerCounts';
export type { ProviderGradeCount } from './providerCounts';
export {
  afterInadequate,
  dataReachesTo,
  daysBetween,
  isGoodOrBetter,
  journeysOf,
  median,
  outcomeLabel,
  strandHistories,
  transitionsOf,
} from './journeys';
export type {
  AfterInadequate,
  Journey,
  JourneyStatus,
  StepOutcome,
  StrandHistory,
  StrandStep,
  Transition,
} from './journeys';
export {
  inadequateSummary,
  matches as matchesJourneyFilter,
  STEP_OUTCOMES,
  transitionCounts,
} from './transitionCounts';
export type { InadequateSummary, JourneyFilter, TransitionCounts, TransitionRow } from './transitionCounts';
export {
  countedRule,
  JOURNEY_RULE,
  moveRule,
  NO_OVERALL_GRADE_RULE,
  SAME_LEVEL_RULE,
  successorNote,
  TIMING_RULE,
} from './journeyNotes';
