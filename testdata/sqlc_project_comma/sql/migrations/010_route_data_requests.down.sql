DROP INDEX IF EXISTS idx_route_data_requests_status;
DROP INDEX IF EXISTS idx_route_data_requests_route_id;
DROP TABLE IF EXISTS route_data_requests;
