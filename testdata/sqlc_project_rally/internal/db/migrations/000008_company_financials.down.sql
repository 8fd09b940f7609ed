DROP TABLE IF EXISTS company_financials;
