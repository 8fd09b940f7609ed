package io.sqlj.core;

import io.sqlj.engine.sdk.EngineVersion;

/**
 * The version of sqlj itself. sqlj and its bundled engines are one build, so this is the version
 * the engine SDK recorded ({@link EngineVersion}), the one the bundled engines report too.
 */
public final class SqljVersion {

    private SqljVersion() {}

    /** Such as {@code 0.1.0-SNAPSHOT}; {@code unknown} when the build did not record one. */
    public static String get() {
        return EngineVersion.get();
    }
}
