package app.coachcal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command as a separate process ({@code java -cp target/launcher/*
 * app.coachcal.launcher.Coachcal}) with a chosen environment, its output in a file.
 */
public final class LauncherProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private LauncherProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static LauncherProcess start(Map<String, String> environment) {
        return start(environment, List.of());
    }

    /** Starts it with JVM options too, e.g. {@code -Xmx64m} as {@code ./coachcal} runs it, or another temp dir. */
    public static LauncherProcess start(Map<String, String> environment, List<String> jvmOptions) {
        return run(environment, jvmOptions, List.of());
    }

    /** A subcommand of the launcher ({@code backup FILE}, {@code upgrade-database}), as {@code ./coachcal} passes it. */
    public static LauncherProcess run(Map<String, String> environment, List<String> jvmOptions, List<String> arguments) {
        try {
            Path output = Files.createTempFile(Path.of("target"), "launcher-", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("coachcal.launcherDir", "target/launcher") + "/*";
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classpath, "app.coachcal.launcher.Coachcal"));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("COACHCAL_") || name.equals("PORT"));
            builder.environment().putAll(environment);
            return new LauncherProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end by itself; returns its exit code. */
    public int exitCode(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the launcher still runs after " + patience + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the output contains the text; false if the process ended or time ran out first. */
    public boolean awaitOutput(String text, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (Instant.now().isBefore(giveUp)) {
            if (output().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return output().contains(text);
            }
            pause();
        }
        return false;
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager would, and waits for the end. */
    public int terminate(Duration patience) {
        process.destroy();
        return exitCode(patience);
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills it at once (SIGKILL), as a power cut or {@code kill -9} would; its children live on. */
    public void kill(Duration patience) {
        process.destroyForcibly();
        exitCode(patience);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
