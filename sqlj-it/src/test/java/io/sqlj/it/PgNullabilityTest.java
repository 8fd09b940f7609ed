package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import testdata.pg_nullability.ActivePlayer;
import testdata.pg_nullability.AllScoresRow;
import testdata.pg_nullability.CountdownRow;
import testdata.pg_nullability.ExpressionsRow;
import testdata.pg_nullability.PlayerTeam;
import testdata.pg_nullability.PlayerTeamRow;
import testdata.pg_nullability.Queries;
import testdata.pg_nullability.RankedRow;
import testdata.pg_nullability.TeamStatsRow;

/**
 * The PostgreSQL engine's NOT NULL proofs as generated code sees them: a column proven NOT NULL
 * is a primitive, a nullable one a boxed type; run on data that puts NULL wherever the schema
 * allows one, each primitive reads its value and each NULL lands in a boxed component.
 */
class PgNullabilityTest {

    /** The record's component types, as a reader of the generated code sees them. */
    static String types(Class<? extends Record> row) {
        return Arrays.stream(row.getRecordComponents())
                .map(c -> c.getType().getSimpleName())
                .collect(Collectors.joining(" "));
    }

    @Test
    void provenColumnsArePrimitivesAndReadTheirValues() throws Exception {
        try (Connection db = Postgres.withSchemaOf("pg_nullability")) {
            Sqlite.exec(
                    db,
                    "INSERT INTO teams VALUES (1, 'Reds', 100), (2, 'Blues', NULL), (3, 'Empty', NULL)",
                    "INSERT INTO players VALUES (1, 1, 'Ann', 10, 7, true), (2, 1, 'Bob', 20, NULL, true),"
                            + " (3, NULL, 'Cy', 5, 3, false), (4, 2, 'Di', 15, NULL, true)");
            Queries q = new Queries(db);

            assertEquals(
                    "long long long Long Integer long Integer",
                    types(TeamStatsRow.class),
                    "count(...), count(*) FILTER and (SELECT count(*) ...) are NOT NULL; sum, max and a scalar max are not");
            assertEquals(
                    List.of(
                            new TeamStatsRow(1, 2, 1, 30L, 7, 4, 20),
                            new TeamStatsRow(2, 1, 1, 15L, null, 4, 15),
                            new TeamStatsRow(3, 0, 1, null, null, 4, null)),
                    q.teamStats());

            assertEquals("long int Integer", types(AllScoresRow.class));
            assertEquals(
                    List.of(
                            new AllScoresRow(1, 0, null),
                            new AllScoresRow(1, 10, 7),
                            new AllScoresRow(2, 0, null),
                            new AllScoresRow(2, 20, null),
                            new AllScoresRow(3, 0, null),
                            new AllScoresRow(3, 5, 3),
                            new AllScoresRow(4, 15, null)),
                    q.allScores());

            assertEquals(
                    "long Long int Integer int", types(ActivePlayer.class), "the view's model, proven like a query");
            assertEquals(
                    List.of(
                            new ActivePlayer(1, 1L, 10, 7, 100),
                            new ActivePlayer(2, 1L, 20, null, 200),
                            new ActivePlayer(4, 2L, 15, null, 150)),
                    q.activePlayers());

            assertEquals("long int Long", types(PlayerTeam.class), "a view over a LEFT JOIN");
            assertEquals(
                    List.of(
                            new PlayerTeam(1, 10, 1L),
                            new PlayerTeam(2, 20, 1L),
                            new PlayerTeam(3, 5, null),
                            new PlayerTeam(4, 15, 2L)),
                    q.playerTeams());

            assertEquals("long int long", types(RankedRow.class));
            assertEquals(
                    List.of(
                            new RankedRow(2, 20, 1),
                            new RankedRow(4, 15, 2),
                            new RankedRow(1, 10, 3),
                            new RankedRow(3, 5, 4)),
                    q.ranked());

            assertEquals("int int Integer", types(CountdownRow.class), "a recursive CTE");
            assertEquals(
                    List.of(new CountdownRow(3, 6, null), new CountdownRow(2, 4, 3), new CountdownRow(1, 2, 2)),
                    q.countdown());

            assertEquals("long int long double int boolean Integer boolean Integer int", types(ExpressionsRow.class));
            assertEquals(
                    List.of(
                            new ExpressionsRow(1, 7, 10, 10.0, 17, true, 1, true, 8, 3),
                            new ExpressionsRow(2, 0, 20, 20.0, 20, false, null, true, null, 3),
                            new ExpressionsRow(3, 3, 5, 5.0, 8, false, null, false, 4, 2),
                            new ExpressionsRow(4, 0, 15, 15.0, 15, false, null, true, null, 2)),
                    q.expressions());

            assertEquals("long Long long", types(PlayerTeamRow.class));
            assertEquals(
                    List.of(
                            new PlayerTeamRow(1, 1L, 1),
                            new PlayerTeamRow(2, 1L, 1),
                            new PlayerTeamRow(3, null, -1),
                            new PlayerTeamRow(4, 2L, 2)),
                    q.playerTeam());
        }
    }
}
