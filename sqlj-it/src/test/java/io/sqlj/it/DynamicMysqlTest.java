package io.sqlj.it;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * sqlj.optional, sqlj.sort and sqlj.embed_list (testdata/dynamic_my) run against MariaDB:
 * every combination of the filters, every ordering, groups with and without children.
 */
class DynamicMysqlTest extends DynamicContract {
    private static Connection db;

    @BeforeAll
    static void load() throws Exception {
        db = MariaDb.withSchemaOf("dynamic_my");
        seed(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Override
    Connection db() {
        return db;
    }

    @Override
    String generatedPackage() {
        return "testdata.dynamic_my";
    }
}
