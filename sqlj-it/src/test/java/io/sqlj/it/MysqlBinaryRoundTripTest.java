package io.sqlj.it;

/**
 * The MySQL round-trip matrix again, on a connection with server-side prepared statements
 * ({@code useServerPrepStmts=true}, the binary protocol): there FLOAT keeps every digit and -0.0
 * stays negative, so those values are in the matrix too.
 */
class MysqlBinaryRoundTripTest extends MysqlRoundTripTest {

    @Override
    boolean serverPrepared() {
        return true;
    }

    @Override
    String docName() {
        return "mysql-binary";
    }

    @Override
    void textProtocolRoundsFloatAndDropsNegativeZero() {
        // run once, by MysqlRoundTripTest
    }
}
