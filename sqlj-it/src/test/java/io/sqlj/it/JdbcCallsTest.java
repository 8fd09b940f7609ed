package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import testdata.jdbc_calls.CopyUsersParams;
import testdata.jdbc_calls.CreateUserResult;
import testdata.jdbc_calls.InsertUsersParams;
import testdata.jdbc_calls.Queries;
import testdata.jdbc_calls.User;
import testdata.jdbc_calls.UserByNameParams;
import testdata.jdbc_calls.UsersAboveParams;

/**
 * The generated code costs what hand-written JDBC costs because it makes the same JDBC calls: for
 * each command, the exact sequence of calls a generated method makes (recorded through proxies of
 * {@code Connection}, {@code PreparedStatement} and {@code ResultSet}) equals the sequence of a
 * hand-written method that does the same work, call for call, and both return the same values.
 * Unlike a timing, this comparison does not move with the load of the machine (issue 17).
 *
 * <p>The hand-written references are what a careful programmer writes: statements and result sets
 * in try-with-resources, reads by column index with the type's own getter, {@code setNull} for a
 * null argument, one prepared statement per batch, {@code :one} checking that no second row came.
 */
class JdbcCallsTest {

    private static final String SELECT_USER = "SELECT id, name, email, score FROM users WHERE id = ?";
    private static final String SELECT_AFTER = "SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id";
    private static final String INSERT = "INSERT INTO users (name, email, score) VALUES (?, ?, ?)";

    /** Runs {@code generated} and {@code byHand} on two identical databases; same calls, same result. */
    private static <T> void sameCalls(Work<T> generated, Work<T> byHand) throws SQLException {
        JdbcRecorder gen = new JdbcRecorder();
        JdbcRecorder hand = new JdbcRecorder();
        try (Connection a = seeded();
                Connection b = seeded()) {
            T genResult = generated.run(gen.wrap(a));
            T handResult = byHand.run(hand.wrap(b));
            assertFalse(hand.calls().isEmpty());
            assertEquals(
                    String.join("\n", hand.calls()),
                    String.join("\n", gen.calls()),
                    "the generated method makes other JDBC calls than the hand-written one");
            assertEquals(handResult, genResult);
        }
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static Connection seeded() throws SQLException {
        Connection db = Sqlite.withSchemaOf("jdbc_calls");
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO users (name, email, score) VALUES ('ann', 'ann@example.com', 10), ('bob', NULL, 20),"
                    + " ('cy', 'cy@example.com', 30), ('di', NULL, 40), ('ed', 'ed@example.com', 50)");
        }
        return db;
    }

    private static User read(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
    }

    private static void bind(PreparedStatement ps, String name, String email, long score) throws SQLException {
        ps.setString(1, name);
        if (email == null) {
            ps.setNull(2, Types.VARCHAR);
        } else {
            ps.setString(2, email);
        }
        ps.setLong(3, score);
    }

    @Test
    void one() throws SQLException {
        for (long id : new long[] {2, 99}) {
            sameCalls(c -> new Queries(c).getUser(id), c -> {
                try (PreparedStatement ps = c.prepareStatement(SELECT_USER)) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        User user = read(rs);
                        if (rs.next()) {
                            throw new SQLException("more than one row");
                        }
                        return Optional.of(user);
                    }
                }
            });
        }
    }

    @Test
    void oneNullableColumn() throws SQLException {
        sameCalls(c -> new Queries(c).userEmail(2), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT email FROM users WHERE id = ?")) {
                ps.setLong(1, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String email = rs.getString(1);
                    if (rs.next()) {
                        throw new SQLException("more than one row");
                    }
                    return Optional.ofNullable(email);
                }
            }
        });
    }

    @Test
    void many() throws SQLException {
        sameCalls(c -> new Queries(c).listUsers(1), c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_AFTER)) {
                ps.setLong(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    List<User> users = new ArrayList<>();
                    while (rs.next()) {
                        users.add(read(rs));
                    }
                    return users;
                }
            }
        });
    }

    @Test
    void iterAsStream() throws SQLException {
        sameCalls(
                c -> {
                    try (Stream<User> users = new Queries(c).streamUsers(1)) {
                        return users.toList();
                    }
                },
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(SELECT_AFTER)) {
                        ps.setFetchSize(1000);
                        ps.setLong(1, 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            List<User> users = new ArrayList<>();
                            while (rs.next()) {
                                users.add(read(rs));
                            }
                            return users;
                        }
                    }
                });
    }

    @Test
    void iterWithCallback() throws SQLException {
        sameCalls(
                c -> {
                    List<User> seen = new ArrayList<>();
                    new Queries(c).streamUsers(1, seen::add);
                    return seen;
                },
                c -> {
                    List<User> seen = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(SELECT_AFTER)) {
                        ps.setFetchSize(1000);
                        ps.setLong(1, 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                seen.add(read(rs));
                            }
                        }
                    }
                    return seen;
                });
    }

    @Test
    void slice() throws SQLException {
        sameCalls(c -> new Queries(c).usersIn(List.of(1L, 3L, 5L)), c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, name, email, score FROM users WHERE id IN (?, ?, ?) ORDER BY id")) {
                int i = 1;
                for (long id : List.of(1L, 3L, 5L)) {
                    ps.setLong(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<User> users = new ArrayList<>();
                    while (rs.next()) {
                        users.add(read(rs));
                    }
                    return users;
                }
            }
        });
    }

    @Test
    void exec() throws SQLException {
        for (String email : new String[] {"fay@example.com", null}) {
            sameCalls(
                    c -> {
                        new Queries(c).insertUser("fay", email, 60);
                        return null;
                    },
                    c -> {
                        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                            bind(ps, "fay", email, 60);
                            ps.execute();
                        }
                        return null;
                    });
        }
    }

    @Test
    void execrows() throws SQLException {
        sameCalls(c -> new Queries(c).addScore(5, 35), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET score = score + ? WHERE score < ?")) {
                ps.setLong(1, 5);
                ps.setLong(2, 35);
                return (long) ps.executeUpdate();
            }
        });
    }

    @Test
    void execlastid() throws SQLException {
        sameCalls(c -> new Queries(c).createUser("gus", null, 70), c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
                bind(ps, "gus", null, 70);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no key");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    @Test
    void execresult() throws SQLException {
        sameCalls(c -> new Queries(c).createUserResult("hal", "hal@example.com", 80), c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
                bind(ps, "hal", "hal@example.com", 80);
                long count = ps.executeUpdate();
                Long key = null;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) { // the last key, as for a multi-row insert
                        long value = keys.getLong(1);
                        key = keys.wasNull() ? null : value;
                    }
                }
                return new CreateUserResult(count, key);
            }
        });
    }

    private static List<InsertUsersParams> rows(int n) {
        List<InsertUsersParams> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new InsertUsersParams("u" + i, i % 2 == 0 ? null : "u" + i + "@example.com", i));
        }
        return rows;
    }

    /** One statement, flushed every 1,000 rows so a large list does not hold every row in the driver. */
    private static long[] batchByHand(Connection c, List<InsertUsersParams> rows) throws SQLException {
        long[] counts = new long[rows.size()];
        int done = 0;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (InsertUsersParams row : rows) {
                bind(ps, row.name(), row.email(), row.score());
                ps.addBatch();
                if (++pending == 1000) {
                    for (int n : ps.executeBatch()) {
                        counts[done++] = n;
                    }
                    pending = 0;
                }
            }
            if (pending > 0) {
                for (int n : ps.executeBatch()) {
                    counts[done++] = n;
                }
            }
        }
        return counts;
    }

    @Test
    void batchexec() throws SQLException {
        for (int n : new int[] {0, 3, 2500}) {
            List<InsertUsersParams> rows = rows(n);
            sameCalls(
                    c -> List.of(new Queries(c).insertUsers(rows)).stream()
                            .map(java.util.Arrays::toString)
                            .toList(),
                    c -> List.of(batchByHand(c, rows)).stream()
                            .map(java.util.Arrays::toString)
                            .toList());
        }
    }

    @Test
    void copyfromFallsBackToTheSameBatch() throws SQLException {
        List<InsertUsersParams> rows = rows(1200);
        List<CopyUsersParams> copy = rows.stream()
                .map(r -> new CopyUsersParams(r.name(), r.email(), r.score()))
                .toList();
        sameCalls(
                c -> java.util.Arrays.toString(new Queries(c).copyUsers(copy)),
                c -> java.util.Arrays.toString(batchByHand(c, rows)));
    }

    @Test
    void batchone() throws SQLException {
        List<String> names = List.of("ann", "nobody", "ed");
        sameCalls(
                c -> new Queries(c)
                        .userByName(names.stream().map(UserByNameParams::new).toList()),
                c -> {
                    List<Optional<User>> results = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement("SELECT id, name, email, score FROM users WHERE name = ?")) {
                        for (String name : names) {
                            ps.setString(1, name);
                            try (ResultSet rs = ps.executeQuery()) {
                                if (!rs.next()) {
                                    results.add(Optional.empty());
                                    continue;
                                }
                                User user = read(rs);
                                if (rs.next()) {
                                    throw new SQLException("more than one row");
                                }
                                results.add(Optional.of(user));
                            }
                        }
                    }
                    return results;
                });
    }

    @Test
    void batchmany() throws SQLException {
        List<Long> scores = List.of(15L, 45L, 100L);
        sameCalls(
                c -> new Queries(c)
                        .usersAbove(scores.stream().map(UsersAboveParams::new).toList()),
                c -> {
                    List<List<User>> results = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id, name, email, score FROM users WHERE score > ? ORDER BY id")) {
                        for (long score : scores) {
                            ps.setLong(1, score);
                            try (ResultSet rs = ps.executeQuery()) {
                                List<User> users = new ArrayList<>();
                                while (rs.next()) {
                                    users.add(read(rs));
                                }
                                results.add(users);
                            }
                        }
                    }
                    return Collections.unmodifiableList(results);
                });
    }
}
