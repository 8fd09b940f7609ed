package io.sqlj.engine.mysql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code database.uri}: {@code mysql://user:pass@host:port/db?opt=...},
 * {@code mariadb://...}, or a {@code jdbc:mysql:} or {@code jdbc:mariadb:} URL. Every form is
 * opened with MariaDB Connector/J, which speaks to MySQL too.
 */
final class Dsn {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^:/@]*):([^@/]*)@");

    private Dsn() {}

    /**
     * A JDBC URL, its connection properties, a password-free form for messages, and the password
     * itself (so messages can be cleaned of it), "" when none.
     */
    record Target(String url, Properties properties, String display, String password) {}

    static Target parse(String dsn) {
        String text = dsn.trim();
        if (text.startsWith("jdbc:mysql:") || text.startsWith("jdbc:mariadb:")) {
            String url = "jdbc:mariadb:" + text.substring(text.indexOf(':', 5) + 1);
            Properties props = new Properties();
            String password = "";
            Matcher info = USER_INFO.matcher(url);
            if (info.find()) {
                props.setProperty("user", decode(info.group(1)));
                password = decode(info.group(2));
                props.setProperty("password", password);
                url = url.substring(0, info.start()) + "//" + url.substring(info.end());
            }
            Matcher p = PASSWORD.matcher(url);
            if (p.find()) {
                password = decode(url.substring(p.start() + "password=".length(), p.end()));
            }
            return new Target(
                    url,
                    props,
                    PASSWORD.matcher(text).replaceAll("$1***").replaceFirst("//([^:/@]*):[^@/]*@", "//$1:***@"),
                    password);
        }
        if (!text.startsWith("mysql://") && !text.startsWith("mariadb://")) {
            throw new IllegalArgumentException("expected a mysql://user:password@host:port/database URI"
                    + " or a jdbc:mysql: or jdbc:mariadb: URL, found \""
                    + text.replaceFirst("//([^:/@]*):[^@/]*@", "//$1:***@") + "\"");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URI: \""
                    + text.replaceFirst("//([^:/@]*):[^@/]*@", "//$1:***@") + "\" (" + e.getReason() + ")");
        }
        Properties props = new Properties();
        String password = "";
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                password = decode(userInfo.substring(colon + 1));
                props.setProperty("password", password);
            }
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 3306 : uri.getPort();
        String db = uri.getRawPath() == null || uri.getRawPath().length() <= 1
                ? ""
                : uri.getRawPath().substring(1);
        String url = "jdbc:mariadb://" + host + ":" + port + "/" + db
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String display = "mysql://" + (props.containsKey("user") ? props.getProperty("user") + "@" : "") + host + ":"
                + port + "/" + decode(db);
        return new Target(url, props, display, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
