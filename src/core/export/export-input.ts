// What every export format is built from: one analysed version of one document, the one record (core/report).
import type { PageReport } from '../report/page-report';

export type ExportInput = PageReport;
