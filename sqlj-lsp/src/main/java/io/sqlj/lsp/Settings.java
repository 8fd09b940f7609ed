package io.sqlj.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The client's settings (initializationOptions, or {@code sqlj} in workspace/didChangeConfiguration).
 *
 * @param debounceMs how long after a change the server waits for the next before it checks
 * @param generateOnSave whether saving a file of a config runs {@code sqlj generate} for it
 * @param sqlcOut for a sqlc config, the {@code --out} the server assumes (hover names, generate)
 * @param sqlcPackage for a sqlc config, the {@code --package} it assumes
 */
record Settings(int debounceMs, boolean generateOnSave, String sqlcOut, String sqlcPackage) {

    static final Settings DEFAULT = new Settings(30, false, "build/generated/sqlj", "db");

    static Settings from(Object options) {
        if (!(options instanceof JsonObject json)) {
            return DEFAULT;
        }
        return new Settings(
                json.has("debounceMs") ? Math.max(0, json.get("debounceMs").getAsInt()) : DEFAULT.debounceMs,
                json.has("generateOnSave") ? json.get("generateOnSave").getAsBoolean() : DEFAULT.generateOnSave,
                string(json.get("sqlcOut"), DEFAULT.sqlcOut),
                string(json.get("sqlcPackage"), DEFAULT.sqlcPackage));
    }

    private static String string(JsonElement e, String otherwise) {
        return e == null || e.isJsonNull() ? otherwise : e.getAsString();
    }
}
