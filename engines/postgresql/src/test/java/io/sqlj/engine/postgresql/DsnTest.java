package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12, item 3: passwords with any character, and URIs that must not connect elsewhere. */
class DsnTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgres://app:s3cr3t pass@db.example.com/shop | s3cr3t pass | jdbc:postgresql://db.example.com/shop",
                "postgres://app:p@ss@db.example.com:6543/shop | p@ss | jdbc:postgresql://db.example.com:6543/shop",
                "postgres://app:p?ss@db/shop | p?ss | jdbc:postgresql://db/shop",
                "postgresql://app:a+b@db/shop | a+b | jdbc:postgresql://db/shop",
                "postgres://app:a/b@db/shop | a/b | jdbc:postgresql://db/shop",
                "postgres://app:p#w@db/shop | p#w | jdbc:postgresql://db/shop",
                "postgres://app:a%2Fb%3Fc%40d%20e%25@db/shop | a/b?c@d e% | jdbc:postgresql://db/shop",
                "postgres://app:p:w@[::1]:5433/shop | p:w | jdbc:postgresql://[::1]:5433/shop",
                "postgres://app:%C3%A9t%C3%A9@h1:5432,h2:5433/shop | été | jdbc:postgresql://h1:5432,h2:5433/shop",
            })
    void readsThePasswordWhateverItHolds(String uri, String password, String url) {
        Dsn.Target target = Dsn.parse(uri);
        assertEquals(password, target.properties().getProperty("password"));
        assertEquals("app", target.properties().getProperty("user"));
        assertEquals(url, target.url());
        assertFalse(target.display().contains(password), target.display());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgres://app:a/b@db/shop?x=me@h | a/b | percent-encode",
                "postgres://app:pw@real/db?application_name=me@myhost | pw | percent-encode",
                "postgres://app:pw@/shop | pw | no host",
                "postgres://app:pw@ | pw | no host",
                "postgres://app:50%zz@db/shop | 50%zz | two hex digits",
                "postgres://app:pw@db:99999/shop | pw | not a host",
                "postgres://app:pw@db name/shop | pw | not a host",
                "mysql://app:pw@db/shop | pw | expected a postgres://",
                "postgres://app:pw@db/shop?sslmode | pw | key=value",
            })
    void refusesWhatItCannotReadAndNeverShowsThePassword(String uri, String password, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dsn.parse(uri));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains(password), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgres://db/shop?sslmode=disable&application_name=a+b%26c | sslmode=disable | application_name=a+b&c",
            })
    void readsParametersWithoutTurningPlusIntoSpace(String uri, String first, String second) {
        Dsn.Target target = Dsn.parse(uri);
        for (String pair : new String[] {first, second}) {
            String[] kv = pair.split("=", 2);
            assertEquals(kv[1], target.properties().getProperty(kv[0]));
        }
        assertEquals("jdbc:postgresql://db/shop", target.url());
    }
}
