// The importer's public face: what the app, the command line and the tests use.
export {
  importBytes,
  importRows,
  importText,
  FORMAT_NAMES,
  type FormatId,
  type ImportNote,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
  type UnrecognisedValue,
  type UnusedColumn,
  type ValueMeaning,
} from './importFile';
export { valueKey } from './values';
export { tableOfColumn } from './unusedColumns';
export { hasNoProblems } from './noProblems';
export {
  buildDataset,
  buildFromGroups,
  buildFromGroupsInSlices,
  findHeldClashes,
  findHeldClashesInSlices,
  type BuildResult,
  type Clash,
  type GroupOutcome,
  type RecordGroup,
} from './dataset';
export { PUBLISHED_WITHIN_DAYS, SAME_START_DAYS, sameInspection } from './sameInspection';
export { describeProblem, type ImportProblem } from './problem';
export { isUnknownAuthorityProblem } from './rowValues';
export {
  columnsToChoose,
  FIELD_LABELS,
  measureFromHeading,
  type ColumnMapping,
  type ColumnRole,
  type FieldId,
} from './columns';
export { toTidyCsv, TIDY_COLUMNS } from './tidyCsv';
export { fileProblem } from './problem';
export { importSheet, importSpreadsheet, isSpreadsheetName, type Sheet } from './spreadsheet';
export { writeCsv, type CsvCell } from './csvWriter';
export { neutraliseFormula } from './formulaGuard';
export { readProviderSeries, type ProviderSeries } from './providerSeries';
export {
  inspectionDecoder,
  packInspections,
  packInspectionsInSlices,
  packedBuffers,
  packedProblem,
  unpackInspectionsInSlices,
  type PackedColumnName,
  type PackedInspections,
} from './inspectionCodec';
export { readAuthorityList, type AuthorityList } from './authorityList';
export { fromJsonResult, toJsonResult, type JsonResult, type PackedResult } from './packedResult';
export { importBytesPacked } from './chunkedImport';
