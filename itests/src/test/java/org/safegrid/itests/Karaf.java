package org.safegrid.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One real SafeGrid distribution on this machine: unpacked into its own folder, started as {@code bin/karaf server}
 * on free ports with an empty HOME, talked to over HTTP and SSH.
 */
public final class Karaf implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "It-Admin-Passw0rd";

    private final Path home;
    private final Path userHome;
    private final int httpPort;
    private final int sshPort;
    private final int rmiRegistryPort;
    private final int rmiServerPort;
    private final Map<String, String> extraEnv = new HashMap<>();
    private Process process;

    private Karaf(Path home) {
        this.home = home;
        this.userHome = home.resolveSibling(home.getFileName() + "-home");
        this.httpPort = freePort();
        this.sshPort = freePort();
        this.rmiRegistryPort = freePort();
        this.rmiServerPort = freePort();
    }

    /** A fresh copy of the assembled distribution, not started. */
    public static Karaf fresh(String name) {
        Path dist = singleChild(Path.of(System.getProperty("safegrid.dist")));
        Path home = Path.of(System.getProperty("safegrid.work")).resolve(name);
        deleteTree(home);
        deleteTree(home.resolveSibling(name + "-home"));
        copyTree(dist, home);
        Karaf karaf = new Karaf(home);
        try {
            Files.createDirectories(karaf.userHome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return karaf;
    }

    public Karaf env(String name, String value) {
        extraEnv.put(name, value);
        return this;
    }

    /** The command that starts this instance, with its environment; used as-is or wrapped (network namespace). */
    public ProcessBuilder serverCommand(List<String> prefix) {
        List<String> command = new ArrayList<>(prefix);
        command.add(home.resolve("bin/karaf").toString());
        command.add("server");
        return processBuilder(command);
    }

    /** Any command run with this instance's environment: its ports, its admin password, an empty HOME. */
    public ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
          .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", userHome.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SAFEGRID_HTTP_PORT", Integer.toString(httpPort));
        env.put("SAFEGRID_SSH_PORT", Integer.toString(sshPort));
        env.put("SAFEGRID_RMI_REGISTRY_PORT", Integer.toString(rmiRegistryPort));
        env.put("SAFEGRID_RMI_SERVER_PORT", Integer.toString(rmiServerPort));
        env.put("SAFEGRID_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KARAF_HOME", home.toString());
        env.putAll(extraEnv);
        return pb;
    }

    /** Starts the server and waits until {@code /api/health} answers 200. */
    public Karaf start() {
        return start(List.of());
    }

    public Karaf start(List<String> prefix) {
        try {
            process = serverCommand(prefix).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(Duration.ofSeconds(180));
        return this;
    }

    public long awaitHealthy(Duration timeout) {
        long start = System.nanoTime();
        Http http = http();
        await(timeout, "health 200", () -> {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Karaf exited: " + tail(home.resolve("console.log")));
            }
            return http.tryStatus("/api/health") == 200;
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Stops the server gracefully (bin/stop), killing it only if it does not go. */
    public void stop() {
        if (process == null) {
            return;
        }
        try {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
              .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
              .waitFor(60, TimeUnit.SECONDS);
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    public long pid() {
        return process.pid();
    }

    public Http http() {
        return new Http("http://127.0.0.1:" + httpPort);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path home() {
        return home;
    }

    public int sshPort() {
        return sshPort;
    }

    /** Copies a jar into deploy/, as an admin would. */
    public Path deploy(Path jar, String fileName) {
        try {
            Path target = home.resolve("deploy").resolve(fileName);
            Path tmp = home.resolve("deploy-" + fileName + ".tmp");
            Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs shell commands over SSH as the given user (Karaf's own client, commands fed to the interactive shell) and
     * returns what the session printed.
     */
    public String ssh(String user, String password, String... commands) {
        try {
            Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", Integer.toString(sshPort),
              "-u", user, "-p", password, "-r", "3", "-d", "1").directory(home.toFile()).redirectErrorStream(true)
              .start();
            client.getOutputStream().write((String.join("\n", commands) + "\nlogout\n").getBytes());
            client.getOutputStream().flush();
            if (!client.waitFor(60, TimeUnit.SECONDS)) {
                client.destroyForcibly();
            }
            return new String(client.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String log() {
        try {
            return Files.readString(home.resolve("data/log/karaf.log"));
        } catch (IOException e) {
            return "";
        }
    }

    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path file) {
        try {
            String s = Files.readString(file);
            return s.substring(Math.max(0, s.length() - 3000));
        } catch (IOException e) {
            return "(no console log)";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path singleChild(Path dir) {
        try (var children = Files.list(dir)) {
            return children.filter(Files::isDirectory).findFirst()
              .orElseThrow(() -> new IllegalStateException("no distribution unpacked in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                      LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
