// The importer's public face: what the app, the command line and the tests use.
export { importBytes, importRows, importText, FORMAT_NAMES, type FormatId, type ImportOptions, type ImportReport, type ImportResult } from './importFile';
export { buildDataset, buildFromGroups, buildFromGroupsInSlices, findHeldDuplicates, findHeldDuplicatesInSlices, type BuildResult, type RecordGroup } from './dataset';
export { describeProblem, type ImportProblem } from './problem';
export { isUnknownAuthorityProblem } from './rowValues';
export { columnsToChoose, FIELD_LABELS, type ColumnMapping, type ColumnRole, type FieldId } from './columns';
export { toTidyCsv, TIDY_COLUMNS } from './tidyCsv';
