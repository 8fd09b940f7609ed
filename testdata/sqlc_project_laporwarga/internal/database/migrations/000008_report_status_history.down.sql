DROP TABLE IF EXISTS report_status_history;

