-- Released files (公开的政府信息): files the office delivers with the 答复书. They are case attachments
-- marked `released`; an applicant who chose 网上获取 downloads them, with the 答复书, from the tracking
-- page (docs/decisions/021-applicant-downloads.md). Attachments the applicant or the counter supplied
-- (身份证明 and the like) stay unreleased and are never offered for download.
ALTER TABLE case_attachments ADD COLUMN released boolean NOT NULL DEFAULT false;

COMMENT ON COLUMN case_attachments.released IS
  'true for 公开的政府信息 delivered with the reply (downloadable by the applicant when delivered online)';
