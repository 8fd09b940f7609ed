-- name: InsertValue :execlastid
INSERT INTO every_value (c_boolean, c_tinyint, c_smallint, c_integer, c_bigint, c_utinyint, c_usmallint,
  c_uinteger, c_ubigint, c_hugeint, c_uhugeint, c_float, c_double, c_dec_4_1, c_dec_18_3, c_dec_38_10,
  c_varchar, c_json, c_blob, c_date, c_time, c_timestamp, c_timestamp_s, c_timestamp_ms, c_timestamp_ns,
  c_timestamptz, c_timetz, c_uuid, c_interval, c_bit, c_bignum, c_mood, c_int_list, c_text_list,
  c_uuid_list, c_date_list, c_mood_list)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
  ?, ?, ?);

-- name: InsertLiterals :exec
-- Values of every type written by DuckDB itself, so that reads see more than what Java bound.
INSERT INTO every_value (c_boolean, c_tinyint, c_smallint, c_integer, c_bigint, c_utinyint, c_usmallint,
  c_uinteger, c_ubigint, c_hugeint, c_uhugeint, c_float, c_double, c_dec_4_1, c_dec_18_3, c_dec_38_10,
  c_varchar, c_json, c_blob, c_date, c_time, c_timestamp, c_timestamp_s, c_timestamp_ms, c_timestamp_ns,
  c_timestamptz, c_timetz, c_uuid, c_interval, c_bit, c_bignum, c_mood, c_int_list, c_text_list,
  c_uuid_list, c_date_list, c_mood_list, c_int_array, c_struct, c_map)
VALUES (false, -128, -32768, -2147483648, -9223372036854775808, 255, 65535, 4294967295,
  18446744073709551615, -170141183460469231731687303715884105728, 340282366920938463463374607431768211455,
  -3.5, 1e308, -999.9, 999999999999999.999, -9999999999999999999999999999.9999999999,
  'ü€😀', '{"a": [1, null]}', '\x00\xFF'::BLOB, DATE '0001-01-01', TIME '23:59:59.999999',
  TIMESTAMP '2262-04-11 23:47:16.854775', TIMESTAMP_S '1970-01-01 00:00:01', TIMESTAMP_MS '1999-12-31 23:59:59.999',
  TIMESTAMP_NS '2024-01-02 03:04:05.123456789', TIMESTAMPTZ '2024-06-30 23:59:59.5+05:30', TIMETZ '12:34:56+14:00',
  'ffffffff-ffff-ffff-ffff-ffffffffffff', INTERVAL '1 year 2 months 3 days 04:05:06.789', '101'::BIT,
  '123456789012345678901234567890123456789012345678901234567890'::BIGNUM, 'ok',
  [1, NULL, 3], ['a', NULL], ['00000000-0000-0000-0000-000000000002'], [DATE '2024-02-29'], ['sad', 'happy'],
  [1, 2, 3], {'n': 7, 'label': 'seven'}, MAP {'k': 1});

-- name: GetValue :one
SELECT * EXCLUDE (c_int_array, c_struct, c_map) FROM every_value WHERE id = ?;

-- name: ListValues :many
SELECT * EXCLUDE (c_int_array, c_struct, c_map) FROM every_value ORDER BY id;

-- name: FindByEachKey :many
SELECT id FROM every_value
WHERE c_hugeint = ? OR c_ubigint = ? OR c_uhugeint = ? OR c_uuid = ? OR c_timestamptz = ?
   OR c_timestamp_ns = ? OR c_interval = ? OR c_mood = ? OR c_blob = ? OR c_dec_38_10 = ? OR c_bit = ?
   OR c_timetz = ? OR c_bignum = ? OR c_date = ? OR c_time = ?
ORDER BY id;

-- name: FindByUuids :many
SELECT id, c_uuid FROM every_value WHERE c_uuid IN (sqlj.slice(uuids)) ORDER BY id;

-- name: FindByMoods :many
SELECT id, c_mood FROM every_value WHERE c_mood IN (sqlj.slice(moods)) ORDER BY id;

-- name: FindByListElement :many
SELECT id, c_int_list, c_text_list FROM every_value WHERE list_contains(c_int_list, @n) ORDER BY id;

-- name: SetLists :execrows
UPDATE every_value SET c_int_list = @ints, c_text_list = @texts, c_uuid_list = @uuids, c_date_list = @dates,
  c_mood_list = @moods
WHERE id = @id;

-- name: NestedParts :many
-- A STRUCT's field, a MAP's value, a fixed-size ARRAY's element and length: mapped types out of nested ones.
SELECT id, c_struct.n AS struct_n, c_struct.label AS struct_label, c_map['k'] AS map_k,
  c_int_array[1] AS first_of_array, len(c_int_list) AS list_length, c_int_array AS int_array
FROM every_value ORDER BY id;

-- name: SetNested :exec
UPDATE every_value SET c_struct = {'n': CAST(@n AS INTEGER), 'label': CAST(@label AS VARCHAR)},
  c_map = MAP {CAST(@key AS VARCHAR): CAST(@n AS INTEGER)}, c_int_array = [CAST(@n AS INTEGER), @n, @n]
WHERE id = @id;

-- name: Aggregates :one
-- Over no row every aggregate but count is NULL.
SELECT count(*) AS n, min(c_hugeint) AS min_hugeint, max(c_uhugeint) AS max_uhugeint, sum(c_ubigint) AS sum_ubigint,
  avg(c_dec_18_3) AS avg_dec, max(c_timestamptz) AS last_tz, min(c_uuid) AS min_uuid, max(c_interval) AS max_interval,
  min(c_mood) AS min_mood, max(c_timestamp_ns) AS last_ns, bit_or(c_integer) AS any_bits, list(c_varchar) AS all_texts
FROM every_value WHERE c_varchar = @text;

-- name: Casts :one
-- Parameters typed by a CAST, returned as they came.
SELECT CAST(@h AS HUGEINT) AS h, CAST(@uh AS UHUGEINT) AS uh, CAST(@i AS INTERVAL) AS i,
  CAST(@tz AS TIMESTAMPTZ) AS tz, CAST(@u AS UUID) AS u, CAST(@d AS DECIMAL(4, 1)) AS d,
  CAST(@b AS BLOB) AS b, CAST(@ns AS TIMESTAMP_NS) AS ns, CAST(@bit AS BIT) AS bit, CAST(@j AS JSON) AS j;

-- name: InsertRequired :exec
INSERT INTO required_value VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: GetRequired :one
SELECT * FROM required_value WHERE id = ?;

-- name: RequiredOuterJoined :many
-- Every required_value column is nullable here: the LEFT JOIN may find no row.
SELECT e.id, r.c_boolean, r.c_smallint, r.c_uinteger, r.c_ubigint, r.c_hugeint, r.c_uhugeint, r.c_float,
  r.c_decimal, r.c_varchar, r.c_blob, r.c_timestamptz, r.c_timestamp_ns, r.c_uuid, r.c_interval, r.c_mood,
  r.c_int_list
FROM every_value e LEFT JOIN required_value r ON r.id = e.id
ORDER BY e.id;

-- name: DeleteValue :execrows
DELETE FROM every_value WHERE id = ?;
