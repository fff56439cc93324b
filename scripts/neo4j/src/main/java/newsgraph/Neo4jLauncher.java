package newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j 5.26 (community) in-process with Bolt on 127.0.0.1, for newsgraph and its tests.
 *
 * <p>Contract: {@code java ... newsgraph.Neo4jLauncher STORE_DIR [PORT] [--exit-on-stdin-eof]
 * [--pagecache 256m] [--tx-total-max 512m] [--tx-max 256m] [--cds-training]}. STORE_DIR becomes
 * the Neo4j home (data/, logs/). PORT 0 or missing: a free loopback port is picked before start. Once the
 * default database is available, exactly one line goes to stdout:
 * {@code NEO4J READY bolt://127.0.0.1:PORT}. Failures go to stderr as {@code NEO4J FAILED ...}
 * with exit code 1. SIGTERM/SIGINT shut the store down cleanly (shutdown hook). With
 * {@code --exit-on-stdin-eof} the process also exits when stdin reaches EOF, i.e. when the parent
 * holding the pipe dies. {@code --cds-training} runs a few queries after the ready line and exits
 * (used once with -XX:ArchiveClassesAtExit to build a class-data-sharing archive).
 *
 * <p>Auth is disabled: Bolt is bound to the loopback interface only. HTTP/HTTPS are off.
 */
public final class Neo4jLauncher {
    private static final String READY_PREFIX = "NEO4J READY ";
    private static final String HOST = "127.0.0.1";

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("NEO4J FAILED usage: " + e.getMessage());
            System.err.println("usage: Neo4jLauncher STORE_DIR [PORT] [--exit-on-stdin-eof]"
                    + " [--pagecache SIZE] [--tx-total-max SIZE] [--tx-max SIZE] [--cds-training]");
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (Throwable t) {
            // One line with the whole cause chain (the caller shows it), then the stack trace.
            StringBuilder line = new StringBuilder("NEO4J FAILED ").append(t);
            for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                line.append("; caused by: ").append(c);
            }
            System.err.println(line);
            t.printStackTrace(System.err);
            System.err.flush();
            // halt: a half-started DBMS may hold non-daemon threads; the hook (if any) already ran.
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(Options options) throws Exception {
        Path home = options.storeDir.toAbsolutePath();
        Files.createDirectories(home);
        int port = options.port > 0 ? options.port : freeLoopbackPort();
        SocketAddress bolt = new SocketAddress(HOST, port);

        // Set before build() so a SIGTERM during start-up still shuts down whatever was started.
        ShutdownState state = new ShutdownState();
        Runtime.getRuntime().addShutdownHook(new Thread(state::shutdown, "neo4j-shutdown"));

        if (options.exitOnStdinEof) {
            watchStdin();
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                // neo4j:// routing tables hand this address back to the driver.
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, options.txTotalMax)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.txMax)
                // A dev/test store: no 256 MiB preallocated transaction log per database.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Netty waits a 5 s quiet period per event-loop group after the databases are
                // already stopped (10 s per shutdown); nothing is in flight by then on a dev store.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();
        state.started(dbms);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!db.isAvailable(1_000)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("default database not available after 120 s");
            }
        }
        System.out.println(READY_PREFIX + "bolt://" + HOST + ":" + port);
        System.out.flush();

        if (options.cdsTraining) {
            // Class-data-sharing training run (-XX:ArchiveClassesAtExit): load the Cypher write
            // and read paths too, then exit so the JVM dumps the archive.
            db.executeTransactionally(
                    "UNWIND range(1, 20) AS i MERGE (n:CdsWarmup {id: i}) SET n.name = $name, n.at = date($day)",
                    Map.of("name", "warmup", "day", "2019-02-27"));
            db.executeTransactionally(
                    "MATCH (n:CdsWarmup) WHERE n.id > $min RETURN n.id AS id, n.name AS name ORDER BY id",
                    Map.of("min", 5L), result -> result.stream().count());
            db.executeTransactionally("MATCH (n:CdsWarmup) DETACH DELETE n");
            System.exit(0);
        }

        // Keep main alive until shutdown; the DBMS threads would too, this makes it explicit.
        state.awaitStop();
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                InputStream in = System.in;
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.err.println("NEO4J stdin closed: parent went away, shutting down");
            System.exit(0); // runs the shutdown hook
        }, "neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Shuts the DBMS down exactly once and releases the main thread. */
    private static final class ShutdownState {
        private final AtomicBoolean shutDown = new AtomicBoolean();
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile DatabaseManagementService dbms;

        void started(DatabaseManagementService service) {
            this.dbms = service;
            if (shutDown.get()) {
                // The hook ran while build() was in progress.
                service.shutdown();
            }
        }

        void shutdown() {
            if (shutDown.compareAndSet(false, true)) {
                DatabaseManagementService service = dbms;
                if (service != null) {
                    try {
                        service.shutdown();
                        System.err.println("NEO4J stopped cleanly");
                    } catch (Throwable t) {
                        System.err.println("NEO4J shutdown error " + t);
                    }
                }
            }
            stopped.countDown();
        }

        void awaitStop() throws InterruptedException {
            stopped.await();
        }
    }

    private record Options(
            Path storeDir,
            int port,
            boolean exitOnStdinEof,
            boolean cdsTraining,
            long pagecache,
            long txTotalMax,
            long txMax) {

        static Options parse(String[] args) {
            Path dir = null;
            Integer port = null;
            boolean exitOnEof = false;
            boolean cdsTraining = false;
            long pagecache = ByteUnit.mebiBytes(256);
            long txTotalMax = ByteUnit.mebiBytes(512);
            long txMax = ByteUnit.mebiBytes(256);
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--exit-on-stdin-eof" -> exitOnEof = true;
                    case "--cds-training" -> cdsTraining = true;
                    case "--pagecache" -> pagecache = bytes(value(args, ++i, arg));
                    case "--tx-total-max" -> txTotalMax = bytes(value(args, ++i, arg));
                    case "--tx-max" -> txMax = bytes(value(args, ++i, arg));
                    case "--port" -> port = port(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        } else if (dir == null) {
                            dir = Path.of(arg);
                        } else if (port == null) {
                            port = port(arg);
                        } else {
                            throw new IllegalArgumentException("unexpected argument " + arg);
                        }
                    }
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("missing STORE_DIR");
            }
            return new Options(dir, port == null ? 0 : port, exitOnEof, cdsTraining, pagecache, txTotalMax, txMax);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static int port(String text) {
            try {
                int p = Integer.parseInt(text);
                if (p < 0 || p > 65535) {
                    throw new IllegalArgumentException("port out of range: " + text);
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port: " + text);
            }
        }

        /** "256m", "1g", "512k" or plain bytes. */
        private static long bytes(String text) {
            String t = text.trim().toLowerCase();
            long unit = 1;
            char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            switch (last) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> { }
            }
            String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
            try {
                return Long.parseLong(digits) * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a size: " + text);
            }
        }
    }
}
