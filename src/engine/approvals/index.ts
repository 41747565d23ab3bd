export { lineApproval, approvalDiscount, approvalLevel, roleOfLevel, type LineApproval } from './lineApproval';
export { quoteApproval, type QuoteApproval, type ApprovalStatus } from './quoteApproval';
export { approvalMessages, percentOneDecimal } from './messages';
