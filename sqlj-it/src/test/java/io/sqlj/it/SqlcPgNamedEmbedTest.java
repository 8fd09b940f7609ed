package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import testdata.sqlc_pg_named_embed.AccountsState;
import testdata.sqlc_pg_named_embed.AccountsUser;
import testdata.sqlc_pg_named_embed.Queries;
import testdata.sqlc_pg_named_embed.User;
import testdata.sqlc_pg_named_embed.UsersSinceRow;
import testdata.sqlc_pg_named_embed.UsersWithAccountRow;
import testdata.sqlc_pg_named_embed.UsersWithManagersRow;

/**
 * The sqlc_pg_named_embed case (a sqlc config) on PostgreSQL: a named parameter used twice where
 * one use alone tells the server no type, {@code $1} reused next to {@code sqlc.arg}, a self-join
 * embedding one table twice, a table outside the default schema with its sqlc name, and a named
 * parameter whose uses have two types (timestamp, then timestamptz), which takes the first's.
 */
class SqlcPgNamedEmbedTest {

    private static final OffsetDateTime JAN = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime JUN = OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void repeatedParametersSelfJoinEmbedsAndSchemaModels() throws Exception {
        try (Connection db = Postgres.withSchemaOf("sqlc_pg_named_embed")) {
            Queries q = new Queries(db);
            User boss = q.createUser("boss", null, JAN).orElseThrow();
            User ann = q.createUser("ann", boss.id(), JUN).orElseThrow();
            q.createAccount(ann.id(), "ann1", AccountsState.LOCKED);

            // @since once compared, once tested for NULL: one argument, bound to both uses
            assertEquals(List.of(new UsersSinceRow(ann.id(), "ann")), q.usersSince(JAN));
            assertEquals(List.of(boss.id(), ann.id()), q.usersSinceNullable(null));
            assertEquals(List.of(ann.id()), q.usersSinceNullable(JUN));
            // after's uses: timestamp, then timestamptz; one LocalDateTime, as sqlc's one $1
            assertEquals(List.of(boss.id(), ann.id()), q.usersCreatedAfterLocal(null));
            assertEquals(List.of(ann.id()), q.usersCreatedAfterLocal(LocalDateTime.of(2024, 3, 1, 0, 0)));
            assertEquals(List.of(), q.usersCreatedAfterLocal(LocalDateTime.of(2024, 9, 1, 0, 0)));
            // $1 twice (once untyped) and sqlc.arg(min_id) as parameter 2
            assertEquals(List.of(ann.id()), q.usersNamed("ann", 0));
            assertEquals(List.of(boss.id(), ann.id()), q.usersNamed(null, 0));
            assertEquals(List.of(ann.id()), q.usersNamed(null, ann.id()));

            // the same table embedded twice: user and user2, as sqlc's User and User_2
            assertEquals(List.of(new UsersWithManagersRow(ann, boss)), q.usersWithManagers());
            List<UsersWithAccountRow> accounts = q.usersWithAccount();
            assertEquals(new UsersWithAccountRow(boss, null), accounts.get(0));
            assertEquals(
                    new AccountsUser(ann.id(), "ann1", AccountsState.LOCKED),
                    accounts.get(1).accountsUser());
            assertNull(accounts.get(0).accountsUser());
            assertEquals(
                    List.of(new AccountsUser(ann.id(), "ann1", AccountsState.LOCKED)),
                    q.accounts(AccountsState.LOCKED));
        }
    }
}
