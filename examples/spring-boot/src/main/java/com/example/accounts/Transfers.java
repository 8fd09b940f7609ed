package com.example.accounts;

import com.example.accounts.db.Account;
import com.example.accounts.db.Queries;
import java.sql.SQLException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves money between accounts: all of a transfer happens, or none of it. */
@Service
public class Transfers {

  private final Queries queries;

  public Transfers(Queries queries) {
    this.queries = queries;
  }

  /** Debits {@code from}, credits {@code to} and records the transfer; refuses an overdraft. */
  @Transactional(rollbackFor = SQLException.class)
  public void transfer(String from, String to, long amount) throws SQLException {
    Account source = queries.getAccount(from).orElseThrow(() -> new IllegalArgumentException("no account " + from));
    Account target = queries.getAccount(to).orElseThrow(() -> new IllegalArgumentException("no account " + to));
    queries.addToBalance(-amount, source.id());
    queries.addToBalance(amount, target.id());
    queries.recordTransfer(source.id(), target.id(), amount);
    if (queries.getAccount(from).orElseThrow().balance() < 0) {
      throw new InsufficientFunds(from, amount); // rolls back the three statements above
    }
  }

  /** Thrown when a transfer would leave its source account below zero. */
  public static final class InsufficientFunds extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InsufficientFunds(String owner, long amount) {
      super(owner + " cannot pay " + amount);
    }
  }
}
