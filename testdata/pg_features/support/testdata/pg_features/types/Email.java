package testdata.pg_features.types;

import java.util.Locale;

/** A user's own type: an e-mail address, always lower case. */
public record Email(String address) {

  public Email {
    if (!address.contains("@")) {
      throw new IllegalArgumentException("not an e-mail address: " + address);
    }
    address = address.toLowerCase(Locale.ROOT);
  }
}
