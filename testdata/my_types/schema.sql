-- Every MySQL type family, NOT NULL and nullable.
CREATE TABLE everything (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  flag BOOL NOT NULL,
  tiny TINYINT NOT NULL,
  tiny_u TINYINT UNSIGNED NOT NULL,
  small SMALLINT NOT NULL,
  small_u SMALLINT UNSIGNED NOT NULL,
  medium MEDIUMINT NOT NULL,
  medium_u MEDIUMINT UNSIGNED NOT NULL,
  regular INT NOT NULL,
  regular_u INT UNSIGNED NOT NULL,
  big BIGINT NOT NULL,
  big_u BIGINT UNSIGNED NOT NULL,
  amount DECIMAL(12, 4) NOT NULL,
  f4 FLOAT NOT NULL,
  f8 DOUBLE NOT NULL,
  one_bit BIT(1) NOT NULL,
  bits BIT(12) NOT NULL,
  day DATE NOT NULL,
  at_time TIME NOT NULL,
  at_local DATETIME(6) NOT NULL,
  stamp TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  yr YEAR NOT NULL,
  code CHAR(3) NOT NULL,
  label VARCHAR(50) NOT NULL,
  body TEXT NOT NULL,
  raw BINARY(3) NOT NULL,
  data VARBINARY(20) NOT NULL,
  photo BLOB NOT NULL,
  doc JSON NOT NULL,
  feeling ENUM('happy', 'so-so', 'sad') NOT NULL,
  tags SET('red', 'green', 'blue') NOT NULL,
  place POINT NOT NULL,
  maybe_int INT,
  maybe_big_u BIGINT UNSIGNED,
  maybe_amount DECIMAL(12, 4),
  maybe_flag BOOLEAN,
  maybe_text VARCHAR(20),
  maybe_data BLOB,
  maybe_day DATE,
  maybe_local DATETIME,
  maybe_doc JSON,
  maybe_feeling ENUM('happy', 'so-so', 'sad'),
  maybe_place GEOMETRY
);

CREATE TABLE owners (
  id INT NOT NULL PRIMARY KEY,
  name VARCHAR(20) NOT NULL
);

CREATE TABLE pets (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_id INT,
  name VARCHAR(20) NOT NULL
);
