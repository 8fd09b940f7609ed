package io.sqlj.engine.postgresql;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Connects pgjdbc to a PostgreSQL Unix socket, with the JDK's own Unix domain sockets (Java 16+)
 * and no native library: pgjdbc's {@code socketFactory} property names this class and {@code
 * socketFactoryArg} the socket file ({@code <dir>/.s.PGSQL.<port>}). The host and port in the
 * JDBC URL are then ignored. The embedded server listens on such a socket only (no TCP), in a
 * folder only its owner can enter.
 */
public final class UnixSocketFactory extends SocketFactory {

    private final Path socket;

    /** pgjdbc calls this with the value of {@code socketFactoryArg}. */
    public UnixSocketFactory(String socketFile) {
        this.socket = Path.of(socketFile);
    }

    @Override
    public Socket createSocket() {
        return new UnixSocket(socket);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected();
    }

    private Socket connected() throws IOException {
        Socket s = createSocket();
        s.connect(null);
        return s;
    }

    /** A {@link Socket} over a Unix domain {@link SocketChannel}: what pgjdbc's PGStream uses of it. */
    private static final class UnixSocket extends Socket {
        private final Path path;
        private @Nullable SocketChannel channel;
        private @Nullable InputStream in;
        private @Nullable OutputStream out;
        private int timeout;

        UnixSocket(Path path) {
            this.path = path;
        }

        @Override
        public void connect(SocketAddress ignored) throws IOException {
            connect(ignored, 0);
        }

        @Override
        public void connect(SocketAddress ignored, int timeoutMillis) throws IOException {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                ch.connect(UnixDomainSocketAddress.of(path));
            } catch (IOException e) {
                ch.close();
                throw new IOException("cannot connect to " + path + ": " + e.getMessage(), e);
            }
            channel = ch;
            in = Channels.newInputStream(ch);
            out = Channels.newOutputStream(ch);
        }

        @Override
        public void bind(SocketAddress local) {
            // a client socket of a Unix domain: nothing to bind
        }

        @Override
        public InputStream getInputStream() throws IOException {
            requireConnected();
            return requireNonNull(in);
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            requireConnected();
            return requireNonNull(out);
        }

        /** The channel, once connected (the streams are set with it). */
        private SocketChannel requireConnected() throws IOException {
            SocketChannel ch = channel;
            if (ch == null) {
                throw new IOException("not connected to " + path);
            }
            return ch;
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isClosed() {
            return channel != null && !channel.isOpen();
        }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }

        @Override
        public void shutdownInput() throws IOException {
            requireConnected().shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            requireConnected().shutdownOutput();
        }

        // TCP options mean nothing on a Unix socket; read timeouts are not needed by sqlj's use
        @Override
        public void setTcpNoDelay(boolean on) {}

        @Override
        public boolean getTcpNoDelay() {
            return true;
        }

        @Override
        public void setKeepAlive(boolean on) {}

        @Override
        public boolean getKeepAlive() {
            return false;
        }

        @Override
        public synchronized void setSoTimeout(int millis) {
            timeout = millis;
        }

        @Override
        public synchronized int getSoTimeout() {
            return timeout;
        }

        @Override
        public synchronized void setReceiveBufferSize(int size) {}

        @Override
        public synchronized int getReceiveBufferSize() {
            return 65_536;
        }

        @Override
        public synchronized void setSendBufferSize(int size) {}

        @Override
        public synchronized int getSendBufferSize() {
            return 65_536;
        }
    }
}
