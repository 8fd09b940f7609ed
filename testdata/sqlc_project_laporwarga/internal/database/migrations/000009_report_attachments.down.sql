DROP TABLE IF EXISTS report_attachments;

