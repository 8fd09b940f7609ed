package io.sqlj.engine.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a schema statement names that the private server lacks and sqlc reads anyway, made when
 * the server refuses it so the statement can run again: SQLite's {@code blob} (sqlc's PostgreSQL
 * types read it as {@code bytea}), PostgreSQL 18's {@code uuidv7()} on an older server (and the
 * pg_uuidv7 extension's {@code uuid_generate_v7()}), and the types and functions of a contrib
 * extension the schema uses without creating it (a dump of one schema, whose database got its
 * extensions elsewhere). Each answers with the warning to give once, at the
 * first statement that needed it; nothing is made for a schema that never names it.
 */
final class StandIns {
    private StandIns() {}

    /**
     * The schema that holds sqlc's names for what PostgreSQL does not have, at the end of the
     * search path: a type or function of the user's own of the same name comes first.
     */
    static final String SCHEMA = "sqlj_sqlc_types";

    /** What was made for a failure: the warning's text and which kind it is, to warn once per kind. */
    record Made(String kind, String warning) {}

    /** Contrib extensions, shipped with the private server, by the types they make. */
    private static final Map<String, String> EXTENSION_TYPES = Map.ofEntries(
            Map.entry("citext", "citext"),
            Map.entry("hstore", "hstore"),
            Map.entry("ltree", "ltree"),
            Map.entry("lquery", "ltree"),
            Map.entry("ltxtquery", "ltree"),
            Map.entry("cube", "cube"),
            Map.entry("earth", "earthdistance"),
            Map.entry("seg", "seg"),
            Map.entry("lo", "lo"),
            Map.entry("query_int", "intarray"),
            Map.entry("ean13", "isn"),
            Map.entry("isbn", "isn"),
            Map.entry("isbn13", "isn"),
            Map.entry("ismn", "isn"),
            Map.entry("ismn13", "isn"),
            Map.entry("issn", "isn"),
            Map.entry("issn13", "isn"),
            Map.entry("upc", "isn"));

    /** Contrib extensions, shipped with the private server, by the functions a schema's defaults call. */
    private static final Map<String, String> EXTENSION_FUNCTIONS = Map.ofEntries(
            Map.entry("gen_random_uuid", "pgcrypto"),
            Map.entry("gen_random_bytes", "pgcrypto"),
            Map.entry("crypt", "pgcrypto"),
            Map.entry("gen_salt", "pgcrypto"),
            Map.entry("digest", "pgcrypto"),
            Map.entry("hmac", "pgcrypto"),
            Map.entry("uuid_generate_v1", "uuid-ossp"),
            Map.entry("uuid_generate_v1mc", "uuid-ossp"),
            Map.entry("uuid_generate_v3", "uuid-ossp"),
            Map.entry("uuid_generate_v4", "uuid-ossp"),
            Map.entry("uuid_generate_v5", "uuid-ossp"),
            Map.entry("uuid_nil", "uuid-ossp"),
            Map.entry("similarity", "pg_trgm"),
            Map.entry("word_similarity", "pg_trgm"),
            Map.entry("unaccent", "unaccent"),
            Map.entry("levenshtein", "fuzzystrmatch"),
            Map.entry("soundex", "fuzzystrmatch"),
            Map.entry("metaphone", "fuzzystrmatch"),
            Map.entry("dmetaphone", "fuzzystrmatch"),
            Map.entry("ll_to_earth", "earthdistance"),
            Map.entry("earth_distance", "earthdistance"));

    /**
     * Functions that make a version 7 UUID and that the private server lacks, by where they come
     * from: PostgreSQL 18's {@code uuidv7()}, and the extension pg_uuidv7's {@code
     * uuid_generate_v7()} (not shipped with PostgreSQL).
     */
    private static final Map<String, String> UUIDV7 =
            Map.of("uuidv7", "PostgreSQL 18's", "uuid_generate_v7", "the extension pg_uuidv7's");

    private static final Pattern MISSING_FUNCTION =
            Pattern.compile("function (?:([a-z_][a-z0-9_$]*)\\.)?([a-z_][a-z0-9_$]*)\\(.*\\) does not exist");

    private static final Pattern MISSING_TYPE =
            Pattern.compile("type \"(?:([a-z_][a-z0-9_$]*)\\.)?([a-z_][a-z0-9_$]*)\" does not exist");

    /**
     * Makes what the failure names, when it is one of the stand-ins, and returns the warning; empty
     * when the failure is another, or the stand-in exists already (the statement fails for another
     * reason), or the connection is not a private server's (a transaction around the load).
     *
     * @param extensions whether a contrib extension may be created: only once no later statement
     *     of the schema can make what is missing (its own {@code CREATE EXTENSION} further down)
     */
    static Optional<Made> provide(Connection conn, ServerErrorMessage server, boolean extensions) throws SQLException {
        if (!conn.getAutoCommit() || server.getMessage() == null) {
            return Optional.empty();
        }
        String message = server.getMessage();
        String state = server.getSQLState();
        if ("42704".equals(state) && message.equals("type \"blob\" does not exist")) {
            return blob(conn);
        }
        Matcher f = MISSING_FUNCTION.matcher(message);
        boolean function = "42883".equals(state) && f.matches();
        if (function && f.group(1) == null && UUIDV7.containsKey(f.group(2))) {
            return uuidv7(conn, f.group(2));
        }
        if (!extensions) {
            return Optional.empty();
        }
        if (function
                && EXTENSION_FUNCTIONS.containsKey(f.group(2))
                && (f.group(1) != null || !f.group(2).equals("gen_random_uuid"))) {
            return extension(conn, f.group(1), f.group(2) + "()", "function", EXTENSION_FUNCTIONS.get(f.group(2)));
        }
        Matcher t = MISSING_TYPE.matcher(message);
        if ("42704".equals(state) && t.matches() && EXTENSION_TYPES.containsKey(t.group(2))) {
            return extension(conn, t.group(1), t.group(2), "type", EXTENSION_TYPES.get(t.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<Made> blob(Connection conn) throws SQLException {
        return make(
                conn,
                "SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace" + " WHERE n.nspname = '"
                        + SCHEMA + "' AND t.typname = 'blob'",
                new Made(
                        "blob",
                        "type \"blob\" is SQLite's, not PostgreSQL's; read as bytea, as sqlc reads it"
                                + " (PostgreSQL itself refuses it: write bytea to run this schema there)"),
                "CREATE DOMAIN " + SCHEMA + ".blob AS pg_catalog.bytea");
    }

    /**
     * Makes a stand-in in {@link #SCHEMA} unless {@code made} finds it, and puts the schema at the
     * end of the search path; empty when it is there already and on the path (the statement fails
     * for another reason), or the search path is empty (a pg_dump's), where an unqualified name
     * finds nothing of it.
     */
    private static Optional<Made> make(Connection conn, String made, Made warning, String... create)
            throws SQLException {
        boolean exists = exists(conn, made);
        String path = searchPath(conn);
        if (path.isEmpty() || (exists && path.contains(SCHEMA))) {
            return Optional.empty();
        }
        try (Statement s = conn.createStatement()) {
            if (!exists) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                for (String sql : create) {
                    s.execute(sql);
                }
            }
        }
        if (!path.contains(SCHEMA)) {
            try (PreparedStatement set =
                    conn.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false)")) {
                set.setString(1, path + ", " + SCHEMA);
                set.execute();
            }
        }
        return Optional.of(warning);
    }

    /**
     * PostgreSQL 18's {@code uuidv7()} and {@code uuidv7(interval)}, returning {@code uuid}, on a
     * private server older than 18, or pg_uuidv7's {@code uuid_generate_v7()} (sqlc does not check a
     * column's default, so a schema written for either generates with it). Made in {@code
     * pg_catalog}, where PostgreSQL 18 has {@code uuidv7}, so that a pg_dump's empty search path
     * finds it too; they return a random UUID: the private server never runs a query.
     */
    private static Optional<Made> uuidv7(Connection conn, String name) throws SQLException {
        int major = serverVersion(conn) / 10000;
        if ((name.equals("uuidv7") && major >= 18)
                || exists(
                        conn,
                        "SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                + " WHERE n.nspname = 'pg_catalog' AND p.proname = '" + name + "'")) {
            return Optional.empty();
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE FUNCTION pg_catalog." + name + "() RETURNS pg_catalog.uuid LANGUAGE sql VOLATILE"
                    + " AS 'SELECT pg_catalog.gen_random_uuid()'");
            s.execute("CREATE FUNCTION pg_catalog." + name + "(shift pg_catalog.interval) RETURNS pg_catalog.uuid"
                    + " LANGUAGE sql VOLATILE AS 'SELECT pg_catalog.gen_random_uuid()'");
        }
        String why = name.equals("uuidv7")
                ? "a PostgreSQL " + major + " server refuses it; engine_options: { server_version: \"18\" } in a"
                        + " sqlj.yaml describes the queries with 18"
                : "a database without that extension refuses it";
        return Optional.of(new Made(
                name,
                name + "() is " + UUIDV7.get(name) + " and the private server "
                        + (name.equals("uuidv7") ? "is " + major : "lacks it")
                        + "; read as a function returning uuid, as sqlc reads it (" + why + ")"));
    }

    /**
     * The contrib extension that makes a type the schema uses but never creates: a dump of one
     * schema ({@code pg_dump -n auth}) leaves out the {@code CREATE EXTENSION} of the database it
     * came from. Made in the schema the type is qualified with, else where {@code CREATE EXTENSION}
     * puts it.
     */
    private static Optional<Made> extension(Connection conn, String schema, String name, String kind, String extension)
            throws SQLException {
        if (!exists(
                conn,
                "SELECT 1 FROM pg_available_extensions WHERE name = '" + extension
                        + "' AND installed_version IS NULL")) {
            return Optional.empty();
        }
        if (schema == null && searchPath(conn).isEmpty()) {
            return Optional.empty();
        }
        if (schema != null && !exists(conn, "SELECT 1 FROM pg_namespace WHERE nspname = '" + schema + "'")) {
            return Optional.empty();
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE EXTENSION \"" + extension + "\"" + (schema == null ? "" : " SCHEMA \"" + schema + "\"")
                    + " CASCADE");
        }
        return Optional.of(new Made(
                "extension " + extension,
                kind + " " + (schema == null ? "" : schema + ".") + name + " is made by the extension " + extension
                        + ", which the schema never creates; created it (a database without it refuses the"
                        + " schema: add CREATE EXTENSION IF NOT EXISTS \"" + extension + "\" to it)"));
    }

    private static int serverVersion(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean exists(Connection conn, String query) throws SQLException {
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    private static String searchPath(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('search_path')")) {
            String path = rs.next() ? rs.getString(1) : "";
            return path == null || path.isBlank() || path.strip().equals("\"\"") ? "" : path;
        }
    }
}
