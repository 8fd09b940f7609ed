package io.sqlj.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFolderTest {

    /** Shuffles the names, orders them as a folder listing would be, and returns the names. */
    private static List<String> applied(String... names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(Path.of("db", name));
        }
        Collections.reverse(files);
        return SchemaFolder.applied(files).stream()
                .map(p -> p.getFileName().toString())
                .toList();
    }

    @Test
    void flywayVersionsAreNumericWithRepeatablesLastAndUndoLeftOut() {
        assertEquals(
                List.of(
                        "V1__a.sql",
                        "V1.1__b.sql",
                        "V1_2__c.sql",
                        "V2__d.sql",
                        "V10__e.sql",
                        "R__a_view.sql",
                        "R__b_view.sql"),
                applied(
                        "R__a_view.sql",
                        "R__b_view.sql",
                        "U10__e.sql",
                        "U2__d.sql",
                        "V10__e.sql",
                        "V1.1__b.sql",
                        "V1_2__c.sql",
                        "V1__a.sql",
                        "V2__d.sql"));
    }

    @Test
    void flywayVersionOneEqualsOnePointZero() {
        assertEquals(
                List.of("V1.0__b.sql", "V1__a.sql", "V1.0.1__c.sql"),
                applied("V1.0.1__c.sql", "V1__a.sql", "V1.0__b.sql"));
    }

    @Test
    void golangMigrateUpFilesInNumericOrderWithoutDowns() {
        assertEquals(
                List.of("1_init.up.sql", "2_add.up.sql", "10_rename.up.sql"),
                applied(
                        "10_rename.down.sql",
                        "10_rename.up.sql",
                        "1_init.down.sql",
                        "1_init.up.sql",
                        "2_add.down.sql",
                        "2_add.up.sql"));
        assertEquals(
                List.of("000001_init.up.sql", "000002_add.up.sql", "000010_rename.up.sql"),
                applied("000010_rename.up.sql", "000002_add.down.sql", "000002_add.up.sql", "000001_init.up.sql"));
    }

    @Test
    void gooseAndDbmateNumbersAndTimestampsAreNumeric() {
        assertEquals(
                List.of("00001_init.sql", "2_add.sql", "00010_rename.sql", "20240101120000_hybrid.sql"),
                applied("20240101120000_hybrid.sql", "00010_rename.sql", "2_add.sql", "00001_init.sql"));
        assertEquals(
                List.of("20230101000000_a.sql", "20240101120000_b.sql", "20240101120001_c.sql"),
                applied("20240101120001_c.sql", "20230101000000_a.sql", "20240101120000_b.sql"));
    }

    @Test
    void plainNamesKeepNameOrderAfterVersionedFiles() {
        assertEquals(
                List.of("a.sql", "b_tables.sql", "schema.sql", "v2.sql"),
                applied("v2.sql", "schema.sql", "b_tables.sql", "a.sql"));
        assertEquals(
                List.of("1_init.sql", "2_add.sql", "R__views.sql", "seed.sql"),
                applied("seed.sql", "R__views.sql", "2_add.sql", "1_init.sql"));
    }

    @Test
    void sameVersionIsOrderedByName() {
        assertEquals(List.of("1_a.sql", "V1__b.sql"), applied("V1__b.sql", "1_a.sql"));
    }

    @Test
    void onlyDownScriptsLeaveNothing() {
        assertEquals(List.of(), applied("1_init.down.sql", "U1__init.sql"));
    }
}
