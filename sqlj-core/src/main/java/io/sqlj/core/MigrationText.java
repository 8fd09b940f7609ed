package io.sqlj.core;

import java.util.Locale;

/**
 * Keeps the "up" part of one schema file: a goose {@code -- +goose Down}, dbmate {@code --
 * migrate:down} or sql-migrate {@code -- +migrate Down} section is dropped up to the next {@code
 * -- +goose Up} / {@code -- migrate:up} / {@code -- +migrate Up} marker or the end of the file;
 * in a tern migration everything after {@code ---- create above / drop below ----} is dropped. Dropped lines stay as empty lines, so a line an engine reports in
 * the schema still points at the same line of the file. Other goose annotations ({@code
 * StatementBegin}, {@code StatementEnd}, {@code NO TRANSACTION}) are SQL comments and stay; text
 * without markers passes through unchanged.
 */
final class MigrationText {
    private MigrationText() {}

    private enum Marker {
        UP,
        DOWN,
        NONE
    }

    /** tern's separator, spaces as written or not. */
    private static final java.util.regex.Pattern TERN = java.util.regex.Pattern.compile(
            "----\\s*create\\s+above\\s*/\\s*drop\\s+below\\s*----", java.util.regex.Pattern.CASE_INSENSITIVE);

    static String upOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean down = false;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end);
            Marker marker = marker(line);
            if (marker != Marker.NONE) {
                down = marker == Marker.DOWN;
            }
            out.append(down ? "" : line);
            if (newline < 0) {
                break;
            }
            out.append('\n');
            start = newline + 1;
        }
        return out.toString();
    }

    /**
     * goose: {@code -- +goose Up}; dbmate: {@code -- migrate:up transaction:false}; sql-migrate:
     * {@code -- +migrate Up notransaction}; tern: {@code ---- create above / drop below ----}; any case.
     */
    private static Marker marker(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("--")) {
            return Marker.NONE;
        }
        if (TERN.matcher(trimmed).matches()) {
            return Marker.DOWN;
        }
        String[] words = trimmed.substring(2).strip().toLowerCase(Locale.ROOT).split("\\s+");
        String first = words[0];
        String second = words.length > 1 ? words[1] : "";
        boolean tool = first.equals("+goose") || first.equals("+migrate");
        if (first.equals("migrate:up") || tool && second.equals("up")) {
            return Marker.UP;
        }
        if (first.equals("migrate:down") || tool && second.equals("down")) {
            return Marker.DOWN;
        }
        return Marker.NONE;
    }
}
