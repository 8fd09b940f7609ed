package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "postgres://app:s3cret@db.example.com:5432/shop | postgres://app:****@db.example.com:5432/shop",
    "postgresql://app:p@ss@localhost/shop | postgresql://app:****@localhost/shop",
    "postgres://:onlypw@host/db | postgres://:****@host/db",
    "jdbc:postgresql://host/db?user=app&password=s3cret&ssl=true | jdbc:postgresql://host/db?user=app&password=****&ssl=true",
    "jdbc:sqlserver://host;user=app;password=s3cret;db=x | jdbc:sqlserver://host;user=app;password=****;db=x",
    "host=db user=app password='s e c' dbname=shop | host=db user=app password=**** dbname=shop",
    "PWD=abc | PWD=****",
    "app:s3cret@tcp(localhost:3306)/shop | app:****@tcp(localhost:3306)/shop",
    "cannot connect to mysql://root:hunter2@10.0.0.1/x: refused | cannot connect to mysql://root:****@10.0.0.1/x: refused",
  })
  void masksPasswords(String raw, String masked) {
    assertEquals(masked, Secrets.mask(raw));
    assertEquals(masked, Secrets.mask(masked), "masking twice changes nothing");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "postgres://app@db.example.com/shop",
    "queries.sql:12:8: error: column \"nme\" does not exist",
    "sqlite:///tmp/x.db",
    "see https://sqlj.io/docs/errors.md#engine for help",
    "a time like 12:30 and an address like a@b.c",
  })
  void leavesTextWithoutPasswordsAlone(String text) {
    assertEquals(text, Secrets.mask(text));
  }

  @Test
  void everyDiagnosticIsMasked() {
    Diagnostic d = Diagnostic.error("sqlj.yaml", 4, 10, "cannot reach postgres://u:topsecret@h/db");
    assertEquals("sqlj.yaml:4:10: error: cannot reach postgres://u:****@h/db", d.format());
  }
}
