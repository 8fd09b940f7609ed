package io.sqlj.codegen.java;

import io.sqlj.core.QueryDecl;

/**
 * Javadoc text built from user input. Everything is escaped as plain text: HTML metacharacters,
 * {@code @} (a block tag at line start), braces (inline tags), backslashes ({@code \\u} escapes
 * are decoded even inside comments) and {@code *}{@code /}, which would end the comment.
 */
final class Javadocs {

    private Javadocs() {}

    /** A line break ({@code String.split} would compile this for each query). */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    /** The query's comment lines, then its SQL as the user wrote it in a {@code <pre>} block. */
    static String forQuery(QueryDecl decl) {
        StringBuilder doc = new StringBuilder();
        for (String line : decl.comments()) {
            doc.append(escape(line.stripTrailing())).append('\n');
        }
        if (!decl.comments().isEmpty()) {
            doc.append("\n");
        }
        doc.append("<pre>\n");
        for (String line : LINE_BREAK.split(decl.text().strip(), -1)) {
            doc.append(escape(line.stripTrailing())).append('\n');
        }
        doc.append("</pre>\n");
        return doc.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
