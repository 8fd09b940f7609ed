package io.sqlj.core.engine;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.config.SqlBlock;
import io.sqlj.core.config.VetRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Encodes a block's {@code BatchParseRequest} straight into protobuf's wire format, one query at a
 * time: no message objects, which in the fresh JVM of a run cost more than reading and splitting
 * the query files (docs/performance.md §1r). What the engine's session needs comes first: the
 * schema ({@code schema_sql} or {@code connection_params}) and the sqlj version ({@link #header}),
 * then the requests (field 1) one by one as the query files are split, so that an engine reading
 * its stdin field by field (the SDK's does) loads the schema and resolves the first queries while
 * sqlj still splits the rest (docs/performance.md §1y; docs/protocol.md). Protobuf lets the fields
 * come in any order; the message is the one protobuf's builders make (BatchRequestsTest: the same
 * message, and the same bytes as the builders' header followed by each request's field).
 */
final class BatchRequests {

    // BatchParseRequest
    private static final int REQUESTS = 1;
    private static final int SCHEMA_SQL = 2;
    private static final int CONNECTION_PARAMS = 3;
    private static final int SQLJ_VERSION = 4;
    // ParseRequest
    private static final int SQL = 1;
    private static final int QUERY = 4;
    private static final int OPTIONS = 5;
    private static final int EXPLAIN = 7;
    // QueryInfo
    private static final int NAME = 1;
    private static final int COMMAND = 2;
    private static final int FILE = 3;
    private static final int LINE = 4;
    // a map entry, and ConnectionParams
    private static final int KEY = 1;
    private static final int VALUE = 2;
    private static final int DSN = 1;

    private final Map<String, String> options;
    private final boolean explain;
    /** The options as encoded once (each request repeats them), or empty. */
    private final byte[] encodedOptions;

    /** For the queries of {@code block}: its engine options and whether the engine explains them. */
    BatchRequests(SqlBlock block) {
        this.options = block.engineOptions();
        this.explain = VetRule.needsExplain(block);
        this.encodedOptions = encodeOptions(options);
    }

    /** The whole request: {@link #header}, then every query's field. */
    byte[] encode(List<QueryDecl> queries, SqlBlock block, String schemaSql, String sqljVersion) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(header(block, schemaSql, sqljVersion));
        for (QueryDecl decl : queries) {
            out.writeBytes(query(decl));
        }
        return out.toByteArray();
    }

    /** The {@code requests} field (tag, length, ParseRequest) of one query. */
    byte[] query(QueryDecl decl) {
        int infoSize = stringSize(NAME, decl.name())
                + stringSize(COMMAND, decl.command().keyword())
                + stringSize(FILE, decl.file())
                + (decl.textLine() != 0 ? CodedOutputStream.computeInt32Size(LINE, decl.textLine()) : 0);
        int requestSize = stringSize(SQL, decl.text())
                + CodedOutputStream.computeTagSize(QUERY)
                + CodedOutputStream.computeUInt32SizeNoTag(infoSize)
                + infoSize
                + encodedOptions.length
                + (explain ? CodedOutputStream.computeBoolSize(EXPLAIN, true) : 0);
        byte[] bytes = new byte
                [CodedOutputStream.computeTagSize(REQUESTS)
                        + CodedOutputStream.computeUInt32SizeNoTag(requestSize)
                        + requestSize];
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            out.writeTag(REQUESTS, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(requestSize);
            writeString(out, SQL, decl.text());
            out.writeTag(QUERY, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(infoSize);
            writeString(out, NAME, decl.name());
            writeString(out, COMMAND, decl.command().keyword());
            writeString(out, FILE, decl.file());
            if (decl.textLine() != 0) {
                out.writeInt32(LINE, decl.textLine());
            }
            out.writeRawBytes(encodedOptions);
            if (explain) {
                out.writeBool(EXPLAIN, true);
            }
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an array of the computed size: cannot happen
        }
        return bytes;
    }

    /**
     * What comes before the requests: the schema (a {@code schema_sql}, even an empty one, or the
     * block's {@code database} as {@code connection_params}) and the sqlj version.
     */
    static byte[] header(SqlBlock block, String schemaSql, String sqljVersion) {
        int size;
        int dsnSize = 0;
        if (block.database().isPresent()) {
            dsnSize = stringSize(DSN, block.database().get());
            size = CodedOutputStream.computeTagSize(CONNECTION_PARAMS)
                    + CodedOutputStream.computeUInt32SizeNoTag(dsnSize)
                    + dsnSize;
        } else {
            size = CodedOutputStream.computeStringSize(SCHEMA_SQL, schemaSql); // a oneof: written even when empty
        }
        size += stringSize(SQLJ_VERSION, sqljVersion);
        byte[] bytes = new byte[size];
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            if (block.database().isPresent()) {
                out.writeTag(CONNECTION_PARAMS, WireFormat.WIRETYPE_LENGTH_DELIMITED);
                out.writeUInt32NoTag(dsnSize);
                writeString(out, DSN, block.database().get());
            } else {
                out.writeString(SCHEMA_SQL, schemaSql);
            }
            writeString(out, SQLJ_VERSION, sqljVersion);
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** The {@code options} map's entries, in the map's order, as protobuf writes a map field. */
    private static byte[] encodeOptions(Map<String, String> options) {
        if (options.isEmpty()) {
            return new byte[0];
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            for (Map.Entry<String, String> e : options.entrySet()) {
                // a map entry writes its key and value even when empty
                int entrySize = CodedOutputStream.computeStringSize(KEY, e.getKey())
                        + CodedOutputStream.computeStringSize(VALUE, e.getValue());
                out.writeTag(OPTIONS, WireFormat.WIRETYPE_LENGTH_DELIMITED);
                out.writeUInt32NoTag(entrySize);
                out.writeString(KEY, e.getKey());
                out.writeString(VALUE, e.getValue());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The size of a proto3 string field: nothing when empty. */
    private static int stringSize(int field, String value) {
        return value.isEmpty() ? 0 : CodedOutputStream.computeStringSize(field, value);
    }

    private static void writeString(CodedOutputStream out, int field, String value) throws IOException {
        if (!value.isEmpty()) {
            out.writeString(field, value);
        }
    }
}
