package io.sqlj.core.engine;

import io.sqlj.core.Diagnostic;
import io.sqlj.core.QueryDecl;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.ParseResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@code parse-batch} answer decoded while the engine writes it (docs/performance.md §1ao): the
 * stdout reader hands each chunk here as it reads it, and each whole {@code responses} element is
 * decoded and checked ({@link ResponseCheck}) at once, so that when stdout ends only the tail is
 * left. The engine SDK writes each answer as it is made; an engine that writes everything at the
 * end is decoded here all the same, only later.
 *
 * <p>Speculative: the stdout's bytes are kept as before, and this result is taken only when it
 * covers every one of them ({@link #answer}); anything unusual (a field of another wire type, bytes
 * that do not decode, a chunk fed after the end) makes it give up, and the run decodes the bytes as
 * it always did, with the same messages. Whether the answer stands at all (the exit status, the
 * output limit, the timeout) is decided as before, apart from this.
 */
final class ArrivingAnswer {

    /** The wire type of a length-delimited field. */
    private static final int LENGTH_DELIMITED = 2;

    private final String engine;
    private final List<QueryDecl> queries;
    private final SchemaText schema;

    /** The bytes read and not decoded yet: {@code buffer[start, end)}. */
    private byte[] buffer = new byte[64 * 1024];

    private int start;
    private int end;
    /** Every byte fed, decoded or not. */
    private long fed;

    private final List<ParseResponse> responses = new ArrayList<>();
    /** {@link ResponseCheck#check} of each response that has a query. */
    private final List<List<Diagnostic>> checks = new ArrayList<>();
    /** Every field but {@code responses}, merged as {@code parseFrom} merges them; null before one came. */
    private BatchParseResponse.@Nullable Builder rest;
    /** {@link #rest} built, and its catalog's {@link FieldLimits#firstExcess}, made as they arrive. */
    private @Nullable BatchParseResponse restBuilt;

    private Optional<String> catalogExcess = Optional.empty();

    private boolean broken;
    /** Whether {@link #answer} gave an answer. */
    private boolean taken;
    /** CPU time spent in {@link #feed} (when timed), and when the first and the last chunk came ({@link System#nanoTime}). */
    private long busyNanos;

    private final boolean timed;

    private long firstNanos;
    private long lastNanos;

    /** {@code timed}: for timings, count the CPU time the decoding takes on the reader's thread. */
    ArrivingAnswer(String engine, List<QueryDecl> queries, SchemaText schema, boolean timed) {
        this.timed = timed;
        this.engine = engine;
        this.queries = List.copyOf(queries);
        this.schema = schema;
    }

    /** The next bytes of stdout, in order; never throws. */
    synchronized void feed(byte[] bytes, int offset, int length) {
        long cpu = timed ? cpuNanos() : 0;
        if (fed == 0) {
            firstNanos = System.nanoTime();
        }
        fed += length;
        if (broken || length == 0) {
            return;
        }
        try {
            append(bytes, offset, length);
            decodeWhole();
        } catch (RuntimeException | com.google.protobuf.InvalidProtocolBufferException | StackOverflowError e) {
            giveUp();
        }
        lastNanos = System.nanoTime();
        busyNanos += timed ? cpuNanos() - cpu : 0;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /**
     * For timings, once the answer was taken: the time spent decoding on the reader's thread, and the
     * first and the last chunk's arrival ({@link System#nanoTime}); empty when {@link #answer} gave nothing.
     */
    synchronized Optional<long[]> busy() {
        return taken ? Optional.of(new long[] {busyNanos, firstNanos, lastNanos}) : Optional.empty();
    }

    /**
     * The answer and the check of each response, when what was fed is exactly {@code stdout}'s
     * bytes, all decoded: then it is what {@code BatchParseResponse.parseFrom(stdout)} gives. Empty
     * otherwise (the caller decodes {@code stdout} itself).
     */
    synchronized Optional<Decoded> answer(byte[] stdout) {
        if (broken || fed != stdout.length || start != end || responses.isEmpty()) {
            return Optional.empty();
        }
        BatchParseResponse.Builder whole = restBuilt != null ? restBuilt.toBuilder() : BatchParseResponse.newBuilder();
        whole.addAllResponses(responses);
        taken = true;
        return Optional.of(new Decoded(whole.build(), List.copyOf(checks), catalogExcess));
    }

    /**
     * A decoded answer.
     *
     * @param checks {@link ResponseCheck#check} of the first responses, one per query at most
     * @param catalogExcess {@link FieldLimits#firstExcess} of its catalog (empty without one)
     */
    record Decoded(BatchParseResponse response, List<List<Diagnostic>> checks, Optional<String> catalogExcess) {}

    private void append(byte[] bytes, int offset, int length) {
        if (start == end) {
            start = 0;
            end = 0;
        }
        if (end + length > buffer.length) {
            int kept = end - start;
            if (kept + length > buffer.length) {
                buffer = Arrays.copyOfRange(buffer, start, start + Math.max(2 * buffer.length, kept + length));
            } else {
                System.arraycopy(buffer, start, buffer, 0, kept);
            }
            start = 0;
            end = kept;
        }
        System.arraycopy(bytes, offset, buffer, end, length);
        end += length;
    }

    /** Decodes every whole field between {@code start} and {@code end}. */
    private void decodeWhole() throws com.google.protobuf.InvalidProtocolBufferException {
        while (!broken && start < end) {
            int at = start;
            long tag = varint(at);
            if (tag < 0) {
                return; // not all here yet
            }
            at += (int) (tag >>> 32);
            int value = (int) tag;
            if ((value & 7) != LENGTH_DELIMITED || (value >>> 3) == 0) {
                giveUp(); // not what an answer holds: the whole bytes decide
                return;
            }
            long length = varint(at);
            if (length < 0) {
                return;
            }
            at += (int) (length >>> 32);
            int size = (int) length;
            if (size < 0) {
                giveUp();
                return;
            }
            if (end - at < size) {
                return; // the field's bytes are not all here yet
            }
            int fieldEnd = at + size;
            if ((value >>> 3) == BatchParseResponse.RESPONSES_FIELD_NUMBER) {
                // the field on its own decodes as it does in its place: a message of that one field
                ParseResponse response = BatchParseResponse.parser()
                        .parseFrom(buffer, start, fieldEnd - start)
                        .getResponses(0);
                int index = responses.size();
                responses.add(response);
                if (index < queries.size()) {
                    checks.add(ResponseCheck.check(engine, queries.get(index), response, schema));
                }
            } else {
                if (rest == null) {
                    rest = BatchParseResponse.newBuilder();
                }
                rest.mergeFrom(buffer, start, fieldEnd - start);
                BatchParseResponse built = rest.build();
                restBuilt = built;
                catalogExcess = built.hasCatalog() ? FieldLimits.firstExcess(built.getCatalog(), 0) : Optional.empty();
            }
            start = fieldEnd;
        }
    }

    /**
     * The varint at {@code at}: its value in the low 32 bits and its length in bytes in the high
     * ones; -1 when its bytes are not all here yet. A varint longer than 5 bytes gives up.
     */
    private long varint(int at) {
        int value = 0;
        for (int i = 0; i < 5; i++) {
            if (at + i >= end) {
                return -1;
            }
            byte b = buffer[at + i];
            value |= (b & 0x7f) << (7 * i);
            if (b >= 0) {
                return ((long) (i + 1) << 32) | (value & 0xffffffffL);
            }
        }
        giveUp();
        return -1;
    }

    private void giveUp() {
        broken = true;
        buffer = new byte[0];
        start = 0;
        end = 0;
        responses.clear();
        checks.clear();
        rest = null;
        restBuilt = null;
    }
}
