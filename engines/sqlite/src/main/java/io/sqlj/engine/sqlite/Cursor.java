package io.sqlj.engine.sqlite;

import io.sqlj.sql.SqlToken;
import java.util.List;
import java.util.Set;

/** A position in the significant tokens of the rewritten query. */
final class Cursor {
    private static final SqlToken END = new SqlToken(SqlToken.Kind.PUNCT, "", -1, -1, true);
    private final List<SqlToken> tokens;
    private int pos;

    Cursor(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    SqlToken peek() {
        return peek(0);
    }

    SqlToken peek(int ahead) {
        int at = pos + ahead;
        return at >= 0 && at < tokens.size() ? tokens.get(at) : END;
    }

    SqlToken next() {
        SqlToken t = peek();
        if (pos < tokens.size()) {
            pos++;
        }
        return t;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    boolean isWord(String... words) {
        for (String w : words) {
            if (peek().isWord(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isPunct(String p) {
        return peek().isPunct(p);
    }

    boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptPunct(String p) {
        if (peek().isPunct(p)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Skips one token, or a whole balanced group when it is {@code (}. */
    void skipOne() {
        if (!isPunct("(")) {
            next();
            return;
        }
        int depth = 0;
        do {
            SqlToken t = next();
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            }
        } while (depth > 0 && !atEnd());
    }

    /** Skips to the first top-level token that is one of {@code words}, a {@code )} or {@code ;}. */
    void skipUntil(Set<String> words) {
        while (!atEnd()
                && !isPunct(")")
                && !isPunct(";")
                && !(peek().kind() == SqlToken.Kind.WORD && words.contains(peek().key()))) {
            skipOne();
        }
    }
}
