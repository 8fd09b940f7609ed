DROP TABLE IF EXISTS proposed_hires;
