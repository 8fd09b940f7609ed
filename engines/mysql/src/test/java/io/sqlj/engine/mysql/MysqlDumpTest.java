package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schemas as mysqldump and the mysql client write them, loaded into the private MariaDB: views and
 * triggers inside executable comments, {@code DELIMITER} lines, and table names in another case
 * than the queries', which sqlc (and MySQL on macOS and Windows) reads as the same table.
 */
class MysqlDumpTest {

    /** What mysqldump 8.0 writes for a table, a view, a trigger and a database (cut down, as it is). */
    static final String DUMP = """
            -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
            /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
            /*!50503 SET NAMES utf8mb4 */;
            /*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
            /*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

            CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;
            USE `shop`;
            DROP TABLE IF EXISTS `orders`;
            /*!40101 SET @saved_cs_client     = @@character_set_client */;
            CREATE TABLE `orders` (
              `id` bigint unsigned NOT NULL AUTO_INCREMENT,
              `customer` varchar(100) NOT NULL,
              `status` enum('new','paid') NOT NULL DEFAULT 'new',
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
            /*!40101 SET character_set_client = @saved_cs_client */;
            LOCK TABLES `orders` WRITE;
            /*!40000 ALTER TABLE `orders` DISABLE KEYS */;
            INSERT INTO `orders` VALUES (1,'ann','new');
            /*!40000 ALTER TABLE `orders` ENABLE KEYS */;
            UNLOCK TABLES;
            DELIMITER ;;
            /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `orders_bi` BEFORE INSERT ON `orders` FOR EACH ROW BEGIN
              IF NEW.customer = '' THEN SET NEW.customer = 'anon'; END IF;
            END */;;
            DELIMITER ;
            /*!50001 DROP VIEW IF EXISTS `paid_orders`*/;
            /*!50001 CREATE ALGORITHM=UNDEFINED */
            /*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
            /*!50001 VIEW `paid_orders` AS select `orders`.`id` AS `id`,`orders`.`customer` AS `customer` from `orders` where (`orders`.`status` = 'paid') */;
            /*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
            /*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
            """;

    private static ParseResponse one(String schema, String sql) {
        BatchParseResponse r = new EngineHarness(new MysqlEngine())
                .parseBatch(BatchParseRequest.newBuilder()
                        .setSchemaSql(schema)
                        .addRequests(ParseRequest.newBuilder().setSql(sql))
                        .build());
        return r.getResponses(0);
    }

    private static List<String> errors(ParseResponse response) {
        return response.getDiagnosticsList().stream()
                .filter(d -> d.getSeverity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::getMessage)
                .toList();
    }

    @Test
    void aViewMysqldumpWritesInExecutableCommentsIsMadeAndItsTriggerLoads() {
        ParseResponse view = one(DUMP, "SELECT id, customer FROM paid_orders WHERE id > ?");
        assertEquals(List.of(), errors(view), view.toString());
        assertEquals(
                List.of("id", "customer"),
                view.getColumnsList().stream().map(c -> c.getName()).toList());
        assertFalse(view.getColumns(0).getNullable(), view.toString());
        // the trigger made by /*!50003 CREATE*/ ... TRIGGER ... END */;; under DELIMITER ;; exists
        ParseResponse trigger =
                one(DUMP, "SELECT ACTION_TIMING FROM information_schema.TRIGGERS WHERE TRIGGER_NAME = 'orders_bi'");
        assertEquals(List.of(), errors(trigger), trigger.toString());
    }

    @Test
    void delimiterLinesOfTheMysqlClientSplitARoutineAsTheClientDoes() {
        String schema = """
                CREATE TABLE t (id INT PRIMARY KEY, n INT NOT NULL);
                DELIMITER $$
                CREATE PROCEDURE bump(IN k INT)
                BEGIN
                  UPDATE t SET n = n + 1 WHERE id = k;
                END$$
                CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC
                BEGIN
                  RETURN x * 2;
                END $$
                DELIMITER ;
                CREATE TABLE u (id INT PRIMARY KEY);
                """;
        ParseResponse r = one(schema, "SELECT twice(n) AS d FROM t JOIN u ON u.id = t.id");
        assertEquals(List.of(), errors(r), r.toString());
        assertEquals("d", r.getColumns(0).getName());
        // the same length: a later error is still at its own line and column
        ParseResponse bad = one(schema + "CREATE TABLE v (id INTEGR);\n", "SELECT 1");
        Diagnostic d = bad.getDiagnosticsList().stream()
                .filter(Diagnostic::getInSchema)
                .findFirst()
                .orElseThrow();
        assertEquals(13, d.getLine(), d.toString());
        assertEquals(20, d.getColumn(), d.toString());
    }

    @Test
    void tableNamesAreReadInAnyCaseAsSqlcReadsThem() {
        ParseResponse r = one(
                "CREATE TABLE ACCOUNTS (id INTEGER auto_increment primary key, owner varchar(191) not null);",
                "SELECT id, owner FROM accounts WHERE Accounts.id = ?");
        assertEquals(List.of(), errors(r), r.toString());
        assertEquals(2, r.getColumnsCount());
        assertTrue(r.getColumns(1).getTableName().equalsIgnoreCase("accounts"), r.toString());
    }

    @Test
    void aParameterInsideAnExecutableCommentIsOneAsMysqlRunsIt() {
        String sql = "SELECT count(*) FROM orders /*! WHERE id >= ? */";
        ParseResponse r = one(DUMP, sql);
        assertEquals(List.of(), errors(r), r.toString());
        assertEquals(1, r.getParametersCount(), r.toString());
        assertEquals("id", r.getParameters(0).getColumnName(), r.toString());
        // the markers are spaces (the same length, so offsets stay the query's), the ? is bound
        assertEquals("SELECT count(*) FROM orders     WHERE id >= ?", r.getSql().stripTrailing());
        // one without a parameter is left to the server as it is
        assertEquals(
                "SELECT count(*) FROM orders /*!50000 WHERE id > 0 */",
                one(DUMP, "SELECT count(*) FROM orders /*!50000 WHERE id > 0 */")
                        .getSql());
    }
}
