DROP TABLE IF EXISTS report_votes;

