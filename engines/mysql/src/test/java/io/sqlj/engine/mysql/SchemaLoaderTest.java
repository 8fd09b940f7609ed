package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaLoaderTest {

    static List<String> split(String schema) {
        return SchemaLoader.statements(schema).stream()
                .map(r -> schema.substring(r[0], r[1]))
                .toList();
    }

    @Test
    void splitsAtSemicolonsOutsideStringsParenthesesAndRoutineBodies() {
        assertEquals(
                List.of("CREATE TABLE t (a INT, b VARCHAR(3) DEFAULT ';')", "INSERT INTO t VALUES (1, 'x')"),
                split("CREATE TABLE t (a INT, b VARCHAR(3) DEFAULT ';');\nINSERT INTO t VALUES (1, 'x');\n"));
        String procedure = """
        CREATE PROCEDURE p(a INT)
        BEGIN
          IF a > 0 THEN INSERT INTO t VALUES (a); END IF;
          SELECT CASE WHEN a = 1 THEN 'one' ELSE 'many' END;
        END""";
        assertEquals(List.of(procedure, "CREATE TABLE u (c INT)"), split(procedure + ";\nCREATE TABLE u (c INT);"));
    }
}
