package io.sqlj.engine.sdk;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.ParseRequest;

/** Where a session's schema comes from: schema text, a live database, or nothing. */
public sealed interface SchemaSource {

    // equals and hashCode are written out, as a record's own would compute them: a record's are
    // linked by invokedynamic on their first call, ~8 ms of a cold engine's CPU at the end of every
    // parse-batch, where the request's schema is compared with the session's (docs/performance.md §1av).

    /** The schema files' text, joined. */
    record Sql(String text) implements SchemaSource {
        @Override
        public boolean equals(Object other) {
            return other instanceof Sql sql && text.equals(sql.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    /** A live database to read, never to change. */
    record Database(ConnectionParams params) implements SchemaSource {
        @Override
        public boolean equals(Object other) {
            return other instanceof Database db && params.equals(db.params);
        }

        @Override
        public int hashCode() {
            return params.hashCode();
        }
    }

    /** The request named no schema. */
    record None() implements SchemaSource {
        @Override
        public boolean equals(Object other) {
            return other instanceof None;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    static SchemaSource of(ParseRequest request) {
        return switch (request.getSchemaSourceCase()) {
            case SCHEMA_SQL -> new Sql(request.getSchemaSql());
            case CONNECTION_PARAMS -> new Database(request.getConnectionParams());
            default -> new None();
        };
    }

    static SchemaSource of(BatchParseRequest request) {
        return switch (request.getSchemaSourceCase()) {
            case SCHEMA_SQL -> new Sql(request.getSchemaSql());
            case CONNECTION_PARAMS -> new Database(request.getConnectionParams());
            default -> new None();
        };
    }
}
