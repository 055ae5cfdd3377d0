// The document toolkit's public face: one render function per printable document, with its model.
export {
  CHECK_STAGE_LABELS,
  COMMITMENT_LETTER_TITLE,
  type CommitmentCheckStage,
  type CommitmentLetterMark,
  type CommitmentLetterPdfModel,
  type CommitmentLetterSigner,
  type CommittedIndicatorRow,
  renderCommitmentLetterPdf,
} from './commitment-letter-pdf';
export type { CaseDocumentBase, ServiceHallContact } from './case-document-parts';
export { CASE_RECEIPT_TITLE, type CaseReceiptItemRow, type CaseReceiptPdfModel, type HeldMaterialRow, type MaterialToSupplyRow, renderCaseReceiptPdf } from './case-receipt-pdf';
export { CASE_RESULT_NOTICE_TITLE, type CaseItemResultRow, type CaseResultNoticePdfModel, renderCaseResultNoticePdf } from './case-result-notice-pdf';
export {
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_REPORT_TITLE,
  IMPROVEMENT_ACTION_STATUS_LABELS,
  type EvaluationDimension,
  type EvaluationMetricRow,
  type EvaluationMetricValue,
  type EvaluationReportPdfModel,
  type ImprovementActionRow,
  type ImprovementActionStatus,
  renderEvaluationReportPdf,
} from './evaluation-report-pdf';
