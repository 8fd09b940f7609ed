package io.sqlj.engine.postgresql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server's own analysis of a statement: the rewritten query tree PostgreSQL prints when
 * {@code debug_print_rewritten} is on (its {@code nodeToString} text, views already expanded),
 * read back into nodes. Only the structure is kept: a node is {@code {TYPE :field value ...}}, a
 * value is a node, a list {@code (...)}, a bare token, or null for {@code <>}.
 */
final class QueryTree {
    /** The width at which the server's {@code format_node_dump} breaks lines. */
    private static final int LINE_BYTES = 78;

    /** One node of the tree. */
    record Node(String type, Map<String, Object> fields) {
        Node {
            fields = Collections.unmodifiableMap(fields);
        }

        @Nullable
        Node node(String field) {
            return fields.get(field) instanceof Node n ? n : null;
        }

        /** The field's list (empty for {@code <>} or a missing field). */
        List<Object> list(String field) {
            return fields.get(field) instanceof List<?> l ? Collections.unmodifiableList(l) : List.of();
        }

        /** The nodes of the field's list, in order. */
        List<Node> nodes(String field) {
            List<Node> out = new ArrayList<>();
            for (Object o : list(field)) {
                if (o instanceof Node n) {
                    out.add(n);
                }
            }
            return out;
        }

        @Nullable
        String text(String field) {
            return fields.get(field) instanceof String s ? s : null;
        }

        /** The field as an integer, or {@code otherwise} when it is missing or not a number. */
        long integer(String field, long otherwise) {
            String s = text(field);
            if (s == null) {
                return otherwise;
            }
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        boolean flag(String field) {
            return "true".equals(text(field));
        }

        boolean has(String field) {
            return fields.containsKey(field);
        }

        boolean isNull(String field) {
            return fields.get(field) == null;
        }
    }

    private final String text;
    private int pos;

    private QueryTree(String text) {
        this.text = text;
    }

    /**
     * Reads the detail of a {@code rewritten parse tree:} message: the list of queries the
     * statement rewrote into.
     *
     * @throws IllegalArgumentException when the text is not a node dump
     */
    static List<Node> parse(String formatted) {
        QueryTree reader = new QueryTree(unbreak(formatted));
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos != reader.text.length()) {
            throw new IllegalArgumentException("text after the tree at " + reader.pos);
        }
        List<Node> queries = new ArrayList<>();
        if (value instanceof Node n) {
            queries.add(n);
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Node n)) {
                    throw new IllegalArgumentException("not a query: " + o);
                }
                queries.add(n);
            }
        } else {
            throw new IllegalArgumentException("not a tree: " + value);
        }
        return queries;
    }

    /**
     * Undoes {@code format_node_dump}: it cuts the dump into lines of at most 78 bytes, replacing
     * a space by the line break, and cuts a token only when a whole line has no space after its
     * first byte. Escaped characters of the dump never include a bare line break.
     */
    static String unbreak(String formatted) {
        StringBuilder out = new StringBuilder(formatted.length());
        int start = 0;
        while (true) {
            int end = formatted.indexOf('\n', start);
            if (end < 0) {
                return out.append(formatted, start, formatted.length()).toString();
            }
            out.append(formatted, start, end);
            boolean cutToken = end - start <= LINE_BYTES // a longer line has more than 78 bytes
                    && utf8Length(formatted, start, end) == LINE_BYTES
                    && (end - start < 2 || formatted.lastIndexOf(' ', end - 1) <= start);
            if (!cutToken) {
                out.append(' ');
            }
            start = end + 1;
        }
    }

    /** The length in UTF-8 of {@code s[from, to)}, as {@code getBytes(UTF_8)} counts it (a lone surrogate is one byte). */
    private static int utf8Length(String s, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private @Nullable Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw new IllegalArgumentException("the tree ends early");
        }
        char c = text.charAt(pos);
        if (c == '{') {
            pos++;
            return node();
        }
        if (c == '(') {
            pos++;
            List<Object> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= text.length()) {
                    throw new IllegalArgumentException("an unclosed list");
                }
                if (text.charAt(pos) == ')') {
                    pos++;
                    return items;
                }
                items.add(value());
            }
        }
        if (c == ')' || c == '}') {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
        }
        String token = token();
        return token.equals("<>") ? null : token;
    }

    private Node node() {
        skipSpace();
        String type = token();
        Map<String, Object> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalArgumentException("an unclosed node " + type);
            }
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return new Node(type, fields);
            }
            if (c != ':') {
                // The rest of a value written as several tokens, such as a Const's "4 [ 1 0 0 0 ]".
                value();
                continue;
            }
            String name = token().substring(1);
            skipSpace();
            if (pos < text.length() && (text.charAt(pos) == ':' || text.charAt(pos) == '}')) {
                fields.put(name, "");
            } else {
                fields.put(name, value());
            }
        }
    }

    /** A bare token, with the server's backslash escapes removed. */
    private String token() {
        int start = pos;
        boolean escaped = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '{' || c == '}') {
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                escaped = true;
                pos++;
            }
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("an empty token at " + pos);
        }
        if (!escaped) {
            return text.substring(start, pos);
        }
        StringBuilder sb = new StringBuilder(pos - start);
        for (int i = start; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++;
                c = text.charAt(i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
