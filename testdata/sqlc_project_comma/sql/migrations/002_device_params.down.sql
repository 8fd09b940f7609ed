DROP TABLE IF EXISTS device_params;
