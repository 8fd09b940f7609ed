package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.core.Location;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaTextTest {

    @Test
    void aLineOfTheJoinedSchemaMapsBackToItsFile() {
        SchemaText schema = SchemaText.join(
                List.of("schema/1_a.sql", "schema/2_b.sql"),
                List.of("CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);", "\nCREATE TABLE c (z BLOB);\n"));
        assertEquals(
                "CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);\n\nCREATE TABLE c (z BLOB);\n", schema.text());
        assertEquals(Optional.of(new Location("schema/1_a.sql", 2, 8)), schema.locate(2, 8));
        assertEquals(Optional.of(new Location("schema/2_b.sql", 1, 1)), schema.locate(3, 1));
        assertEquals(Optional.of(new Location("schema/2_b.sql", 2, 14)), schema.locate(4, 14));
        assertEquals(Optional.of(new Location("schema/2_b.sql", 3, 0)), schema.locate(5, 0));
    }

    @Test
    void aSchemaOfUnknownOriginLocatesNothing() {
        assertEquals(
                Optional.empty(), SchemaText.of("CREATE TABLE a (x INTEGER);").locate(1, 1));
    }
}
