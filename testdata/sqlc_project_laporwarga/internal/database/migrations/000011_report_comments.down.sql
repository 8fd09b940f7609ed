DROP TABLE IF EXISTS report_comments;

