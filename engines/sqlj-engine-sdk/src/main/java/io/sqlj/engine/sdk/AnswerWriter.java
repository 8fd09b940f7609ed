package io.sqlj.engine.sdk;

import com.google.protobuf.CodedOutputStream;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.ParseResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code parse-batch} response while the session still answers (docs/performance.md
 * §1ao): each answer, in the requests' order, as soon as it and every answer before it are there,
 * and the catalog after the last one. A protobuf message is its fields one after the other, so
 * these bytes are exactly {@code BatchParseResponse.toByteArray()} of the whole response: sqlj
 * decodes the answers as they arrive, and only the tail is left when stdout closes.
 *
 * <p>Nothing is written before the request has been read to its end and {@code confirmed} said
 * that the answers stand (the request kept the schema source and version the session was opened
 * and answered with; otherwise {@link EngineMain} drops them and answers the whole request
 * again). The answers {@link Engine.Session#parseAll} returns decide: one handed to {@link
 * EngineMain#answered} that is not the one it returns at that place is a failure of the engine
 * (exit 1, which makes sqlj take nothing of what was written).
 *
 * <p>A thread of its own encodes and writes, so the answering threads do not wait for stdout. It
 * writes when {@link #BUFFER} bytes have piled up, or when no next answer came for {@link
 * #QUIET_NANOS} (the answers are slow to come: sqlj may as well decode what there is).
 */
final class AnswerWriter {

    /** Bytes encoded before they are written, and the size of a write. */
    static final int BUFFER = 32 * 1024;

    /** How long the writer waits for the next answer before it writes what it has. */
    static final long QUIET_NANOS = 2_000_000;

    /** Whether the answers stand; asked once, by the writer, after the request ended. */
    interface Confirmation {
        boolean confirmed() throws Exception;
    }

    private final OutputStream out;
    private final CodedOutputStream coded;
    private final Confirmation confirmation;

    /** Answers handed over and not written yet, by index. */
    private final Map<Integer, ParseResponse> pending = new HashMap<>();
    /** The answers written, in order. */
    private final List<ParseResponse> written = new ArrayList<>();

    /** Every answer and the catalog, once parseAll returned; null before. */
    private @Nullable List<ParseResponse> all;

    private @Nullable Catalog catalog;
    /** Set when the writer is to stop without writing more (the engine failed). */
    private boolean stopped;
    /** The confirmation's answer: null before it was asked. */
    private @Nullable Boolean confirmed;
    /** What went wrong on the writer's thread, for {@link #finish} to throw. */
    private @Nullable Throwable failure;

    private final Thread thread;

    private AnswerWriter(OutputStream out, Confirmation confirmation) {
        this.out = out;
        this.coded = CodedOutputStream.newInstance(out, BUFFER);
        this.confirmation = confirmation;
        this.thread = new Thread(this::run, "sqlj-engine-response");
        thread.setDaemon(true); // an engine that failed exits without it
    }

    /** Starts the writer; it writes nothing before {@code confirmation} said yes. */
    static AnswerWriter start(OutputStream out, Confirmation confirmation) {
        AnswerWriter writer = new AnswerWriter(out, confirmation);
        writer.thread.start();
        return writer;
    }

    /** Answer {@code index}, as {@code parseAll} will return it there. */
    synchronized void answered(int index, ParseResponse answer) {
        if (index >= written.size() && all == null && !stopped) {
            pending.put(index, answer);
            notifyAll();
        }
    }

    /**
     * Writes the answers not written yet and the catalog, and returns once every byte is handed to
     * {@code out} and flushed.
     *
     * @return false when nothing was written because the answers do not stand (the caller answers
     *     the request again, and writes that)
     * @throws IllegalStateException when an answer written is not the one {@code answers} has
     */
    boolean finish(List<ParseResponse> answers, Optional<Catalog> catalog) throws Exception {
        synchronized (this) {
            all = List.copyOf(answers);
            this.catalog = catalog.orElse(null);
            notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw e;
        }
        synchronized (this) {
            Throwable f = failure;
            if (f instanceof Exception e) {
                throw e;
            }
            if (f instanceof Error e) {
                throw e;
            }
            return Boolean.TRUE.equals(confirmed);
        }
    }

    /** Stops the writer where it is: the engine failed, and exits non-zero. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    private void run() {
        try {
            if (!confirmation.confirmed()) {
                synchronized (this) {
                    confirmed = false;
                }
                return;
            }
            synchronized (this) {
                confirmed = true;
            }
            writeAll();
        } catch (Exception | Error e) {
            synchronized (this) {
                failure = e;
            }
        }
    }

    private void writeAll() throws IOException, InterruptedException {
        boolean buffered = false;
        while (true) {
            ParseResponse next = null;
            List<ParseResponse> answers;
            Catalog c;
            synchronized (this) {
                // with bytes encoded, wait a little for the next answer; then write what there is
                long quietUntil = System.nanoTime() + QUIET_NANOS;
                while (!stopped && all == null && (next = take()) == null) {
                    if (!buffered) {
                        wait();
                        continue;
                    }
                    long left = quietUntil - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                }
                if (stopped) {
                    return;
                }
                answers = all;
                c = catalog;
            }
            if (next != null) {
                coded.writeMessage(BatchParseResponse.RESPONSES_FIELD_NUMBER, next);
                buffered = true;
            } else if (answers != null) {
                finishWith(answers, c);
                return;
            } else {
                coded.flush();
                out.flush();
                buffered = false;
            }
        }
    }

    /** The next answer to write when it is there, or null. */
    private @Nullable ParseResponse take() {
        if (all != null) {
            return null; // the rest comes from the list
        }
        ParseResponse next = pending.remove(written.size());
        if (next != null) {
            written.add(next);
        }
        return next;
    }

    private void finishWith(List<ParseResponse> answers, @Nullable Catalog c) throws IOException {
        List<ParseResponse> done;
        synchronized (this) {
            done = List.copyOf(written);
            for (Map.Entry<Integer, ParseResponse> handed : pending.entrySet()) {
                int i = handed.getKey();
                if (i < 0 || i >= answers.size() || handed.getValue() != answers.get(i)) {
                    throw new IllegalStateException("the engine handed over another answer " + i
                            + " (EngineMain.answered) than parseAll returned");
                }
            }
        }
        if (done.size() > answers.size()) {
            throw new IllegalStateException("the engine handed over answer " + (done.size() - 1)
                    + " (EngineMain.answered), but parseAll returned " + answers.size());
        }
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i) != answers.get(i)) {
                throw new IllegalStateException(
                        "the engine handed over another answer " + i + " (EngineMain.answered) than parseAll returned");
            }
        }
        for (int i = done.size(); i < answers.size(); i++) {
            coded.writeMessage(BatchParseResponse.RESPONSES_FIELD_NUMBER, answers.get(i));
        }
        if (c != null) {
            coded.writeMessage(BatchParseResponse.CATALOG_FIELD_NUMBER, c);
        }
        coded.flush();
        out.flush();
    }
}
