// The importer's public face: what the app, the command line and the tests use.
export { importBytes, importRows, importText, FORMAT_NAMES, type FormatId, type ImportOptions, type ImportReport, type ImportResult } from './importFile';
export { buildDataset, buildFromGroups, buildFromGroupsInSlices, findHeldClashes, findHeldClashesInSlices, type BuildResult, type Clash, type GroupOutcome, type RecordGroup } from './dataset';
export { PUBLISHED_WITHIN_DAYS, SAME_START_DAYS, sameInspection } from './sameInspection';
export { describeProblem, type ImportProblem } from './problem';
export { columnsToChoose, FIELD_LABELS, type ColumnMapping, type ColumnRole, type FieldId } from './columns';
export { toTidyCsv, TIDY_COLUMNS } from './tidyCsv';
