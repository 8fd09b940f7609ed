package io.sqlj.core.engine;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The largest answer sqlj accepts from an engine, field by field: nothing an engine sends can
 * make sqlj slow or its messages huge. Every string and repeated field of the answer is checked,
 * the catalog included, by walking the message, so a field added to the protocol is bounded the
 * day it is added.
 */
final class FieldLimits {

    /** A name, type or label: PostgreSQL allows 63 bytes, SQLite any length; 4 KiB is plenty. */
    static final int TEXT = 4_096;
    /** An engine's diagnostic message. */
    static final int MESSAGE = 16_384;
    /** The SQL an engine returns: at least this, or 16 times the query's own text. */
    static final int SQL = 1 << 20;
    /** Parameters, columns, enum labels, tables or diagnostics of one answer. */
    static final int ITEMS = 10_000;

    /**
     * The largest encoded message that cannot hold a field over its limit: a string takes at least
     * as many bytes as it has characters, and each item of a repeated field at least one byte, so a
     * message of at most the smallest limit's size has none; it is not walked (docs/performance.md
     * §1af: the walk goes through protobuf's reflection, ~40 µs per answer with C1, and an answer of a
     * query is ~200 bytes).
     */
    static final int SMALL = Math.min(TEXT, Math.min(MESSAGE, Math.min(SQL, ITEMS)));

    private FieldLimits() {}

    /**
     * The first field of {@code message} over its limit, as {@code columns[2].data_type of
     * 10485760 characters; the limit is 4096}, or empty.
     */
    static Optional<String> firstExcess(Message message, int queryLength) {
        long sqlLimit = Math.max(SQL, 16L * queryLength);
        if (message.getSerializedSize() <= SMALL) {
            return Optional.empty(); // most answers: nothing in them can be over a limit
        }
        // A warm session hands the same answer objects back on every run: walk each once.
        Checked known = CHECKED.get(message);
        if (known != null && known.sqlLimit == sqlLimit) {
            return known.excess;
        }
        Optional<String> excess = walk(message, "", sqlLimit);
        CHECKED.put(message, new Checked(sqlLimit, excess));
        return excess;
    }

    private record Checked(long sqlLimit, Optional<String> excess) {}

    /**
     * The messages already walked. A protobuf message memoizes its hash and equals itself at once,
     * so a repeated lookup of the same object costs no walk; weak keys, so answers are not kept.
     */
    private static final Map<Message, Checked> CHECKED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Optional<String> walk(Message message, String path, long sqlLimit) {
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            FieldDescriptor d = field.getKey();
            String name = path + d.getName();
            if (d.isRepeated()) {
                List<?> items = (List<?>) field.getValue();
                if (items.size() > ITEMS) {
                    return Optional.of(name + " with " + items.size() + " items; the limit is " + ITEMS);
                }
                for (int i = 0; i < items.size(); i++) {
                    Optional<String> excess = one(d, items.get(i), name + "[" + (i + 1) + "]", sqlLimit);
                    if (excess.isPresent()) {
                        return excess;
                    }
                }
            } else {
                Optional<String> excess = one(d, field.getValue(), name, sqlLimit);
                if (excess.isPresent()) {
                    return excess;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> one(FieldDescriptor d, Object value, String name, long sqlLimit) {
        if (value instanceof Message child) {
            // as for the whole answer: a child too small to hold a field over its limit is not
            // walked (its size is memoized by the whole's); a catalog's tables are mostly so
            return child.getSerializedSize() <= SMALL ? Optional.empty() : walk(child, name + ".", sqlLimit);
        }
        if (value instanceof String text) {
            long limit = d.getName().equals("sql") ? sqlLimit : d.getName().equals("message") ? MESSAGE : TEXT;
            if (text.length() > limit) {
                return Optional.of(name + " of " + text.length() + " characters; the limit is " + limit);
            }
        }
        return Optional.empty();
    }
}
