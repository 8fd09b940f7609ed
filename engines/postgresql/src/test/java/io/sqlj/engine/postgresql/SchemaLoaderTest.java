package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failing schema statements are skipped: those that cannot change a type a query reads. */
class SchemaLoaderTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION f()",
                "CREATE OR REPLACE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION f()",
                "create constraint trigger t after insert on users for each row execute function f()",
                "CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f()",
                "CREATE UNIQUE INDEX i ON users (lower(email))",
                "CREATE STATISTICS s ON a, b FROM users",
                "GRANT SELECT ON users TO nhost_admin",
                "ALTER TABLE users OWNER TO postgres",
                "COMMENT ON TABLE users IS 'x'",
            })
    void skipsStatementsThatCannotChangeATypeWhenTheyFail(String statement) {
        assertTrue(SchemaLoader.typeNeutral(statement), statement);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE users (id int)",
                "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "CREATE OR REPLACE VIEW v AS SELECT 1",
                "ALTER TABLE users ADD COLUMN x int",
                "CREATE TYPE mood AS ENUM ('a')",
            })
    void reportsStatementsThatCanChangeATypeWhenTheyFail(String statement) {
        assertFalse(SchemaLoader.typeNeutral(statement), statement);
    }
}
