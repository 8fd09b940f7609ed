package io.sqlj.engine.sdk;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.ParseRequest;

/** Where a session's schema comes from: schema text, a live database, or nothing. */
public sealed interface SchemaSource {

    /** The schema files' text, joined. */
    record Sql(String text) implements SchemaSource {}

    /** A live database to read, never to change. */
    record Database(ConnectionParams params) implements SchemaSource {}

    /** The request named no schema. */
    record None() implements SchemaSource {}

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
