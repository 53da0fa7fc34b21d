export { exportRouter, ExportRouterOptions } from './export.router';
export { csvField, csvRecord, UTF8_BOM } from './csv';
