ALTER TABLE users DROP COLUMN otp;
ALTER TABLE users DROP COLUMN otp_expires_at;
