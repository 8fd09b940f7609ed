package com.example.accounts;

import com.example.accounts.db.Queries;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

@SpringBootApplication
public class Application {

  /**
   * The generated queries, taking a connection per call from Spring's transaction-aware proxy:
   * inside a {@code @Transactional} method every call runs on the transaction's connection, so
   * it commits and rolls back with it; outside one each call commits on its own.
   */
  @Bean
  Queries queries(DataSource dataSource) {
    return new Queries(new TransactionAwareDataSourceProxy(dataSource));
  }

  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
