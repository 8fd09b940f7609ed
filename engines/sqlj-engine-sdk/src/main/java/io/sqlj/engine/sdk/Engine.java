package io.sqlj.engine.sdk;

import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.Optional;

/**
 * A dialect: what {@link EngineMain} needs to answer {@code info}, {@code parse} and
 * {@code parse-batch}. A session loads the schema once and then resolves any number of queries.
 *
 * <p>Problems in the user's SQL (schema included) belong in the responses' diagnostics. An
 * exception thrown from here is a failure of the engine: EngineMain prints one line on stderr
 * and exits 1.
 */
public interface Engine {

    /** Name, version, protocol version and features; EngineMain adds the feature "batch". */
    EngineInfo info();

    /**
     * Starts, on a thread of the engine's own, work every session needs that no request decides
     * (loading a driver or a native library, opening an empty database), and returns at once.
     * EngineMain calls it when the process starts, before the request is read: sqlj starts a bundled
     * engine while it still reads the query files, so this work is done by the time the request
     * comes. {@link #open} must work whether or not it was called, and must wait for what it
     * started. By default nothing.
     */
    default void prepare() {}

    /**
     * Under {@code parse-batch}, called on the main thread with the schema source as soon as it has
     * arrived, before the first request (whose options open the session) is there: sqlj sends the
     * schema when the engine starts and the requests as it splits the query files
     * (docs/performance.md §1ap). An engine whose session does not depend on the options may load
     * the schema now; the {@link #open} that follows gets the schema source as it stands at the
     * first request, which a client may have sent again since, so it must compare the two and load
     * again when they differ. Must not throw: a failure here is reported by {@code open} the usual
     * way. By default nothing.
     */
    default void schemaArrived(SchemaSource schema) {}

    /** Opens a session against the schema; called once per process for {@code parse-batch}. */
    Session open(SchemaSource schema) throws Exception;

    /**
     * Opens a session with the block's {@code engine_options} (the same in every request of a
     * batch), for engines whose session depends on them (the PostgreSQL engine's
     * {@code server_version}); by default ignores them.
     */
    default Session open(SchemaSource schema, java.util.Map<String, String> options) throws Exception {
        return open(schema);
    }

    /** Queries resolved against one loaded schema. */
    interface Session extends AutoCloseable {
        ParseResponse parse(ParseRequest request) throws Exception;

        /**
         * The answers to a batch's requests, in their order, each exactly what {@link #parse}
         * gives for it ({@link EngineMain#answer}: a query too deep for the stack is reported on
         * itself). By default one after the other; an engine may answer them side by side (the
         * PostgreSQL engine on several connections to its server).
         *
         * <p>Under {@code parse-batch} the session is opened as soon as the schema and the first
         * request have arrived, and {@code requests} fills while sqlj still sends the rest
         * (docs/engine-authors.md, "Reading the batch as it arrives"): iterating it, or {@code
         * get(i)} in order, hands out each request as soon as it is there, so this default
         * answers them while they arrive; {@code size()} waits for the last one (an engine that
         * needs the count first still works, it only starts answering later);
         * {@link EngineMain#arrives} asks whether request {@code i} exists without waiting for the
         * rest. When the request turns out to be unreadable half-way, the list throws; let it
         * through (EngineMain reports the request, not the engine, as broken).
         */
        default java.util.List<ParseResponse> parseAll(java.util.List<ParseRequest> requests) throws Exception {
            java.util.List<ParseResponse> answers = new java.util.ArrayList<>();
            for (ParseRequest request : requests) {
                answers.add(EngineMain.answer(this, request));
            }
            return answers;
        }

        /**
         * The schema's tables and enums, reported once per process (on the batch response, or on
         * each single response); empty when the engine cannot tell. Called after every parse.
         */
        default Optional<Catalog> catalog() throws Exception {
            return Optional.empty();
        }

        /** Releases the session's database; narrower than AutoCloseable's, so it cannot be interrupted. */
        @Override
        default void close() throws java.io.IOException, java.sql.SQLException {}
    }
}
