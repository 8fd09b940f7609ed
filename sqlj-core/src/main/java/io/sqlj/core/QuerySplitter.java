package io.sqlj.core;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits a query file at its name lines, {@code -- name: GetAuthor :one} (or sqlc's {@code /*
 * name: GetAuthor :one *&#47;}), into {@link QueryDecl}s.
 */
public final class QuerySplitter {

    /** {@code -- name:}, or {@code # name:} (MySQL's line comment, which sqlc accepts too). */
    private static final Pattern LINE_NAME = Pattern.compile("^(\\s*(?:--|#)\\s*name:)(.*)$");

    private static final Pattern BLOCK_NAME = Pattern.compile("^(\\s*/\\*\\s*name:)(.*?)\\*/\\s*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String VALID_COMMANDS =
            Arrays.stream(Command.values()).map(c -> ":" + c.keyword()).collect(Collectors.joining(", "));

    private final String file;
    private final SqlSyntax syntax;
    private final List<String> lines;
    private final List<QueryDecl> queries = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Whether schema statements without a name line were skipped (then a file without queries is fine). */
    private boolean skippedDdl;

    private QuerySplitter(String file, String text, SqlSyntax syntax) {
        this.syntax = syntax;
        this.file = file;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = lines(body);
    }

    /**
     * {@code text.split("\r\n|\r|\n", -1)} without a regular expression, which costs more than
     * the rest of the split in a fresh JVM (docs/performance.md §1r).
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return List.copyOf(lines);
    }

    /**
     * @param fileRelPath the file as diagnostics name it: relative to the config, {@code /}
     *     separators
     */
    public static SplitResult split(String fileRelPath, String text) {
        return split(fileRelPath, text, SqlSyntax.LENIENT);
    }

    /** Splits {@code text}, read in the engine's {@code syntax} (where its strings and comments end). */
    public static SplitResult split(String fileRelPath, String text, SqlSyntax syntax) {
        QuerySplitter splitter = new QuerySplitter(fileRelPath, text, syntax);
        splitter.run();
        return new SplitResult(splitter.queries, splitter.diagnostics);
    }

    private void run() {
        int first = prelude();
        int i = first;
        while (i < lines.size()) {
            int next = nextNameLine(i + 1);
            query(i, next);
            i = next;
        }
        if (queries.isEmpty() && diagnostics.isEmpty() && !skippedDdl) {
            // sqlc reads such a file as one without queries, and only a block without any query is an
            // error (BlockRun says so); an empty file in a queries folder must not stop a sqlc project.
            diagnostics.add(Diagnostic.warning(
                    new Location(file, 1, 1),
                    "no queries in file; a query starts with a line like \"-- name: GetAuthor :one\""));
        }
    }

    /** Checks the lines before the first name line hold only comments; returns that line's index. */
    private int prelude() {
        int first = nextNameLine(0);
        boolean inBlockComment = false;
        for (int i = 0; i < first; i++) {
            String trimmed = lines.get(i).strip();
            if (inBlockComment) {
                inBlockComment = !trimmed.contains("*/");
            } else if (trimmed.startsWith("/*")) {
                inBlockComment = !trimmed.substring(2).contains("*/");
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                int column = lines.get(i).indexOf(trimmed.charAt(0)) + 1;
                SqlToken token = SqlStatements.firstStatementToken(String.join("\n", lines.subList(i, first)), syntax);
                if (token != null && SqlStatements.isDdl(token)) {
                    skipDdl(i + 1, column);
                } else {
                    // sqlc skips a statement without a name line; so does sqlj, but says so
                    diagnostics.add(Diagnostic.warning(
                            new Location(file, i + 1, column),
                            "statement has no name line; it is skipped, as sqlc skips it (start it with a line"
                                    + " like \"-- name: GetAuthor :one\" to generate it)"));
                }
                break;
            }
        }
        return first;
    }

    private int nextNameLine(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (nameMatch(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * A schema file without its queries: each statement that follows a name line is blanked out
     * (newlines kept, so lines still match), as sqlc reads only the DDL of a file that is both
     * {@code schema} and {@code queries} (its own tests do this). A file without name lines is
     * returned as it is.
     */
    public static String withoutQueries(String text, SqlSyntax syntax) {
        if (!text.contains("name:")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        List<io.sqlj.sql.SqlToken> tokens = SqlLexer.significant(text, syntax);
        int lineStart = 0;
        int blankedTo = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (lineStart >= blankedTo
                    && nameMatch(text.substring(lineStart, lineEnd)).isPresent()) {
                int end = text.length();
                for (io.sqlj.sql.SqlToken t : tokens) {
                    if (t.start() >= lineEnd && t.isPunct(";")) {
                        end = t.end();
                        break;
                    }
                }
                for (int k = lineStart; k < end; k++) {
                    if (out.charAt(k) != '\n') {
                        out.setCharAt(k, ' ');
                    }
                }
                blankedTo = end;
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static Optional<Matcher> nameMatch(String line) {
        if (!line.contains("name:")) {
            return Optional.empty(); // neither pattern can match: most lines, and no matcher made
        }
        Matcher m = LINE_NAME.matcher(line);
        if (m.matches()) {
            return Optional.of(m);
        }
        m = BLOCK_NAME.matcher(line);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /** Reads the query whose name line is {@code start}; {@code end} is the next name line. */
    private void query(int start, int end) {
        Matcher m = nameMatch(lines.get(start)).orElseThrow();
        int lineNo = start + 1;
        List<Token> words = words(m.group(2), m.end(1));
        if (words.size() < 2) {
            diagnostics.add(Diagnostic.error(
                    file, lineNo, 1, "name line needs a name and a command, as in \"-- name: GetAuthor :one\""));
            return;
        }
        Token name = words.get(0);
        Token command = words.get(1);
        boolean ok = true;
        if (!IDENTIFIER.matcher(name.text()).matches()) {
            diagnostics.add(Diagnostic.error(
                    file,
                    lineNo,
                    name.column(),
                    "invalid query name \"" + name.text()
                            + "\": a name starts with a letter or _ and has only letters, digits and _"));
            ok = false;
        }
        Optional<Command> parsed = command.text().startsWith(":") ? Command.parse(command.text()) : Optional.empty();
        if (parsed.isEmpty()) {
            diagnostics.add(Diagnostic.error(
                    file,
                    lineNo,
                    command.column(),
                    "unknown command \"" + command.text() + "\"; expected one of " + VALID_COMMANDS));
            ok = false;
        }
        if (words.size() > 2) {
            Token extra = words.get(2);
            diagnostics.add(Diagnostic.error(
                    file,
                    lineNo,
                    extra.column(),
                    "unexpected \"" + extra.text() + "\" after the command on the name line"));
            ok = false;
        }
        if (ok) {
            body(name.text(), parsed.get(), start, end);
        }
    }

    private void body(String name, Command command, int start, int end) {
        List<String> comments = new ArrayList<>();
        int i = start + 1;
        while (i < end && lines.get(i).strip().startsWith("--")) {
            String comment = lines.get(i).strip().substring(2);
            comments.add(comment.startsWith(" ") ? comment.substring(1) : comment);
            i++;
        }
        while (i < end && lines.get(i).isBlank()) {
            i++;
        }
        int last = end;
        while (last > i && lines.get(last - 1).isBlank()) {
            last--;
        }
        String text = i >= last ? "" : String.join("\n", lines.subList(i, last));
        // sqlc reads "-- name: X :many\n;WITH ..." as the query after the ';' (census3): an empty
        // statement right after the name line is none. Each such ';' becomes a space, and lines
        // left blank are dropped, so lines and columns still match the file.
        String leading = withoutLeadingSemicolons(text);
        if (!leading.equals(text)) {
            List<String> rest = lines(leading);
            int blank = 0;
            while (blank < rest.size() && rest.get(blank).isBlank()) {
                blank++;
            }
            i += blank;
            text = String.join("\n", rest.subList(blank, rest.size()));
        }
        if (text.isBlank()) {
            if (end < lines.size()) {
                // sqlc splits at statements: a name line with no statement before the next name line
                // is only a comment of the next query there.
                diagnostics.add(Diagnostic.warning(
                        new Location(file, start + 1, 1),
                        "query \"" + name
                                + "\" has no SQL before the next name line; skipped, as sqlc reads it as a comment"));
            } else {
                diagnostics.add(Diagnostic.error(file, start + 1, 1, "query \"" + name + "\" has no SQL"));
            }
            return;
        }
        int stmtEnd = SqlStatements.firstEnd(text, syntax);
        if (stmtEnd >= 0) {
            String rest = text.substring(stmtEnd);
            SqlToken next = SqlStatements.firstStatementToken(rest, syntax);
            if (next == null) {
                // only ';' and comments follow: ";;" ends the query, it is no second statement
                text = text.substring(0, stmtEnd) + SqlStatements.withoutSemicolons(rest, syntax);
            } else {
                String before = text.substring(0, stmtEnd + next.start());
                int line = i + 1 + (int) before.chars().filter(c -> c == '\n').count();
                int column = before.length() - before.lastIndexOf('\n');
                if (SqlStatements.isDdl(next)) {
                    skipDdl(line, column);
                    text = text.substring(0, stmtEnd);
                } else {
                    // sqlc reads only statements that have a name line and drops the others; so does
                    // sqlj, but says so: such a statement is often meant to run with the query.
                    diagnostics.add(Diagnostic.warning(
                            new Location(file, line, column),
                            "query \"" + name + "\" is followed by a statement without a name line; it is not"
                                    + " part of the query and is skipped, as sqlc skips it (give it its own name"
                                    + " line, such as \"-- name: Other :exec\", to run it)"));
                    text = text.substring(0, stmtEnd);
                }
            }
        }
        queries.add(new QueryDecl(name, command, text, comments, file, start + 1, i + 1));
    }

    /** {@code text} with each {@code ;} before its first statement token replaced by a space. */
    private String withoutLeadingSemicolons(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || text.charAt(first) != ';') {
            return text; // not lexed: nearly every query (a comment before the ';' is left as it was)
        }
        StringBuilder out = null;
        for (SqlToken t : SqlLexer.significant(text, syntax)) {
            if (!t.isPunct(";")) {
                break;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.setCharAt(t.start(), ' ');
        }
        return out == null ? text : out.toString();
    }

    /** sqlc skips statements without a name line in query files; so does sqlj, saying so once per file. */
    private void skipDdl(int line, int column) {
        if (!skippedDdl) {
            diagnostics.add(new Diagnostic(
                    Diagnostic.Severity.NOTE,
                    file,
                    line,
                    column,
                    "schema statements"
                            + " without a name line are not queries; skipped here and in the rest of this file, as sqlc"
                            + " does",
                    ""));
        }
        skippedDdl = true;
    }

    private record Token(String text, int column) {}

    /** The words after {@code name:}, each with its 1-based column in the line. */
    private static List<Token> words(String rest, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(rest);
        while (w.find()) {
            tokens.add(new Token(w.group(), offset + w.start() + 1));
        }
        return tokens;
    }
}
