package io.sqlj.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A pipe between two threads of this JVM: what is written to {@link #sink} is read from {@link
 * #source}, in order, until the sink is closed (then the source ends). Writing to a pipe whose
 * source was closed fails, as writing to a pipe nobody reads fails with EPIPE. Unbounded: its
 * readers are sqlj's own, which read until the end ({@link ProcessCall} stops an engine that writes
 * too much).
 */
final class Pipe {

    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    /** Where the next read starts in the first chunk. */
    private int offset;

    private boolean writeClosed;
    private boolean readClosed;

    private final OutputStream sink = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, bytes.length);
            if (len > 0) {
                put(Arrays.copyOfRange(bytes, off, off + len));
            }
        }

        @Override
        public void close() {
            closeWrite();
        }
    };

    private final InputStream source = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, bytes.length);
            return len == 0 ? 0 : take(bytes, off, len);
        }

        @Override
        public int available() {
            return Pipe.this.available();
        }

        @Override
        public void close() {
            closeRead();
        }
    };

    OutputStream sink() {
        return sink;
    }

    InputStream source() {
        return source;
    }

    private synchronized void put(byte[] chunk) throws IOException {
        if (readClosed || writeClosed) {
            throw new IOException("Broken pipe");
        }
        chunks.add(chunk);
        notifyAll();
    }

    private synchronized int take(byte[] bytes, int off, int len) throws IOException {
        while (chunks.isEmpty()) {
            if (readClosed) {
                throw new IOException("Stream closed");
            }
            if (writeClosed) {
                return -1;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading a pipe");
            }
        }
        int n = 0;
        while (n < len && !chunks.isEmpty()) {
            byte[] head = chunks.peek();
            int count = Math.min(len - n, head.length - offset);
            System.arraycopy(head, offset, bytes, off + n, count);
            n += count;
            offset += count;
            if (offset == head.length) {
                chunks.poll();
                offset = 0;
            }
        }
        return n;
    }

    private synchronized int available() {
        int n = 0;
        for (byte[] chunk : chunks) {
            n += chunk.length;
        }
        return n - offset;
    }

    /** The writer's end: the reader gets what was written, then the end. */
    synchronized void closeWrite() {
        writeClosed = true;
        notifyAll();
    }

    /** The reader's end: what was not read is dropped, and writes fail from now on. */
    synchronized void closeRead() {
        readClosed = true;
        chunks.clear();
        offset = 0;
        notifyAll();
    }
}
