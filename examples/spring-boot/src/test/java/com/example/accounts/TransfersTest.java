package com.example.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.accounts.db.Queries;
import io.sqlj.engine.postgresql.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application (Spring context, HikariCP, Flyway's migrations) against the PostgreSQL
 * that sqlj's engine generated the code with: the same embedded server, the same version.
 */
@SpringBootTest
class TransfersTest {

  private static EmbeddedPostgres server;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    server = EmbeddedPostgres.start();
    registry.add("spring.datasource.url", () -> server.jdbcUrl("postgres"));
    registry.add("spring.datasource.username", () -> EmbeddedPostgres.USER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Autowired Transfers transfers;
  @Autowired Queries queries;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void accounts() throws SQLException {
    jdbc.execute("TRUNCATE transfers, accounts RESTART IDENTITY");
    queries.openAccount("ann", 100);
    queries.openAccount("bob", 0);
  }

  @Test
  void aTransferCommitsEveryStatement() throws SQLException {
    transfers.transfer("ann", "bob", 30);
    assertEquals(70, queries.getAccount("ann").orElseThrow().balance());
    assertEquals(30, queries.getAccount("bob").orElseThrow().balance());
    assertEquals(1, queries.countTransfers().orElseThrow());
  }

  @Test
  void transactionalRollbackUndoesTheGeneratedCalls() throws SQLException {
    assertThrows(Transfers.InsufficientFunds.class, () -> transfers.transfer("ann", "bob", 130));
    // the debit, the credit and the transfer row ran, then were rolled back together
    assertEquals(100, queries.getAccount("ann").orElseThrow().balance());
    assertEquals(0, queries.getAccount("bob").orElseThrow().balance());
    assertEquals(0, queries.countTransfers().orElseThrow());
  }

  @Test
  void aDatabaseErrorRollsBackToo() throws SQLException {
    // amount > 0 is checked by the table: the two balance updates before the insert are undone
    assertThrows(SQLException.class, () -> transfers.transfer("ann", "bob", -5));
    assertEquals(100, queries.getAccount("ann").orElseThrow().balance());
    assertEquals(0, queries.getAccount("bob").orElseThrow().balance());
  }
}
