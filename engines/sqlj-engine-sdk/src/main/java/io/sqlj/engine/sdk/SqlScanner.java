package io.sqlj.engine.sdk;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import io.sqlj.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the placeholders and macros of a query and rewrites it for JDBC.
 *
 * <p>Understood: {@code ?}, {@code ?NNN}, {@code $N}, {@code @name}, {@code :name} (never the
 * {@code :int} of a {@code ::int} cast), {@code $name} where the syntax says so (SQLite), and the macros {@code sqlj.arg(name)},
 * {@code sqlj.narg(name)}, {@code sqlj.slice(name)}, {@code sqlj.embed(table)} with their
 * {@code sqlc.} aliases; macro names may be quoted. Numbering follows SQLite's rule, which is
 * also sqlc's where sqlc has one: {@code ?NNN} and {@code $N} keep their number, a plain
 * {@code ?} takes one more than the largest number so far, a name takes one more than the
 * largest number so far on its first appearance and keeps it. In a query that also has {@code
 * $N} placeholders and no {@code ?} a name instead takes the lowest number no {@code $N} of the query uses, as
 * sqlc numbers them ({@code LIMIT $1 OFFSET $2} with {@code @account_id}: 3). A number claimed
 * by two different placeholders (e.g. {@code ? ... ?1}) is reported as a problem.
 */
public final class SqlScanner {
    private final String sql;
    private final StringBuilder out = new StringBuilder();
    /** For each char of {@link #out}, its offset in {@link #sql}: the first {@link #written} entries. */
    private int[] offsets;

    private int written;
    private final List<Placeholder> placeholders = new ArrayList<>();
    private final List<ScannedSql.Embed> embeds = new ArrayList<>();
    private final List<ScannedSql.Problem> problems = new ArrayList<>();
    private final List<ScannedSql.OptionalPredicate> optionals = new ArrayList<>();
    private ScannedSql.@Nullable Sort sort;
    /** The open {@code sqlj.optional(}: its start, its first placeholder and the depth inside it; or null. */
    private int @Nullable [] openOptional;
    /** Parentheses open at the current token. */
    private int depth;

    private final Map<String, Integer> numbersByName = new HashMap<>();
    private final Map<Integer, String> ownerByNumber = new HashMap<>();
    private final Map<String, Boolean> sliceByName = new HashMap<>();
    private int maxNumber;
    /** The numbers of the query's {@code $N} placeholders, which names skip (sqlc's rule). */
    private final java.util.Set<Integer> dollarNumbers = new java.util.HashSet<>();

    private int lastNamedNumber;

    /** Whether {@code $N} is a numbered parameter ({@code $name} is not a name): PostgreSQL's rule. */
    private final boolean dollarNumbered;

    private SqlScanner(String sql, SqlSyntax syntax) {
        this.sql = sql;
        this.offsets = new int[sql.length() + 16];
        this.dollarNumbered = !syntax.dollarNames();
    }

    /** Scans with {@link SqlSyntax#LENIENT}. */
    public static ScannedSql scan(String sql) {
        return scan(sql, SqlSyntax.LENIENT);
    }

    /**
     * Scans {@code sql} of {@code syntax}. In PostgreSQL a {@code ?} that the lexer reads as an
     * operator ({@code jsonb ? 'key'}, {@code ?|}, {@code ?&}: in a query whose parameters are
     * {@code $N} or names, as sqlc reads it) is written as JDBC's escape {@code ??}.
     */
    public static ScannedSql scan(String sql, SqlSyntax syntax) {
        return new SqlScanner(sql, syntax).run(SqlLexer.tokenize(sql, syntax));
    }

    private ScannedSql run(List<SqlToken> tokens) {
        boolean questionMarks = false;
        for (SqlToken token : tokens) {
            if (token.kind() == Kind.PLACEHOLDER
                    && token.text().startsWith("$")
                    && token.text().length() > 1
                    && token.text().substring(1).chars().allMatch(Character::isDigit)
                    && token.text().length() < 10) {
                dollarNumbers.add(Integer.parseInt(token.text().substring(1)));
            }
            questionMarks |= token.kind() == Kind.PLACEHOLDER && token.text().startsWith("?");
        }
        if (questionMarks) {
            dollarNumbers.clear(); // SQLite's rule for queries that mix ? in
        }
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (!token.complete()) {
                problems.add(new ScannedSql.Problem(token.start(), unterminated(token)));
            }
            if (token.kind() == Kind.PUNCT
                    && token.text().startsWith("?")
                    && !token.text().startsWith("??")) {
                emit("?" + token.text(), token.start()); // the lexer's ? operator, escaped for JDBC
                continue;
            }
            if (token.kind() == Kind.PLACEHOLDER) {
                placeholder(token);
                continue;
            }
            if (token.kind() == Kind.WORD && (token.isWord("sqlj") || token.isWord("sqlc"))) {
                int end = macro(tokens, i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            if (token.isPunct("(")) {
                depth++;
            } else if (token.isPunct(")")) {
                depth--;
                int[] open = openOptional;
                if (open != null && depth == open[2] - 1) {
                    closeOptional(token, open);
                    continue;
                }
            }
            copy(token.start(), token.end());
        }
        if (openOptional != null) {
            problems.add(new ScannedSql.Problem(openOptional[0], "sqlj.optional( is never closed with )"));
        }
        if (dollarNumbered && !dollarNumbers.isEmpty() && !questionMarks) {
            numberGap();
        }
        int[] map = java.util.Arrays.copyOf(offsets, written + 1);
        map[written] = sql.length();
        return new ScannedSql(sql, out.toString(), placeholders, embeds, problems, map, optionals, sort);
    }

    private void placeholder(SqlToken token) {
        String text = token.text();
        char sigil = text.charAt(0);
        if (sigil == '?' && text.length() == 1) {
            add(Placeholder.Kind.QUESTION, "", ++maxNumber, false, false, token);
        } else if (sigil == '?' || (sigil == '$' && Character.isDigit(text.charAt(1)))) {
            int number = parseNumber(text.substring(1), token);
            add(sigil == '?' ? Placeholder.Kind.NUMBERED : Placeholder.Kind.DOLLAR, "", number, false, false, token);
        } else {
            Placeholder.Kind kind = switch (sigil) {
                case '@' -> Placeholder.Kind.AT_NAME;
                case '$' -> Placeholder.Kind.DOLLAR_NAME;
                default -> Placeholder.Kind.COLON_NAME;
            };
            addNamed(kind, text.substring(1), false, false, token.start(), token.end());
        }
    }

    private int parseNumber(String digits, SqlToken token) {
        try {
            int number = Integer.parseInt(digits);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ScannedSql.Problem(token.start(), "invalid placeholder number: " + token.text()));
        return 1;
    }

    /** Handles {@code sqlj.<macro>(name)} starting at token {@code i}; returns its last token or i. */
    private int macro(List<SqlToken> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).isPunct(".")) {
            return i;
        }
        SqlToken fn = tokens.get(i + 2);
        String which = fn.kind() == Kind.WORD ? fn.text().toLowerCase(Locale.ROOT) : "";
        if (!List.of("arg", "narg", "slice", "embed", "embed_list", "optional", "sort")
                .contains(which)) {
            return i;
        }
        int j = skipTrivia(tokens, i + 3);
        SqlToken start = tokens.get(i);
        String spelled = start.text() + "." + fn.text();
        if (j >= tokens.size() || !tokens.get(j).isPunct("(")) {
            problems.add(new ScannedSql.Problem(
                    start.start(),
                    spelled + " must be followed by ("
                            + (which.equals("optional")
                                    ? "predicate"
                                    : which.equals("sort") ? "@name, ordering, ..." : "name")
                            + ")"));
            return i;
        }
        if (which.equals("optional")) {
            return openOptional(start, j);
        }
        if (which.equals("sort")) {
            return sort(tokens, start, j);
        }
        j = skipTrivia(tokens, j + 1);
        SqlToken name = j < tokens.size() ? tokens.get(j) : null;
        int close = skipTrivia(tokens, j + 1);
        if (name == null
                || !(name.isIdentifier() || name.kind() == Kind.STRING)
                || name.value().isBlank()
                || close >= tokens.size()
                || !tokens.get(close).isPunct(")")) {
            problems.add(new ScannedSql.Problem(start.start(), spelled + " takes one name, as in " + spelled + "(id)"));
            return i;
        }
        int end = tokens.get(close).end();
        switch (which) {
            case "embed", "embed_list" -> {
                embeds.add(new ScannedSql.Embed(name.value(), start.start(), out.length(), which.equals("embed_list")));
                emit(name.text() + ".*", start.start());
            }
            case "slice" -> addNamed(Placeholder.Kind.SLICE, name.value(), false, true, start.start(), end);
            case "narg" -> addNamed(Placeholder.Kind.NARG, name.value(), true, false, start.start(), end);
            default -> addNamed(Placeholder.Kind.ARG, name.value(), false, false, start.start(), end);
        }
        return close;
    }

    /** {@code sqlj.optional(}: written as a marked {@code (}; the matching {@code )} closes it. */
    private int openOptional(SqlToken start, int paren) {
        if (openOptional != null) {
            problems.add(new ScannedSql.Problem(
                    start.start(),
                    "sqlj.optional cannot be nested in another sqlj.optional;"
                            + " write the inner predicate as a separate sqlj.optional"));
        }
        depth++;
        openOptional = new int[] {start.start(), placeholders.size(), depth};
        emit(ScannedSql.OPTIONAL_MARK + "(", start.start());
        return paren;
    }

    private void closeOptional(SqlToken close, int[] open) {
        int first = open[1];
        List<Integer> inside = new ArrayList<>();
        for (int k = first; k < placeholders.size(); k++) {
            inside.add(k);
        }
        if (inside.isEmpty()) {
            problems.add(
                    new ScannedSql.Problem(
                            open[0],
                            "sqlj.optional needs a predicate with at least one"
                                    + " parameter, as in sqlj.optional(author_id = @author_id): the parameters decide whether it applies"));
        }
        optionals.add(new ScannedSql.OptionalPredicate(open[0], inside));
        emit(")" + ScannedSql.END_MARK, close.start());
        openOptional = null;
    }

    /**
     * {@code sqlj.sort(@name, ordering, ...)}: every ordering, joined with {@code ", "} between
     * marks, so the database checks each; returns the index of the closing parenthesis.
     */
    private int sort(List<SqlToken> tokens, SqlToken start, int paren) {
        List<List<SqlToken>> args = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int level = 0;
        int k = paren + 1;
        for (; k < tokens.size(); k++) {
            SqlToken t = tokens.get(k);
            if (t.isPunct("(")) {
                level++;
            } else if (t.isPunct(")") && level-- == 0) {
                break;
            } else if (t.isPunct(",") && level == 0) {
                args.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
        args.add(current);
        String usage = "; write sqlj.sort(@name, ordering, ...), as in sqlj.sort(@order, title, price DESC)";
        if (k >= tokens.size()) {
            problems.add(new ScannedSql.Problem(start.start(), "sqlj.sort( is never closed with )"));
            return paren;
        }
        List<SqlToken> nameArg = args.get(0).stream().filter(t -> !t.isTrivia()).toList();
        String name = nameArg.size() != 1
                ? null
                : nameArg.get(0).kind() == Kind.PLACEHOLDER
                                && nameArg.get(0).text().length() > 1
                                && !Character.isDigit(nameArg.get(0).text().charAt(1))
                        ? nameArg.get(0).text().substring(1)
                        : nameArg.get(0).kind() == Kind.WORD ? nameArg.get(0).text() : null;
        if (name == null || args.size() < 2) {
            problems.add(
                    new ScannedSql.Problem(start.start(), "sqlj.sort takes a name and at least one ordering" + usage));
            return k;
        }
        if (sort != null) {
            problems.add(
                    new ScannedSql.Problem(start.start(), "a query can have one sqlj.sort; list every ordering in it"));
        }
        if (openOptional != null) {
            problems.add(new ScannedSql.Problem(start.start(), "sqlj.sort cannot be inside sqlj.optional"));
        }
        List<String> orderings = new ArrayList<>();
        emit(ScannedSql.SORT_MARK, start.start());
        for (int a = 1; a < args.size(); a++) {
            List<SqlToken> ordering = args.get(a);
            int from = 0;
            int to = ordering.size();
            while (from < to && ordering.get(from).isTrivia()) {
                from++;
            }
            while (to > from && ordering.get(to - 1).isTrivia()) {
                to--;
            }
            if (from == to) {
                problems.add(new ScannedSql.Problem(start.start(), "sqlj.sort has an empty ordering" + usage));
                continue;
            }
            for (SqlToken t : ordering.subList(from, to)) {
                if (t.kind() == Kind.PLACEHOLDER || t.isWord("sqlj") || t.isWord("sqlc")) {
                    problems.add(new ScannedSql.Problem(
                            t.start(),
                            "an ordering of sqlj.sort cannot use parameters or"
                                    + " macros: each is a fixed expression the caller picks by name"));
                }
            }
            if (a > 1) {
                emit(", ", ordering.get(from).start());
            }
            copy(ordering.get(from).start(), ordering.get(to - 1).end());
            orderings.add(sql.substring(
                    ordering.get(from).start(), ordering.get(to - 1).end()));
        }
        emit(ScannedSql.END_MARK, tokens.get(k).start());
        if (sort == null) {
            sort = new ScannedSql.Sort(name, start.start(), orderings);
        }
        return k;
    }

    /**
     * {@code $1} and {@code $3} without {@code $2}: PostgreSQL cannot type the missing number, and
     * sqlc reports it ("could not determine data type of parameter $2"). sqlj does the same, at the
     * first placeholder after the gap, rather than bind by use and hide a typo.
     */
    private void numberGap() {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        placeholders.forEach(p -> used.add(p.number()));
        for (int missing = 1; missing <= maxNumber; missing++) {
            if (used.contains(missing)) {
                continue;
            }
            int gap = missing;
            placeholders.stream()
                    .filter(p -> p.number() > gap)
                    .findFirst()
                    .ifPresent(p -> problems.add(new ScannedSql.Problem(
                            p.offset(),
                            "could not determine data type of parameter $" + gap + ": the query uses "
                                    + sql.substring(p.offset(), p.offset() + p.length()) + " but no $" + gap
                                    + "; number the parameters $1, $2, ... without a gap (PostgreSQL and sqlc"
                                    + " reject a gap too)")));
            return;
        }
    }

    private void addNamed(Placeholder.Kind kind, String name, boolean nullable, boolean slice, int start, int end) {
        Integer number = numbersByName.get(name);
        if (number == null && !dollarNumbers.isEmpty()) {
            do {
                lastNamedNumber++;
            } while (dollarNumbers.contains(lastNamedNumber));
            number = lastNamedNumber;
            numbersByName.put(name, number);
        } else if (number == null) {
            number = ++maxNumber;
            numbersByName.put(name, number);
        }
        Boolean wasSlice = sliceByName.putIfAbsent(name, slice);
        if (wasSlice != null && wasSlice != slice) {
            problems.add(new ScannedSql.Problem(
                    start, "parameter " + name + " is used both as a slice and as a single value"));
        }
        if (slice) {
            emit("/*SLICE:" + name + "*/", start);
        }
        separate('?', start);
        record(new Placeholder(kind, name, number, nullable, slice, start, end - start, out.length()));
        emit("?", start);
    }

    private void add(Placeholder.Kind kind, String name, int number, boolean nullable, boolean slice, SqlToken token) {
        String owner = ownerByNumber.get(number);
        if (kind == Placeholder.Kind.NUMBERED && owner != null && owner.startsWith("name ")) {
            // SQLite gives @name the next number, and ?N with that number is the same parameter
            // (zenbpm: "CASE WHEN @sort_by_order IS NULL ..." then "ORDER BY CASE CAST(?1 AS TEXT)",
            // as sqlc's output binds it too): another use of the name
            String named = owner.substring("name ".length());
            if (!Boolean.TRUE.equals(sliceByName.get(named))) {
                name = named;
            }
        }
        separate('?', token.start());
        record(new Placeholder(
                kind, name, number, nullable, slice, token.start(), token.end() - token.start(), out.length()));
        emit("?", token.start());
    }

    private void record(Placeholder p) {
        maxNumber = Math.max(maxNumber, p.number());
        String owner = p.named()
                ? "name " + p.name()
                : p.kind() == Placeholder.Kind.QUESTION ? "? #" + placeholders.size() : "number " + p.number();
        String previous = ownerByNumber.putIfAbsent(p.number(), owner);
        if (previous != null && !previous.equals(owner)) {
            problems.add(new ScannedSql.Problem(
                    p.offset(),
                    "placeholder "
                            + sql.substring(p.offset(), p.offset() + p.length()) + " gets number " + p.number()
                            + ", which another placeholder already has; do not mix plain ?, numbered and named"
                            + " placeholders in this order"));
        }
        placeholders.add(p);
    }

    /** Records where the next char written to {@link #out} came from. */
    private void offset(int original) {
        if (written == offsets.length) {
            offsets = java.util.Arrays.copyOf(offsets, Math.max(16, written * 2));
        }
        offsets[written++] = original;
    }

    private void copy(int start, int end) {
        separate(sql.charAt(start), start);
        out.append(sql, start, end);
        int[] map = room(end - start);
        for (int k = start; k < end; k++) {
            map[written++] = k;
        }
    }

    private void emit(String text, int originalOffset) {
        separate(text.charAt(0), originalOffset);
        out.append(text);
        int[] map = room(text.length());
        for (int k = 0; k < text.length(); k++) {
            map[written++] = originalOffset;
        }
    }

    /** {@link #offsets} with room for {@code more} entries: one check per token, not per char. */
    private int[] room(int more) {
        if (written + more > offsets.length) {
            offsets = java.util.Arrays.copyOf(offsets, Math.max(16, Math.max(written * 2, written + more)));
        }
        return offsets;
    }

    /**
     * A space between a {@code ?} written and a {@code ?} that follows ({@code ?2?}, a placeholder
     * right before {@code ??}): JDBC would read the two as its escaped {@code ?} operator.
     */
    private void separate(char next, int originalOffset) {
        if (next == '?' && out.length() > 0 && out.charAt(out.length() - 1) == '?') {
            out.append(' ');
            offset(originalOffset);
        }
    }

    private static int skipTrivia(List<SqlToken> tokens, int from) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).isTrivia()) {
            j++;
        }
        return j;
    }

    private static String unterminated(SqlToken token) {
        return switch (token.kind()) {
            case COMMENT -> "unterminated comment";
            case QUOTED_IDENTIFIER -> "unterminated quoted identifier";
            default -> "unterminated string";
        };
    }
}
