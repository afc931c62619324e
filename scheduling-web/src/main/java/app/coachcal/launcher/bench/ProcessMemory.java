package app.coachcal.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Memory of the processes of a run, read from Linux's {@code /proc}: resident set size (VmRSS) of one process,
 * and for PostgreSQL the proportional set size (Pss) of the postmaster and all its children summed, which counts
 * shared buffers once rather than once per backend. Empty where {@code /proc} cannot be read.
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmRSS in MiB. */
    static Optional<Double> rss(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /** Pss in MiB of the process and its children (a postmaster and its backends). */
    static Optional<Double> pssWithChildren(long pid) {
        Optional<Double> own = field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
        if (own.isEmpty()) {
            return Optional.empty();
        }
        double total = own.get();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (parent(process).orElse(-1L) == pid) {
                    total += field(process.resolve("smaps_rollup"), "Pss:").orElse(0.0);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(total);
    }

    /** The parent process id, from {@code /proc/PID/stat} (the field after the command name in parentheses). */
    static Optional<Long> parent(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[1]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> field(Path file, String name) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(name))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
