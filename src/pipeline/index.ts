// pipeline/: one orchestrator per use case; the one place where the stages meet.
export { importBytes, importFile, feedOfFile, type FileImportResult } from './import-file.ts';
export { listImportFiles } from './list-files.ts';
export { exportCsv, exportJsonl, exportWarc, type ExportFormat } from './export-items.ts';
