CREATE TABLE sales (
  id     INT NOT NULL PRIMARY KEY,
  region VARCHAR(20) NOT NULL,
  year   INT NOT NULL,
  amount INT NOT NULL
);
