// export/: item and evidence serialisations (CSV, WARC). Pure.
export { csvField, csvLine } from './csv.ts';
export { base32, httpResponseBlock, recordId, warcRecord, type WarcRecordInput } from './warc.ts';
export { screeningCsv } from './screening-csv.ts';
export { screeningHtml } from './screening-html.ts';
