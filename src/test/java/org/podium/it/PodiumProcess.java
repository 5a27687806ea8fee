package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * target/podium.jar in its own JVM and working folder, as an operator starts it: on a free loopback port, with the
 * environment given and none of the test run's DB_*, PODIUM_* or MAIL_* settings.
 */
final class PodiumProcess implements AutoCloseable {

    final Path workDir;
    final Path log;
    final String base;
    final int port;
    private final Process process;

    PodiumProcess(Map<String, String> environment) throws Exception {
        this(environment, List.of("--nocluster"));
    }

    /** With Payara Micro options of its own in place of {@code --nocluster}, e.g. those of a cluster on loopback. */
    PodiumProcess(Map<String, String> environment, List<String> microOptions) throws Exception {
        this(environment, microOptions, freePort());
    }

    /** On the given HTTP port: an instance started again where a load balancer expects it. */
    PodiumProcess(Map<String, String> environment, List<String> microOptions, int port) throws Exception {
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

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** kill -9: the JVM gets no chance to finish a request, close a connection or leave the cluster. */
    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            fail("podium.jar survived SIGKILL");
        }
    }

    /** The JVM's threads (jcmd Thread.print), for a test that found the instance stuck. */
    String threadDump() {
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

    boolean alive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The log's warnings, errors and exception lines without their stack frames: what to read when a test fails. */
    String problems() throws IOException {
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

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** The process id of the instance (for jcmd: its heap after a full collection). */
    long pid() {
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
        Files.copy(
                log, logs.resolve(workDir.getFileName() + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Browser.deleteTree(workDir);
    }
}
