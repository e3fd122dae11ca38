// export/: item and evidence serialisations (CSV, WARC). Pure.
export { csvField, csvLine } from './csv.ts';
export { base32, httpResponseBlock, recordId, warcRecord, type WarcRecordInput } from './warc.ts';
