-- Every type the DuckDB engine maps, once nullable and once NOT NULL, plus nested types that
-- queries reach into (a STRUCT's field, a MAP's value) without returning them whole.
CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');

CREATE SEQUENCE value_ids START 1;

CREATE TABLE every_value (
  id             BIGINT PRIMARY KEY DEFAULT nextval('value_ids'),
  c_boolean      BOOLEAN,
  c_tinyint      TINYINT,
  c_smallint     SMALLINT,
  c_integer      INTEGER,
  c_bigint       BIGINT,
  c_utinyint     UTINYINT,
  c_usmallint    USMALLINT,
  c_uinteger     UINTEGER,
  c_ubigint      UBIGINT,
  c_hugeint      HUGEINT,
  c_uhugeint     UHUGEINT,
  c_float        FLOAT,
  c_double       DOUBLE,
  c_dec_4_1      DECIMAL(4, 1),
  c_dec_18_3     DECIMAL(18, 3),
  c_dec_38_10    DECIMAL(38, 10),
  c_varchar      VARCHAR,
  c_json         JSON,
  c_blob         BLOB,
  c_date         DATE,
  c_time         TIME,
  c_timestamp    TIMESTAMP,
  c_timestamp_s  TIMESTAMP_S,
  c_timestamp_ms TIMESTAMP_MS,
  c_timestamp_ns TIMESTAMP_NS,
  c_timestamptz  TIMESTAMPTZ,
  c_timetz       TIMETZ,
  c_uuid         UUID,
  c_interval     INTERVAL,
  c_bit          BIT,
  c_bignum       BIGNUM,
  c_mood         mood,
  c_int_list     INTEGER[],
  c_text_list    VARCHAR[],
  c_uuid_list    UUID[],
  c_date_list    DATE[],
  c_mood_list    mood[],
  c_int_array    INTEGER[3],
  c_struct       STRUCT(n INTEGER, label VARCHAR),
  c_map          MAP(VARCHAR, INTEGER)
);

CREATE TABLE required_value (
  id             BIGINT PRIMARY KEY,
  c_boolean      BOOLEAN NOT NULL,
  c_smallint     SMALLINT NOT NULL,
  c_uinteger     UINTEGER NOT NULL,
  c_ubigint      UBIGINT NOT NULL,
  c_hugeint      HUGEINT NOT NULL,
  c_uhugeint     UHUGEINT NOT NULL,
  c_float        FLOAT NOT NULL,
  c_decimal      DECIMAL(38, 10) NOT NULL,
  c_varchar      VARCHAR NOT NULL,
  c_blob         BLOB NOT NULL,
  c_timestamptz  TIMESTAMPTZ NOT NULL,
  c_timestamp_ns TIMESTAMP_NS NOT NULL,
  c_uuid         UUID NOT NULL,
  c_interval     INTERVAL NOT NULL,
  c_mood         mood NOT NULL,
  c_int_list     INTEGER[] NOT NULL
);
