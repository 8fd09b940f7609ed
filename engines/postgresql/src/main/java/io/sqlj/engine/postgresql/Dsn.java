package io.sqlj.engine.postgresql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads {@code database.uri}: {@code postgres://user:pass@host:port/db?sslmode=...},
 * {@code postgresql://...} or a {@code jdbc:postgresql://...} URL.
 *
 * <p>A hand-written parser rather than {@code java.net.URI}, which gives up on a raw {@code @}
 * in a password and leaves the host null (then pgjdbc connects to localhost). The user info
 * runs to the last {@code @} before the host, so a password may hold spaces, {@code :}, {@code @}
 * and {@code +} as they are; {@code %XX} is decoded everywhere, {@code +} never means a space. A
 * {@code /}, {@code ?} or {@code #} in a password must be percent-encoded ({@code %2F},
 * {@code %3F}, {@code %23}): written raw, it makes the URI ambiguous, and it is refused rather
 * than guessed. Every message shows the URI with its user info masked.
 */
final class Dsn {
    private Dsn() {}

    /** A JDBC URL, its connection properties, and a password-free form for messages. */
    record Target(String url, Properties properties, String display) {}

    /** A host name, an IPv4 address or a bracketed IPv6 address, with an optional port. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9._~-]++|\\[[0-9A-Fa-f:.]++\\])(?::[0-9]{1,5})?");

    static Target parse(String dsn) {
        String text = dsn.strip();
        if (text.startsWith("jdbc:postgresql:")) {
            return new Target(text, new Properties(), text.replaceAll("(?i)password=[^&]*+", "password=****"));
        }
        int schemeEnd = text.startsWith("postgres://") ? 11 : text.startsWith("postgresql://") ? 13 : -1;
        if (schemeEnd < 0) {
            throw new IllegalArgumentException("expected a postgres://user:password@host:port/database URI"
                    + " or a jdbc:postgresql: URL, found \"" + masked(text) + "\"");
        }
        String rest = text.substring(schemeEnd);
        int lastAt = rest.lastIndexOf('@');
        int delimiter = firstOf(rest, "/?#", 0);
        if (lastAt < 0 || delimiter < 0 || lastAt < delimiter) {
            return parse(text, rest, lastAt);
        }
        // a '/', '?' or '#' before the last '@': each '@' (or none) may end the user info; exactly
        // one reading must make sense, or the URI is refused rather than guessed
        Target only = null;
        IllegalArgumentException problem = null;
        for (int at = -1; at <= lastAt; at = at == lastAt ? lastAt + 1 : rest.indexOf('@', at + 1)) {
            Target reading;
            try {
                reading = parse(text, rest, at);
            } catch (IllegalArgumentException e) {
                problem = at == lastAt ? e : problem;
                continue;
            }
            if (only != null) {
                throw new IllegalArgumentException("cannot tell the password from the host in \"" + masked(text)
                        + "\": percent-encode '/', '?', '#' and '@' in the password (%2F, %3F, %23, %40)");
            }
            only = reading;
        }
        if (only == null) {
            throw problem;
        }
        return only;
    }

    /** The URI read with its user info ending at {@code at} in {@code rest} (-1: no user info). */
    private static Target parse(String text, String rest, int at) {
        Properties props = new Properties();
        String user = "";
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name", text);
            if (!user.isEmpty()) {
                props.setProperty("user", user);
            }
            if (colon >= 0) {
                props.setProperty("password", decode(userInfo.substring(colon + 1), "password", text));
            }
        }
        int hostStart = at + 1;
        int hostEnd = firstOf(rest, "/?#", hostStart);
        hostEnd = hostEnd < 0 ? rest.length() : hostEnd;
        String hosts = rest.substring(hostStart, hostEnd);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no host in \"" + masked(text) + "\": name the server, as in"
                    + " postgres://user:password@localhost:5432/database");
        }
        for (String host : hosts.split(",", -1)) {
            if (!HOST.matcher(host).matches() || !validPort(host)) {
                throw new IllegalArgumentException("not a host[:port] in \"" + masked(text) + "\": \"" + host + "\"");
            }
        }
        String tail = rest.substring(hostEnd);
        if (tail.startsWith("#") || tail.contains("#")) {
            throw new IllegalArgumentException("a fragment ('#') has no meaning in \"" + masked(text) + "\"");
        }
        String path = tail;
        String query = "";
        int q = tail.indexOf('?');
        if (q >= 0) {
            path = tail.substring(0, q);
            query = tail.substring(q + 1);
        }
        String db = path.length() <= 1 ? "" : decode(path.substring(1), "database name", text);
        if (db.contains("/")) {
            throw new IllegalArgumentException("not a database name in \"" + masked(text) + "\": \"" + db + "\"");
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a key=value parameter in \"" + masked(text) + "\"");
            }
            props.setProperty(
                    decode(pair.substring(0, eq), "parameter", text),
                    decode(pair.substring(eq + 1), "parameter", text));
        }
        String url = "jdbc:postgresql://" + hosts + "/" + encodePath(db);
        String display = "postgres://" + (user.isEmpty() ? "" : user + "@") + hosts + "/" + db;
        return new Target(url, props, display);
    }

    private static boolean validPort(String host) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]")) {
            return true;
        }
        int port = Integer.parseInt(host.substring(colon + 1));
        return port >= 1 && port <= 65535;
    }

    private static int firstOf(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code %XX} decoded as UTF-8; {@code +} stays {@code +}; a broken escape is an error. */
    private static String decode(String s, String what, String uri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo < 0) {
                throw new IllegalArgumentException("a '%' in the " + what + " of \"" + masked(uri)
                        + "\" is not followed by two hex digits; write '%' itself as %25");
            }
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String encodePath(String db) {
        StringBuilder out = new StringBuilder();
        for (byte b : db.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The URI with everything between {@code ://} and the last {@code @} before the host masked. */
    static String masked(String uri) {
        int sep = uri.indexOf("://");
        int at = uri.lastIndexOf('@');
        if (sep < 0 || at < sep) {
            return uri;
        }
        return uri.substring(0, sep + 3) + "****" + uri.substring(at);
    }
}
