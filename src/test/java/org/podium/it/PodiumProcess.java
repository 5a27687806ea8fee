package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * target/podium.jar in its own JVM and working folder, as an operator starts it: on a free loopback port, with the
 * environment given and none of the test run's DB_*, PODIUM_* or MAIL_* settings.
 */
public final class PodiumProcess implements AutoCloseable {

    public final Path workDir;
    public final Path log;
    public final String base;
    public final int port;
    private final Process process;

    public PodiumProcess(Map<String, String> environment) throws Exception {
        this(environment, List.of("--nocluster"));
    }

    /** With Payara Micro options of its own in place of {@code --nocluster}, e.g. those of a cluster on loopback. */
    public PodiumProcess(Map<String, String> environment, List<String> microOptions) throws Exception {
        this(environment, microOptions, freePort());
    }

    /** On the given HTTP port: an instance started again where a load balancer expects it. */
    public PodiumProcess(Map<String, String> environment, List<String> microOptions, int port) throws Exception {
        Path jar = Path.of(System.getProperty("podium.it.target", "target"), "podium.jar")
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is built by mvn package");
        workDir = Files.createTempDirectory("podium-process");
        log = workDir.resolve("podium.log");
        Path bind = workDir.resolve("loopback.asadmin");
        Files.writeString(
                bind,
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                        + ".http-listener.address=127.0.0.1\n");
        this.port = port;
        base = "http://127.0.0.1:" + port + "/";
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        // extra JVM options for a profiling run, e.g. -Dpodium.process.jvm.args=-XX:StartFlightRecording=...
        String extra = System.getProperty("podium.process.jvm.args", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        command.addAll(microOptions);
        command.addAll(List.of("--prebootcommandfile", bind.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        for (String key : new ArrayList<>(env.keySet())) {
            if (key.startsWith("DB_") || key.startsWith("PODIUM_") || key.startsWith("MAIL_")) {
                env.remove(key);
            }
        }
        env.putAll(environment);
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        Http http = new Http(base);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("podium.jar exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (http.get("health").statusCode() == 200
                        && http.get("api/v1/meetings").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("podium.jar did not answer within 240 s:\n" + tail());
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** kill -9: the JVM gets no chance to finish a request, close a connection or leave the cluster. */
    public void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            fail("podium.jar survived SIGKILL");
        }
    }

    /** The JVM's threads (jcmd Thread.print), for a test that found the instance stuck. */
    public String threadDump() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException | InterruptedException e) {
            return "no thread dump: " + e;
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The log's warnings, errors and exception lines without their stack frames: what to read when a test fails. */
    public String problems() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.stripLeading().startsWith("at ")
                        && (l.contains("SEVERE")
                                || l.contains("WARNING")
                                || l.contains("Exception")
                                || l.startsWith("Caused by")))
                .map(l -> l.length() > 600 ? l.substring(0, 600) : l)
                .toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** The process id of the instance (for jcmd: its heap after a full collection). */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // the log outlives the working folder, for reading after a failed run
        Path logs = Path.of(System.getProperty("podium.it.target", "target"), "process-logs");
        Files.createDirectories(logs);
        Files.copy(log, logs.resolve(workDir.getFileName() + ".log"), StandardCopyOption.REPLACE_EXISTING);
        Browser.deleteTree(workDir);
    }

    /** The demo password of the clustered instances (ClusterIT, the live-push benchmark). */
    public static final String CLUSTER_PASSWORD = "cluster-it-password-2026";

    /** Payara Micro's options for an instance of a cluster on loopback. */
    public static List<String> clusterOptions(String cluster, String members, int gridPort) {
        return List.of(
                "--clustername",
                cluster,
                "--clustermode",
                members,
                "--interfaces",
                "127.0.0.1",
                "--hzpublicaddress",
                "127.0.0.1",
                "--startport",
                String.valueOf(gridPort),
                "--nohostaware");
    }

    /** The environment of a clustered instance: the cluster's database, the demo data, the test mail server. */
    public static Map<String, String> clusterEnvironment() {
        Map<String, String> env = new HashMap<>(Map.of(
                "DB_DRIVER",
                "com.mysql.cj.jdbc.MysqlDataSource",
                "DB_URL",
                TestInfrastructure.jdbcUrl(TestInfrastructure.CLUSTER_DB_NAME)
                        + "?useSSL=false&allowPublicKeyRetrieval=true",
                "DB_USER",
                TestInfrastructure.DB_USER,
                "DB_PASSWORD",
                TestInfrastructure.DB_PASSWORD,
                "PODIUM_DEMO",
                "true",
                "PODIUM_DEMO_PASSWORD",
                CLUSTER_PASSWORD,
                "MAIL_SMTP_HOST",
                "127.0.0.1",
                "MAIL_SMTP_PORT",
                System.getProperty("podium.it.smtp.port")));
        env.put("PODIUM_TRUSTED_PROXIES", "127.0.0.1");
        return env;
    }

    /** Payara logs the data grid each time its membership changes; the instance must have seen the other. */
    public static void awaitMembers(PodiumProcess p, int size) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String out = p.output();
            int last = out.lastIndexOf("DG Size: ");
            if (last >= 0 && out.startsWith("DG Size: " + size, last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the instances did not form a cluster of " + size + ":\n" + p.tail());
    }
}
