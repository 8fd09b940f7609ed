package io.sqlj.engine.postgresql;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The foreign keys of a {@code CREATE TABLE} to a table that no statement of the schema makes: a
 * service whose migrations reference another service's table in the database both share
 * (flare-go/payment's {@code REFERENCES users(email)}, hollow-cube's {@code maps (id)}). sqlc does
 * not check foreign keys; a foreign key changes no type a query reads, so the table can load
 * without it.
 */
final class ForeignKeys {
    private ForeignKeys() {}

    /**
     * The statement with every foreign key to {@code relation} (as the server's message names it,
     * {@code users} or {@code auth.users}) blanked out, a table constraint with its comma; lines and
     * columns stay where they were. Empty when the statement is not a {@code CREATE TABLE} or has
     * no such foreign key.
     */
    static Optional<String> withoutReferencesTo(String statement, String relation) {
        List<SqlToken> t = SqlLexer.significant(statement, SqlSyntax.POSTGRESQL);
        if (!createsTable(t)) {
            return Optional.empty();
        }
        String[] wanted = relation.toLowerCase(Locale.ROOT).split("\\.");
        List<int[]> cuts = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isWord("references")) {
                continue;
            }
            List<String> name = new ArrayList<>();
            int j = i + 1;
            while (j < t.size() && t.get(j).isIdentifier()) {
                name.add(t.get(j).key());
                j++;
                if (j < t.size() && t.get(j).isPunct(".")) {
                    j++;
                } else {
                    break;
                }
            }
            if (!names(name, wanted)) {
                continue;
            }
            int end = clauseEnd(t, j);
            int start = i;
            boolean tableConstraint = false;
            if (start > 0 && t.get(start - 1).isPunct(")")) {
                int open = matching(t, start - 1);
                if (open >= 2
                        && t.get(open - 1).isWord("key")
                        && t.get(open - 2).isWord("foreign")) {
                    start = open - 2;
                    tableConstraint = true;
                }
            }
            if (start >= 2 && t.get(start - 2).isWord("constraint")) {
                start -= 2;
            }
            if (tableConstraint) {
                if (start > 0 && t.get(start - 1).isPunct(",")) {
                    start--;
                } else if (end < t.size() && t.get(end).isPunct(",")) {
                    end++;
                }
            }
            cuts.add(new int[] {t.get(start).start(), t.get(end - 1).end()});
            i = end - 1;
        }
        if (cuts.isEmpty()) {
            return Optional.empty();
        }
        char[] out = statement.toCharArray();
        for (int[] cut : cuts) {
            for (int k = cut[0]; k < cut[1]; k++) {
                if (out[k] != '\n' && out[k] != '\r') {
                    out[k] = ' ';
                }
            }
        }
        return Optional.of(new String(out));
    }

    /**
     * Whether the statement is {@code ALTER TABLE [ONLY] [IF EXISTS] t ADD [CONSTRAINT c] FOREIGN KEY
     * (...) REFERENCES ...} and nothing else, as a pg_dump writes each foreign key at its end: it
     * changes no type, so when it fails (a referenced table of another schema or service) it is
     * skipped with a warning.
     */
    static boolean addsOnlyForeignKey(String statement) {
        List<SqlToken> t = SqlLexer.significant(statement, SqlSyntax.POSTGRESQL);
        if (t.size() < 3 || !t.get(0).isWord("alter") || !t.get(1).isWord("table")) {
            return false;
        }
        int i = 2;
        if (t.get(i).isWord("only")) {
            i++;
        }
        if (i + 1 < t.size() && t.get(i).isWord("if") && t.get(i + 1).isWord("exists")) {
            i += 2;
        }
        while (i < t.size() && t.get(i).isIdentifier() && !t.get(i).isWord("add")) {
            i++;
            if (i < t.size() && t.get(i).isPunct(".")) {
                i++;
            }
        }
        if (i >= t.size() || !t.get(i).isWord("add")) {
            return false;
        }
        i++;
        if (i + 1 < t.size() && t.get(i).isWord("constraint")) {
            i += 2;
        }
        if (i + 2 >= t.size()
                || !t.get(i).isWord("foreign")
                || !t.get(i + 1).isWord("key")
                || !t.get(i + 2).isPunct("(")) {
            return false;
        }
        i = matching(t, i + 2) + 1;
        if (i >= t.size() || !t.get(i).isWord("references")) {
            return false;
        }
        i++;
        while (i < t.size() && t.get(i).isIdentifier()) {
            i++;
            if (i < t.size() && t.get(i).isPunct(".")) {
                i++;
            } else {
                break;
            }
        }
        int end = clauseEnd(t, i);
        return end == t.size() || end == t.size() - 1 && t.get(end).isPunct(";");
    }

    private static boolean createsTable(List<SqlToken> t) {
        if (t.isEmpty() || !t.get(0).isWord("create")) {
            return false;
        }
        for (int i = 1; i < Math.min(t.size(), 5); i++) {
            if (t.get(i).isWord("table")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name as written ({@code users}, {@code public.users}) is the one the server named. */
    private static boolean names(List<String> written, String[] wanted) {
        if (written.isEmpty()) {
            return false;
        }
        if (wanted.length == 1) {
            return written.get(written.size() - 1).equals(wanted[0]);
        }
        return String.join(".", written).equals(String.join(".", wanted));
    }

    /** The index after a foreign key's clause that starts after its table name at {@code i}. */
    private static int clauseEnd(List<SqlToken> t, int i) {
        if (i < t.size() && t.get(i).isPunct("(")) {
            i = matching(t, i) + 1;
        }
        while (i < t.size()) {
            SqlToken k = t.get(i);
            if (k.isWord("match") && i + 1 < t.size()) {
                i += 2;
            } else if (k.isWord("on")
                    && i + 1 < t.size()
                    && (t.get(i + 1).isWord("delete") || t.get(i + 1).isWord("update"))) {
                i += 2;
                if (i < t.size() && (t.get(i).isWord("no") || t.get(i).isWord("set"))) {
                    i += 2; // NO ACTION, SET NULL, SET DEFAULT
                    if (i < t.size() && t.get(i).isPunct("(")) {
                        i = matching(t, i) + 1; // SET NULL (col, ...)
                    }
                } else {
                    i++; // CASCADE, RESTRICT
                }
            } else if (k.isWord("not")
                    && i + 1 < t.size()
                    && (t.get(i + 1).isWord("deferrable")
                            || t.get(i + 1).isWord("valid")
                            || t.get(i + 1).isWord("enforced"))) {
                i += 2;
            } else if (k.isWord("deferrable") || k.isWord("enforced")) {
                i++;
            } else if (k.isWord("initially") && i + 1 < t.size()) {
                i += 2;
            } else {
                break;
            }
        }
        return Math.min(i, t.size());
    }

    /** The index of the parenthesis that closes (or opens) the one at {@code i}. */
    private static int matching(List<SqlToken> t, int i) {
        boolean forward = t.get(i).isPunct("(");
        int depth = 0;
        for (int k = i; forward ? k < t.size() : k >= 0; k += forward ? 1 : -1) {
            if (t.get(k).isPunct("(")) {
                depth += forward ? 1 : -1;
            } else if (t.get(k).isPunct(")")) {
                depth += forward ? -1 : 1;
            }
            if (depth == 0) {
                return k;
            }
        }
        return forward ? t.size() - 1 : 0;
    }
}
