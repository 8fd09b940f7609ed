package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.QueryDecl;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.EnumType;
import io.sqlj.engine.v1.ParseResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, item 10: an engine cannot hang sqlj or flood its messages with one huge field. */
class FieldLimitsTest {

    private static final QueryDecl DECL =
            new QueryDecl("GetAuthor", Command.ONE, "SELECT name FROM authors", List.of(), "q.sql", 4, 5);
    private static final SchemaText SCHEMA =
            SchemaText.join(List.of("s.sql"), List.of("CREATE TABLE authors (name TEXT);"));

    private static List<String> check(ParseResponse response) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> ResponseCheck.check("mydb", DECL, response, SCHEMA).stream()
                        .map(Diagnostic::format)
                        .toList());
    }

    private static ParseResponse.Builder answer() {
        return ParseResponse.newBuilder().setSql("SELECT name FROM authors");
    }

    @Test
    void aTenMegabyteDataTypeIsOneClearError() {
        ParseResponse response = answer().addColumns(
                        Column.newBuilder().setName("name").setDataType("x".repeat(10 << 20)))
                .build();
        assertEquals(
                List.of("q.sql:4:1: error: engine \"mydb\" sent columns[1].data_type of 10485760 characters; the limit"
                        + " is 4096 for query \"GetAuthor\"; the answer was not used"),
                check(response));
    }

    @Test
    void everyFieldIsBoundedTheCatalogIncluded() {
        ParseResponse labels = answer().addColumns(Column.newBuilder()
                        .setName("n")
                        .setDataType("mood")
                        .addAllEnumLabels(java.util.Collections.nCopies(10_001, "a")))
                .build();
        assertEquals(
                List.of("q.sql:4:1: error: engine \"mydb\" sent columns[1].enum_labels with 10001 items; the limit"
                        + " is 10000 for query \"GetAuthor\"; the answer was not used"),
                check(labels));
        ParseResponse catalog = answer().setCatalog(Catalog.newBuilder()
                        .addEnums(EnumType.newBuilder().setName("mood").addLabels("y".repeat(5000))))
                .build();
        assertEquals(
                List.of("q.sql:4:1: error: engine \"mydb\" sent catalog.enums[1].labels[1] of 5000 characters;"
                        + " the limit is 4096 for query \"GetAuthor\"; the answer was not used"),
                check(catalog));
        ParseResponse message = answer().addDiagnostics(
                        io.sqlj.engine.v1.Diagnostic.newBuilder().setMessage("m".repeat(20_000)))
                .build();
        assertEquals(
                List.of("q.sql:4:1: error: engine \"mydb\" sent diagnostics[1].message of 20000 characters;"
                        + " the limit is 16384 for query \"GetAuthor\"; the answer was not used"),
                check(message));
    }

    @Test
    void ordinaryAnswersPass() {
        ParseResponse response = answer().addColumns(
                        Column.newBuilder().setName("name").setDataType("TEXT").setJdbcType("VARCHAR"))
                .setSql("SELECT " + "name, ".repeat(100_000) + "name FROM authors")
                .build();
        assertEquals(FieldLimits.SQL, Math.max(FieldLimits.SQL, 16 * DECL.text().length()));
        assertEquals(
                List.of(),
                check(response).stream().filter(m -> m.contains("limit")).toList());
    }

    /** An answer small enough to skip the walk ({@link FieldLimits#SMALL}) is one no field of which can be over. */
    @Test
    void theLimitHoldsRightAtTheSizeBelowWhichNothingIsWalked() {
        for (String unit : List.of("x", "\u00e9", "\u20ac", "\ud83d\ude00")) {
            for (int n = FieldLimits.TEXT - 40; n <= FieldLimits.TEXT + 40; n++) {
                String type = unit.repeat(n);
                ParseResponse response = answer().addColumns(
                                Column.newBuilder().setName("name").setDataType(type))
                        .build();
                List<String> found = check(response);
                if (type.length() > FieldLimits.TEXT) {
                    assertEquals(
                            List.of(
                                    "q.sql:4:1: error: engine \"mydb\" sent columns[1].data_type of " + type.length()
                                            + " characters; the limit is 4096 for query \"GetAuthor\"; the answer was not used"),
                            found,
                            unit + " x " + n);
                } else {
                    assertEquals(List.of(), found, unit + " x " + n);
                }
            }
        }
        ParseResponse items = answer().addColumns(Column.newBuilder()
                        .setName("n")
                        .setDataType("mood")
                        .addAllEnumLabels(java.util.Collections.nCopies(FieldLimits.ITEMS + 1, "")))
                .build();
        assertEquals(
                List.of("q.sql:4:1: error: engine \"mydb\" sent columns[1].enum_labels with 10001 items; the limit"
                        + " is 10000 for query \"GetAuthor\"; the answer was not used"),
                check(items));
    }
}
