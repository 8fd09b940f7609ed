CREATE TABLE authors (
  id      INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name    VARCHAR(100) NOT NULL,
  mood    ENUM('calm', 'curious') NOT NULL,
  active  TINYINT(1) NOT NULL DEFAULT 1
);
