package app.coachcal.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the Coachcal WAR as a child process, its output passed
 * through line by line so that the launcher can tell "ready" from "failed".
 */
final class PayaraMicro implements AutoCloseable {

    /** What the application logs when it refuses to start (see DatabaseStartup). */
    static final String FAILURE_PREFIX = "COACHCAL-START-FAILED:";
    private static final int STOP_SECONDS = 60;

    private final Process process;
    private Thread reader;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile String failure;
    private volatile boolean outOfMemory;

    private PayaraMicro(Process process) {
        this.process = process;
    }

    static PayaraMicro start(Artifacts artifacts, int port, List<String> javaOptions, Map<String, String> environment,
                             PrintStream log) throws LaunchFailure {
        try {
            // A JVM out of memory limps on, half-working; ending it lets the launcher say so and stop cleanly.
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+ExitOnOutOfMemoryError"));
            command.addAll(javaOptions);
            command.addAll(List.of("-jar", artifacts.payaraMicro().toString(),
                    "--deploy", artifacts.war().toString(), "--contextroot", "/",
                    "--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                    "--prebootcommandfile", hardeningCommands(environment.get(PublicUrl.VARIABLE)).toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            PayaraMicro payara = new PayaraMicro(builder.start());
            payara.follow(log);
            return payara;
        } catch (IOException e) {
            throw new LaunchFailure("cannot start Payara Micro: " + e.getMessage());
        }
    }

    /** The listener settings of {@link ListenerSettings}, as a file of asadmin commands run before boot. */
    private static Path hardeningCommands(String publicUrl) throws IOException {
        Path commands = Files.createTempFile("coachcal-preboot", ".asadmin");
        commands.toFile().deleteOnExit();
        Files.writeString(commands, ListenerSettings.commands(URI.create(publicUrl)));
        return commands;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void follow(PrintStream log) {
        reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    log.println(line);
                    notice(line);
                }
            } catch (IOException e) {
                // The process has gone; its exit is reported by waitFor.
            }
            ready.complete(null);
        }, "payara-output");
        reader.setDaemon(true);
        reader.start();
    }

    private void notice(String line) {
        int at = line.indexOf(FAILURE_PREFIX);
        if (at >= 0 && failure == null) {
            failure = line.substring(at + FAILURE_PREFIX.length()).strip();
        }
        if (line.contains("java.lang.OutOfMemoryError")) {
            outOfMemory = true;
        }
        if (line.contains("Payara Micro") && line.contains(" ready in ")) {
            ready.complete(null);
        }
    }

    /** Waits until Payara says it is ready or stops; then the caller asks the app itself. */
    void awaitBoot(long timeoutSeconds) throws LaunchFailure {
        try {
            ready.get(timeoutSeconds, TimeUnit.SECONDS);
            if (!reader.isAlive()) {
                process.waitFor(10, TimeUnit.SECONDS); // its output ended: let it finish exiting
            }
        } catch (Exception e) {
            throw new LaunchFailure("Payara Micro did not start within " + timeoutSeconds + " s");
        }
        if (!process.isAlive()) {
            throw new LaunchFailure("Payara Micro stopped while starting: "
                    + (failure == null ? PayaraExit.describe(process.exitValue(), outOfMemory) : failure));
        }
    }

    /** The reason the application logged for refusing to start, if it did. */
    String failure() {
        return failure;
    }

    /** Blocks until Payara ends by itself; then says how, in one line. */
    String waitForUnexpectedEnd() throws InterruptedException {
        int exitCode = process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return "Payara Micro stopped unexpectedly: " + PayaraExit.describe(exitCode, outOfMemory);
    }

    long pid() {
        return process.pid();
    }

    /** Asks Payara to stop (SIGTERM), so that it undeploys cleanly; forces it after a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            // Its last lines are printed before anything the launcher says next.
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
