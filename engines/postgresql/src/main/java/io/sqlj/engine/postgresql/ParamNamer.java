package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.SqlToken;
import java.util.List;
import java.util.Set;

/**
 * Infers an unnamed parameter's name from what surrounds its {@code ?}: the column it is
 * compared with ({@code col = ?}, {@code ? < col}, {@code col = ANY(?)}, {@code col IN (?)},
 * {@code col LIKE ?}), assigned to ({@code SET col = ?}) or inserted into
 * ({@code INSERT INTO t (a, b) VALUES (?, ?)}); {@code from_col}/{@code to_col} for BETWEEN,
 * {@code limit} and {@code offset}.
 */
final class ParamNamer {
  /** The inferred name, the table of a column written to (INSERT/UPDATE) or "" otherwise. */
  record Guess(String name, String writtenTable) {
    static final Guess NONE = new Guess("", "");
  }

  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
  private static final Set<String> WORD_COMPARISONS = Set.of("like", "ilike");

  private final List<SqlToken> tokens;

  ParamNamer(List<SqlToken> tokens) {
    this.tokens = tokens;
  }

  Guess guess(int jdbcOffset) {
    int i = indexAt(jdbcOffset);
    if (i < 0) {
      return Guess.NONE;
    }
    if (at(i - 1).isWord("limit") || at(i - 1).isWord("offset")) {
      return new Guess(at(i - 1).key(), "");
    }
    String inserted = insertedColumn(i);
    if (!inserted.isEmpty()) {
      return new Guess(inserted, target());
    }
    int j = i - 1;
    if (at(j).isPunct("(") && (at(j - 1).isWord("any") || at(j - 1).isWord("all") || at(j - 1).isWord("some"))) {
      j -= 2;
    } else if (at(j).isPunct("(") && at(j - 1).isWord("in")) {
      return column(j - 2, false);
    }
    if (isComparison(at(j))) {
      Guess g = column(j - 1, false);
      if (!g.name().isEmpty() && at(j).isPunct("=") && inSetClause(i)) {
        return new Guess(g.name(), target());
      }
      return g;
    }
    if (at(j).isWord("between")) {
      Guess g = column(j - 1, false);
      return g.name().isEmpty() ? g : new Guess("from_" + g.name(), "");
    }
    if (at(j).isWord("and") && at(j - 2).isWord("between")) {
      Guess g = column(j - 3, false);
      return g.name().isEmpty() ? g : new Guess("to_" + g.name(), "");
    }
    if (isComparison(at(i + 1)) && at(i + 2).isIdentifier() && !at(i + 3).isPunct("(")) {
      return column(i + 2, true);
    }
    return Guess.NONE;
  }

  /** The column ending at (or, forward, starting at) token k: {@code col} or {@code t.col}. */
  private Guess column(int k, boolean forward) {
    int last = k;
    if (forward) {
      while (at(last + 1).isPunct(".") && at(last + 2).isIdentifier()) {
        last += 2;
      }
    }
    SqlToken t = at(last);
    if (!t.isIdentifier() || t.kind() == SqlToken.Kind.WORD && isReserved(t)) {
      return Guess.NONE;
    }
    return new Guess(t.value(), "");
  }

  private static boolean isReserved(SqlToken t) {
    return Set.of("and", "or", "not", "where", "select", "on", "when", "then", "else", "case", "null",
        "true", "false", "set", "values", "in", "is").contains(t.key());
  }

  private static boolean isComparison(SqlToken t) {
    return t.kind() == SqlToken.Kind.PUNCT && COMPARISONS.contains(t.text())
        || t.kind() == SqlToken.Kind.WORD && WORD_COMPARISONS.contains(t.key());
  }

  private boolean inSetClause(int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (tokens.get(k).isWord("where") || tokens.get(k).isWord("from")) {
        return false;
      }
      if (tokens.get(k).isWord("set")) {
        return true;
      }
    }
    return false;
  }

  /** For {@code INSERT INTO t (cols) VALUES (..., ?, ...)}: the column at the ?'s place. */
  private String insertedColumn(int i) {
    int open = -1;
    int depth = 0;
    for (int k = i - 1; k >= 0; k--) {
      SqlToken t = tokens.get(k);
      if (t.isPunct(")")) {
        depth++;
      } else if (t.isPunct("(")) {
        if (depth == 0) {
          open = k;
          break;
        }
        depth--;
      }
    }
    if (open < 1 || !(at(open - 1).isWord("values") || at(open - 1).isPunct(","))) {
      return "";
    }
    List<List<SqlToken>> values = QueryShape.split(tokens.subList(open + 1, QueryShape.skipParens(tokens, open) - 1), 0, Set.of());
    int index = -1;
    for (int v = 0; v < values.size(); v++) {
      List<SqlToken> item = values.get(v);
      if (!item.isEmpty() && item.get(0) == tokens.get(i)) {
        index = v;
      }
    }
    List<String> columns = insertColumns();
    return index >= 0 && index < columns.size() ? columns.get(index) : "";
  }

  private List<String> insertColumns() {
    for (int k = 0; k + 3 < tokens.size(); k++) {
      if (tokens.get(k).isWord("insert") && tokens.get(k + 1).isWord("into")) {
        int j = k + 3;
        while (at(j).isPunct(".")) {
          j += 2;
        }
        if (at(j).isWord("as")) {
          j += 2;
        } else if (at(j).isIdentifier() && !at(j).isWord("values") && !at(j).isWord("select")) {
          j++;
        }
        if (!at(j).isPunct("(")) {
          return List.of();
        }
        int close = QueryShape.skipParens(tokens, j);
        return QueryShape.split(tokens.subList(j + 1, close - 1), 0, Set.of()).stream()
            .map(c -> c.isEmpty() ? "" : c.get(0).value())
            .toList();
      }
    }
    return List.of();
  }

  /** The table an INSERT or UPDATE writes, or "". */
  String target() {
    for (int k = 0; k + 2 < tokens.size(); k++) {
      if (tokens.get(k).isWord("insert") && tokens.get(k + 1).isWord("into")) {
        return qualified(k + 2);
      }
      if (tokens.get(k).isWord("update")) {
        return qualified(at(k + 1).isWord("only") ? k + 2 : k + 1);
      }
    }
    return "";
  }

  private String qualified(int k) {
    StringBuilder name = new StringBuilder(at(k).value());
    while (at(k + 1).isPunct(".")) {
      name.append('.').append(at(k + 2).value());
      k += 2;
    }
    return name.toString();
  }

  private int indexAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == offset) {
        return i;
      }
    }
    return -1;
  }

  private SqlToken at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : new SqlToken(SqlToken.Kind.WHITESPACE, "", 0, 0, true);
  }
}
