package io.sqlj.core.config;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a schema folder that are applied, in the order migration tools apply them.
 *
 * <p>Versioned files come first, by version compared numerically: Flyway {@code V1__a.sql},
 * {@code V1.1__b.sql}, {@code V2__c.sql}, {@code V10__d.sql}; golang-migrate {@code
 * 000001_init.up.sql}; goose and dbmate {@code 00001_x.sql}, {@code 20240101120000_x.sql}. Then
 * Flyway repeatable scripts ({@code R__x.sql}), then every other file, each group by name, so a
 * folder of plain schema files keeps name order. Down scripts are left out: golang-migrate {@code
 * *.down.sql} and Flyway undo scripts ({@code U2__x.sql}).
 */
final class SchemaFolder {
    private SchemaFolder() {}

    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final Pattern FLYWAY_UNDO = Pattern.compile("U\\d+(?:[._]\\d+)*__.*\\.sql");
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__.*\\.sql");
    /** golang-migrate, goose and dbmate: a number or timestamp, an underscore, a description. */
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)_.*\\.sql");

    /** Where a file goes: versioned files by version, then repeatable ones, then the rest. */
    private record Order(int group, List<BigInteger> version, String name) {
        static final Comparator<Order> COMPARATOR = Comparator.comparingInt(Order::group)
                .thenComparing(Order::version, SchemaFolder::compareVersions)
                .thenComparing(Order::name);
    }

    /** Leaves out down and undo scripts and sorts the rest into the order they are applied in. */
    static List<Path> applied(List<Path> sqlFiles) {
        List<Path> kept = new ArrayList<>();
        for (Path file : sqlFiles) {
            if (!isDown(file.getFileName().toString())) {
                kept.add(file);
            }
        }
        kept.sort(Comparator.comparing(file -> order(file.getFileName().toString()), Order.COMPARATOR));
        return List.copyOf(kept);
    }

    static boolean isDown(String name) {
        return name.endsWith(".down.sql") || FLYWAY_UNDO.matcher(name).matches();
    }

    private static Order order(String name) {
        Matcher flyway = FLYWAY_VERSIONED.matcher(name);
        if (flyway.matches()) {
            return new Order(0, version(flyway.group(1)), name);
        }
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches()) {
            return new Order(0, version(numbered.group(1)), name);
        }
        return new Order(FLYWAY_REPEATABLE.matcher(name).matches() ? 1 : 2, List.of(), name);
    }

    private static List<BigInteger> version(String text) {
        return Pattern.compile("[._]").splitAsStream(text).map(BigInteger::new).toList();
    }

    /** Component by component, a missing component counting as 0 (Flyway: 1 = 1.0). */
    private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
