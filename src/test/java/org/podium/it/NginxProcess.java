package org.podium.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx (installed by .ci/run) in front of Podium instances on loopback, in a folder of its own, with the
 * proxy settings production uses ({@code docker/nginx/podium-proxy.conf}, included as it is). Each answer names the
 * instance that served it in {@code X-Podium-Upstream}, which only this test's server block adds.
 */
public final class NginxProcess implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/nginx");
    public static final String UPSTREAM_HEADER = "X-Podium-Upstream";

    public final Path dir;
    public final String base;
    public final int port;
    private final Process process;

    public NginxProcess(List<Integer> instancePorts) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            fail(BINARY + " is missing: .ci/run installs Debian's nginx package (apt-get install nginx)");
        }
        Path proxy = Path.of("docker", "nginx", "podium-proxy.conf").toAbsolutePath();
        Path errors = Path.of("docker", "nginx", "podium-errors.conf").toAbsolutePath();
        for (Path p : List.of(proxy, errors)) {
            if (!Files.isRegularFile(p)) {
                fail(p + " is missing");
            }
        }
        dir = Files.createTempDirectory("podium-nginx");
        // nginx's workers (nobody, when started as root) write request bodies under this folder
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        port = PodiumProcess.freePort();
        base = "http://127.0.0.1:" + port + "/";
        String servers = instancePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String conf = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    map $http_upgrade $podium_connection {
                        default upgrade;
                        ''      '';
                    }
                    upstream podium {
                        hash $remote_addr consistent;
                %2$s
                        keepalive 16;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        add_header %4$s $upstream_addr always;
                        include %6$s;
                        location / {
                            include %5$s;
                        }
                    }
                }
                """.formatted(dir, servers, port, UPSTREAM_HEADER, proxy, errors);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf, StandardCharsets.UTF_8);
        process = new ProcessBuilder(
                        BINARY.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        file.toString(),
                        "-e",
                        dir.resolve("error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("nginx exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail("nginx did not listen within 20 s:\n" + log());
    }

    public String log() throws IOException {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("nginx.out", "error.log")) {
            Path p = dir.resolve(name);
            if (Files.exists(p)) {
                b.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        Path logs = Path.of(System.getProperty("podium.it.target", "target"), "process-logs");
        Files.createDirectories(logs);
        Files.writeString(
                logs.resolve(dir.getFileName() + ".log"),
                log() + "\n--- access.log\n"
                        + (Files.exists(dir.resolve("access.log")) ? Files.readString(dir.resolve("access.log")) : ""));
        Browser.deleteTree(dir);
    }
}
