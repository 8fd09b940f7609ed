package io.sqlj.core;

import java.util.Locale;
import java.util.Optional;

/** The command after a query's name: {@code -- name: GetAuthor :one}. */
public enum Command {
  ONE,
  MANY,
  EXEC,
  EXECROWS,
  EXECLASTID,
  BATCHEXEC,
  COPYFROM,
  /** Rows streamed one at a time, never all held: a {@code Stream} or a callback. */
  ITER;

  /** The spelling in query files and in the protocol, without the colon: {@code one}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code one} or {@code :one}. */
  public static Optional<Command> parse(String text) {
    String word = text.startsWith(":") ? text.substring(1) : text;
    for (Command command : values()) {
      if (command.keyword().equals(word)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}
