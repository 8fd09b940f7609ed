DROP TABLE IF EXISTS report_views;

