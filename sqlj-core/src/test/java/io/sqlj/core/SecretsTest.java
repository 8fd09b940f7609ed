package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgres://app:s3cret@db.example.com:5432/shop | postgres://app:****@db.example.com:5432/shop",
                "postgresql://app:p@ss@localhost/shop | postgresql://app:****@localhost/shop",
                "postgres://:onlypw@host/db | postgres://:****@host/db",
                "jdbc:postgresql://host/db?user=app&password=s3cret&ssl=true | jdbc:postgresql://host/db?user=app&password=****&ssl=true",
                "jdbc:sqlserver://host;user=app;password=s3cret;db=x | jdbc:sqlserver://host;user=app;password=****;db=x",
                "host=db user=app password='s e c' dbname=shop | host=db user=app password=**** dbname=shop",
                "PWD=abc | PWD=****",
                "password='unclosed quote, then more | password=****",
                "Password = s3cret; next | Password = ****; next",
                "xpassword=visible&password=hidden | xpassword=visible&password=****",
                "app:s3cret@tcp(localhost:3306)/shop | app:****@tcp(localhost:3306)/shop",
                "cannot connect to mysql://root:hunter2@10.0.0.1/x: refused | cannot connect to mysql://root:****@10.0.0.1/x: refused",
                // issue 12, item 3: the secret holds what the old pattern stopped at
                "postgres://app:s3cr3t pass@host/db | postgres://app:****@host/db",
                "'postgres://app:it''s\tx@host/db' | 'postgres://app:****@host/db'",
                "postgres://app:a/b?c#d\"e@host/db | postgres://app:****@host/db",
                "postgres://app:p+q%40r@host/db | postgres://app:****@host/db",
                "undefined environment variable \"HOST\" in \"postgres://app:s3cr3t pass@${HOST}/db\" | undefined environment variable \"HOST\" in \"postgres://app:****@${HOST}/db\"",
                "x postgres://a:b@h1 and postgres://c:d@h2/db | x postgres://a:****@h2/db",
            })
    void masksPasswords(String raw, String masked) {
        assertEquals(masked, Secrets.mask(raw));
        assertEquals(masked, Secrets.mask(masked), "masking twice changes nothing");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
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
    void aSecretEndsAtTheLastAtSignOfItsLine() {
        assertEquals(
                "postgres://app:****@host/db\nmail me@example.com",
                Secrets.mask("postgres://app:pw@host/db\nmail me@example.com"));
    }

    /**
     * Issue 12, item 10: a 10 MB data_type took minutes; every shape of input is linear now. What
     * is asserted is the growth, not a time: eight times the text may cost at most 40 times the work
     * (linear is 8, quadratic 64), measured as this thread's CPU time, which other processes on the
     * machine do not move (the times themselves are only printed). Both texts are megabytes, so
     * that both are read from memory rather than the cache and each time is the mean of calls that
     * fill 20 ms (1.25 against 10 million characters, one call each, grew x35 once: a call under
     * 1 ms read as 1 ms, against 35).
     */
    @Test
    void masksMegabytesInLinearTime() {
        java.util.List<java.util.function.IntFunction<String>> shapes = java.util.List.of(
                n -> "a".repeat(n),
                n -> "a://".repeat(n / 4),
                n -> "a://b:".repeat(n / 6) + "@",
                n -> "a:".repeat(n / 2) + "@",
                n -> "password=".repeat(n / 9),
                n -> "x://\n".repeat(n / 5),
                n -> "password='".repeat(n / 10));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (java.util.function.IntFunction<String> shape : shapes) {
            String small = shape.apply(2_500_000);
            String large = shape.apply(20_000_000);
            // compiled, and the heap's pages for the large text's copies touched, before it is
            // measured; then the least of three runs of each, so that a run the collector or the
            // kernel interrupts does not make the growth
            Secrets.mask(small);
            Secrets.mask(large);
            long[] nanos = {Long.MAX_VALUE, Long.MAX_VALUE};
            String[] texts = {small, large};
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 2; i++) {
                    // the mean of as many calls as fill 20 ms of CPU: a call of a fraction of a
                    // millisecond is not read as the clock's tick
                    long start = cpu.getCurrentThreadCpuTime();
                    long spent;
                    int calls = 0;
                    do {
                        Secrets.mask(texts[i]);
                        calls++;
                        spent = cpu.getCurrentThreadCpuTime() - start;
                    } while (spent < 20_000_000 && calls < 1_000);
                    nanos[i] = Math.min(nanos[i], Math.max(spent / calls, 1));
                }
            }
            double growth = (double) nanos[1] / nanos[0];
            System.out.printf(
                    "Secrets.mask %s...: %d us for %d chars, %d us for %d (x%.1f)%n",
                    small.substring(0, 12).replace("\n", "\\n"),
                    nanos[0] / 1_000,
                    small.length(),
                    nanos[1] / 1_000,
                    large.length(),
                    growth);
            assertTrue(growth < 40, () -> small.substring(0, 12) + "... grows x" + growth + " for x8 the text");
        }
    }

    @Test
    void everyDiagnosticIsMasked() {
        Diagnostic d = Diagnostic.error("sqlj.yaml", 4, 10, "cannot reach postgres://u:topsecret@h/db");
        assertEquals("sqlj.yaml:4:10: error: cannot reach postgres://u:****@h/db", d.format());
    }
}
