package io.sqlj.codegen.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns database names into Java names.
 *
 * <p>Names derived from user input never start with an underscore followed by a letter; every
 * local variable and helper method that sqlj itself invents inside generated code does (
 * {@code _ps}, {@code _rs}, {@code _index}), so the two can never clash.
 */
final class Names {

  /** Keywords, literals and restricted identifiers: a name equal to one gets a trailing {@code _}. */
  private static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "_", "var",
      "yield", "record", "sealed", "permits", "exports", "module", "open", "opens", "provides",
      "requires", "to", "transitive", "uses", "with");

  /**
   * Methods of {@code Object}: a record component or a no-argument query method with one of these
   * names would not compile, so they get a trailing {@code _} too.
   */
  static final Set<String> OBJECT_METHODS = Set.of(
      "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString",
      "wait");

  private Names() {}

  /** {@code get_author}, {@code get-author}, {@code GetAuthor} → {@code getAuthor}; "" when no word. */
  static String lowerCamel(String raw) {
    StringBuilder out = new StringBuilder();
    for (String word : words(raw)) {
      out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
    }
    return escape(out.toString());
  }

  /** {@code order_status} → {@code OrderStatus}; "" when no word. */
  static String upperCamel(String raw) {
    StringBuilder out = new StringBuilder();
    for (String word : words(raw)) {
      out.append(capitalize(word));
    }
    return escape(out.toString());
  }

  /** {@code GetAuthor} → {@code GET_AUTHOR}; "" when no word. */
  static String upperSnake(String raw) {
    List<String> upper = new ArrayList<>();
    for (String word : words(raw)) {
      upper.add(word.toUpperCase(Locale.ROOT));
    }
    return escape(String.join("_", upper));
  }

  /** A name for a variable, method or record component: lowerCamel, never an Object method. */
  static String member(String raw) {
    String name = lowerCamel(raw);
    return OBJECT_METHODS.contains(name) ? name + "_" : name;
  }

  /**
   * A Go-style exported name as a Java member: {@code SpotifyURL} → {@code spotifyURL}, {@code
   * ID} → {@code id}, {@code URLPath} → {@code urlPath}; a name starting in lower case is kept.
   */
  static String decapitalize(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return name;
    }
    int cut = upper == 1 || upper == name.length() ? upper : upper - 1;
    String result = name.substring(0, cut).toLowerCase(java.util.Locale.ROOT) + name.substring(cut);
    return RESERVED.contains(result) || OBJECT_METHODS.contains(result) ? result + "_" : result;
  }

  /** {@code name}, or {@code name2}, {@code name3}... whichever is not in {@code used}; records it. */
  static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  /** Whether {@code name} may be used as a Java identifier (and is not reserved). */
  static boolean isIdentifier(String name) {
    if (name.isEmpty() || RESERVED.contains(name)) {
      return false;
    }
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(Character::isJavaIdentifierPart);
  }

  private static String escape(String name) {
    if (name.isEmpty()) {
      return name;
    }
    if (!Character.isLetter(name.codePointAt(0)) && name.charAt(0) != '_') {
      return "_" + name;
    }
    return RESERVED.contains(name) ? name + "_" : name;
  }

  /**
   * Splits at every character that is not a letter or digit, then at camel-case humps: {@code
   * userID} → user, ID; {@code HTTPServer} → HTTP, Server; digits stay with the letters before
   * them ({@code address2}).
   */
  static List<String> words(String raw) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = raw.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c)) {
        int prev = cps[i - 1];
        boolean afterLower = Character.isLowerCase(prev) || Character.isDigit(prev);
        boolean acronymEnd = Character.isUpperCase(prev)
            && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
        if (afterLower || acronymEnd) {
          flush(word, words);
        }
      }
      word.appendCodePoint(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String capitalize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int first = lower.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(lower.substring(Character.charCount(first)))
        .toString();
  }

  /**
   * {@code authors} → {@code author}, {@code categories} → {@code category}, {@code boxes} →
   * {@code box}; the last word only, as sqlc does for model names. Words that do not look plural
   * ({@code status}, {@code news}, {@code address}) stay as they are.
   */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 3 || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")
        || lower.endsWith("news")) {
      return word;
    }
    if (lower.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "Y" : "y");
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches")
        || lower.endsWith("shes") || lower.endsWith("zes")) {
      return word.substring(0, word.length() - 2);
    }
    return lower.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }
}
