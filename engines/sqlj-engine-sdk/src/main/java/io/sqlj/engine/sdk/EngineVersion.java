package io.sqlj.engine.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the sqlj project this SDK was built with, as Maven wrote it into {@code
 * version.properties}: what a bundled engine reports as its version in {@code info}, so an engine
 * and the sqlj it ships with always agree.
 */
public final class EngineVersion {

    private static final String VERSION = read();

    private EngineVersion() {}

    /** Such as {@code 0.1.0-SNAPSHOT}; {@code unknown} when the build did not record one. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("/io/sqlj/engine/sdk/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
