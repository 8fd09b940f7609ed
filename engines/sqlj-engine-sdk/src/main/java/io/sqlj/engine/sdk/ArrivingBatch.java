package io.sqlj.engine.sdk;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.ExtensionRegistryLite;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.ParseRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A {@code parse-batch} request read from stdin field by field, on a thread of its own, while the
 * session opens and answers the requests that have arrived (docs/protocol.md, "parse-batch";
 * docs/performance.md §1y). sqlj sends the schema and its version first and then the requests as
 * it splits the query files, so the schema loads and the first queries resolve while sqlj still
 * reads the rest.
 *
 * <p>Any field order protobuf allows is read, with protobuf's own meaning: every field but the
 * requests is merged into {@link #header} exactly as {@code BatchParseRequest.parseFrom} would
 * merge it (a repeated {@code schema_sql} or {@code sqlj_version}: the last wins; unknown fields
 * kept), and each request is decoded by {@code ParseRequest}'s parser as that would. A client that
 * sends the schema after the requests (an older sqlj, an engine author's own) makes the
 * requests wait here until it comes.
 *
 * <p>Without protobuf's descriptors (docs/performance.md §1ag): building them is the largest part
 * of the full runtime's start, and only a map field, reflection or {@code hashCode} needs them. A
 * request is decoded with the batch's version already in it when that has arrived (sqlj sends it
 * first), instead of being copied through a builder when it is handed out, which would touch the
 * {@code options} map; {@link #options} tells an absent map by the first request's bytes.
 */
final class ArrivingBatch {

    /** Field 1 ({@code requests}), length-delimited: (1 << 3) | 2. */
    private static final int REQUESTS_TAG = (1 << 3) | WireFormat.WIRETYPE_LENGTH_DELIMITED;

    /** {@code ParseRequest.options}, length-delimited: (5 << 3) | 2. */
    private static final int OPTIONS_TAG =
            (ParseRequest.OPTIONS_FIELD_NUMBER << 3) | WireFormat.WIRETYPE_LENGTH_DELIMITED;

    /** Protobuf's nesting limit; a request is one level into the batch. */
    private static final int RECURSION_LIMIT = 100;

    /**
     * One request as it arrived: its bytes, and the request decoded from them with {@code version}
     * as the batch's version (empty: decoded as it is).
     */
    private record Arrived(ByteString bytes, ParseRequest request, String version) {}

    /** Every field of the request but {@code requests}, merged as they arrive. */
    private final BatchParseRequest.Builder header = BatchParseRequest.newBuilder();

    private final List<Arrived> requests = new ArrayList<>();
    /** Whether the first request has an {@code options} map (field 5) at all. */
    private boolean firstHasOptions;

    private boolean ended;
    /** Why the request could not be read to its end; set at most once, with {@link #ended}. */
    private @Nullable IOException failure;
    /** {@link System#nanoTime} when stdin ended (or failed). */
    private long endedAt;
    /** The version given to the requests that had none, fixed when the first one was handed out. */
    private @Nullable String version;
    /** How long answering threads waited for a request to arrive, added up. */
    private long waitedNanos;

    private ArrivingBatch() {}

    /** Starts reading {@code in} to its end on a daemon thread, and returns at once. */
    static ArrivingBatch read(InputStream in) {
        ArrivingBatch batch = new ArrivingBatch();
        Thread reader = new Thread(() -> batch.readAll(in), "sqlj-engine-request");
        reader.setDaemon(true); // an engine that failed exits without waiting for the rest of stdin
        reader.start();
        return batch;
    }

    /** Reads a whole request given at once, on this thread: for tests. */
    static ArrivingBatch of(byte[] bytes) {
        ArrivingBatch batch = new ArrivingBatch();
        batch.readAll(new java.io.ByteArrayInputStream(bytes));
        return batch;
    }

    private void readAll(InputStream in) {
        CodedInputStream input = CodedInputStream.newInstance(in, 64 * 1024);
        IOException failed = null;
        try {
            while (true) {
                int tag = input.readTag();
                if (tag == 0) {
                    break;
                }
                if (tag == REQUESTS_TAG) {
                    ByteString bytes = input.readBytes();
                    String version;
                    synchronized (this) {
                        version = header.getSqljVersion();
                    }
                    ParseRequest request = decode(bytes, version);
                    boolean options = requests.isEmpty() && hasOptions(bytes);
                    synchronized (this) {
                        if (requests.isEmpty()) {
                            firstHasOptions = options;
                        }
                        requests.add(new Arrived(bytes, request, version));
                        notifyAll();
                    }
                } else {
                    ByteString.Output raw = ByteString.newOutput();
                    CodedOutputStream field = CodedOutputStream.newInstance(raw);
                    if (!input.skipField(tag, field)) {
                        // an end-group tag where no group started: BatchParseRequest.parseFrom refuses it too
                        throw new InvalidProtocolBufferException(
                                "Protocol message end-group tag did not match expected tag.");
                    }
                    field.flush();
                    ByteString bytes = raw.toByteString();
                    synchronized (this) {
                        header.mergeFrom(bytes);
                        notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            failed = e;
        } catch (RuntimeException e) {
            failed = new IOException(e);
        }
        synchronized (this) {
            failure = failed;
            ended = true;
            endedAt = System.nanoTime();
            notifyAll();
        }
    }

    /**
     * A request as {@code readMessage} would decode it in its place, with {@code version} set before
     * its own fields are read (so its own version, if it has one, wins). Decoding again is how
     * {@link #get} gives a request a version it was not decoded with: a copy through a builder
     * would touch the {@code options} map, and so the descriptors.
     */
    private static ParseRequest decode(ByteString bytes, String version) throws IOException {
        CodedInputStream in = bytes.newCodedInput();
        in.setRecursionLimit(RECURSION_LIMIT - 1);
        ParseRequest.Builder builder = ParseRequest.newBuilder();
        if (!version.isEmpty()) {
            builder.setSqljVersion(version);
        }
        builder.mergeFrom(in, ExtensionRegistryLite.getEmptyRegistry());
        in.checkLastTagWas(0);
        return builder.buildPartial();
    }

    /** Whether a request's bytes (which decoded) hold an {@code options} entry. */
    private static boolean hasOptions(ByteString bytes) throws IOException {
        CodedInputStream in = bytes.newCodedInput();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == OPTIONS_TAG) {
                return true;
            }
            if (!in.skipField(tag)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Waits until a session can open: the schema source and the first request (whose options open
     * it) have arrived, or the request ended (then with what it had).
     *
     * @throws IOException when the request could not be read
     */
    synchronized void awaitSessionStart() throws IOException {
        while (!ended
                && (header.getSchemaSourceCase() == BatchParseRequest.SchemaSourceCase.SCHEMASOURCE_NOT_SET
                        || requests.isEmpty())) {
            await();
        }
        throwIfFailed();
    }

    /**
     * Waits until the schema source has arrived, or the request ended; true when it has arrived
     * (sqlj sends it when the engine starts, before the first request).
     *
     * @throws IOException when the request could not be read
     */
    synchronized boolean awaitSchema() throws IOException {
        while (!ended && header.getSchemaSourceCase() == BatchParseRequest.SchemaSourceCase.SCHEMASOURCE_NOT_SET) {
            await();
        }
        throwIfFailed();
        return header.getSchemaSourceCase() != BatchParseRequest.SchemaSourceCase.SCHEMASOURCE_NOT_SET;
    }

    /** The schema source as it stands. */
    synchronized SchemaSource schema() {
        return SchemaSource.of(header.buildPartial());
    }

    /**
     * The first request's options (the same in every request of a batch); empty without requests.
     * Asked only when there are some: protobuf's map field would build every descriptor.
     */
    synchronized Map<String, String> options() {
        return firstHasOptions ? requests.get(0).request().getOptionsMap() : Map.of();
    }

    /**
     * Waits for the end of the request and returns every field of it but the requests, as {@code
     * BatchParseRequest.parseFrom} of all of stdin would give them.
     *
     * @throws IOException when the request could not be read
     */
    synchronized BatchParseRequest header() throws IOException {
        awaitEnd();
        return header.build();
    }

    /** How many requests there are; waits for the end. */
    synchronized int count() throws IOException {
        awaitEnd();
        return requests.size();
    }

    /**
     * Waits for the end of the request and returns it whole, as {@code BatchParseRequest.parseFrom}
     * of all of stdin would give it (each request decoded again as it came).
     *
     * @throws IOException when the request could not be read
     */
    synchronized BatchParseRequest whole() throws IOException {
        awaitEnd();
        BatchParseRequest.Builder whole = header.clone();
        for (Arrived arrived : requests) {
            whole.addRequests(arrived.version().isEmpty() ? arrived.request() : decode(arrived.bytes(), ""));
        }
        return whole.build();
    }

    private void awaitEnd() throws IOException {
        while (!ended) {
            await();
        }
        throwIfFailed();
    }

    /** Whether the requests handed out so far got the batch's final version (see {@link #requests}). */
    synchronized boolean sameVersionAs(BatchParseRequest header) {
        return version == null || version.equals(header.getSqljVersion());
    }

    /** When stdin ended, as {@link System#nanoTime}; waits for it. */
    synchronized long endedAt() {
        while (!ended) {
            awaitQuietly();
        }
        return endedAt;
    }

    /** Why the request could not be read, when it ended already; null otherwise (without waiting). */
    synchronized @Nullable IOException failureIfEnded() {
        return failure;
    }

    synchronized long waitedNanos() {
        return waitedNanos;
    }

    /**
     * The requests as a list that fills while they arrive, each with the batch's sqlj version where
     * it has none of its own. Iterating it, or {@code get(i)} in order, hands out each request as
     * soon as it (and the version) has arrived; {@code size()} waits for the end of the request. A
     * request that could not be read to its end makes these throw {@link Unreadable}.
     */
    List<ParseRequest> requests() {
        return new Arriving();
    }

    /** The request could not be read; {@link EngineMain} reports the cause, not the engine's failure. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Whether request {@code index} exists, waiting until it arrived or the request ended. */
    synchronized boolean arrives(int index) {
        long start = 0;
        while (!ended && requests.size() <= index) {
            if (start == 0) {
                start = System.nanoTime();
            }
            awaitQuietly();
        }
        if (start != 0) {
            waitedNanos += System.nanoTime() - start;
        }
        if (index < requests.size()) {
            return true;
        }
        if (failure != null) {
            throw new Unreadable(failure);
        }
        return false;
    }

    /** Request {@code index} with the batch's version; {@link #arrives} must have said it exists. */
    private synchronized ParseRequest get(int index) {
        Arrived arrived = requests.get(index);
        ParseRequest request = arrived.request();
        if (arrived.version().isEmpty() && !request.getSqljVersion().isEmpty()) {
            return request; // its own
        }
        String v = version;
        if (v == null) {
            // The version decides the requests' content: wait for it (sqlj sends it before them)
            // or for the end, and keep it; a later, different one makes EngineMain answer again.
            while (!ended && header.getSqljVersion().isEmpty()) {
                awaitQuietly();
            }
            if (failure != null) {
                throw new Unreadable(failure);
            }
            v = header.getSqljVersion();
            version = v;
        }
        if (arrived.version().equals(v)
                && (v.isEmpty() || !request.getSqljVersion().isEmpty())) {
            return request; // decoded with this version (or with its own)
        }
        // decoded before the version came, or with one given twice and since replaced: again, with v
        try {
            request = decode(arrived.bytes(), v);
        } catch (IOException e) {
            throw new Unreadable(e); // it decoded before
        }
        // a request that wrote its empty version out still gets the batch's
        return request.getSqljVersion().isEmpty() && !v.isEmpty()
                ? request.toBuilder().setSqljVersion(v).build()
                : request;
    }

    private synchronized int size() {
        while (!ended) {
            awaitQuietly();
        }
        if (failure != null) {
            throw new Unreadable(failure);
        }
        return requests.size();
    }

    private void throwIfFailed() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw f;
        }
    }

    @SuppressWarnings("WaitNotInLoop") // every caller waits in a loop on its condition
    private void await() throws IOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the request");
        }
    }

    private void awaitQuietly() {
        try {
            await();
        } catch (IOException e) {
            throw new Unreadable(e);
        }
    }

    /** {@link #requests()}: a list whose elements wait until they have arrived. */
    final class Arriving extends AbstractList<ParseRequest> implements RandomAccess {
        /** Whether request {@code index} exists, waiting until it arrived or the request ended. */
        boolean arrives(int index) {
            return ArrivingBatch.this.arrives(index);
        }

        @Override
        public ParseRequest get(int index) {
            if (index < 0 || !arrives(index)) {
                throw new IndexOutOfBoundsException("request " + index + " of " + size());
            }
            return ArrivingBatch.this.get(index);
        }

        @Override
        public int size() {
            return ArrivingBatch.this.size();
        }

        @Override
        public boolean isEmpty() {
            return !arrives(0);
        }

        @Override
        public Iterator<ParseRequest> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return arrives(next);
                }

                @Override
                public ParseRequest next() {
                    if (!arrives(next)) {
                        throw new NoSuchElementException();
                    }
                    return ArrivingBatch.this.get(next++);
                }
            };
        }
    }
}
