package app.coachcal.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an earlier start may have left beside the unpacked binaries: a private unpacking
 * directory of a process that died ({@code PG-….unpacking-<pid>}) or a directory that is no
 * longer complete. Both are removed before unpacking again.
 */
final class UnpackLeftovers {

    private static final String PARTIAL = ".unpacking-";

    private UnpackLeftovers() {
    }

    static Path partialOf(Path directory, long pid) {
        return directory.resolveSibling(directory.getFileName() + PARTIAL + pid);
    }

    static void remove(Path root, Path incomplete) throws IOException {
        if (Files.exists(incomplete)) {
            // Renamed first, so that no other start mistakes it for complete while it is deleted.
            Path aside = incomplete.resolveSibling(incomplete.getFileName() + ".broken-" + System.nanoTime());
            try {
                Files.move(incomplete, aside);
                deleteTree(aside);
            } catch (NoSuchFileException goneMeanwhile) {
                // Another start removed it already.
            }
        }
        try (Stream<Path> siblings = Files.list(root)) {
            for (Path sibling : siblings.toList()) {
                if (isPartialOfDeadProcess(sibling.getFileName().toString())) {
                    try {
                        deleteTree(sibling);
                    } catch (NoSuchFileException goneMeanwhile) {
                        // Another start is removing the same leftover.
                    }
                }
            }
        }
    }

    private static boolean isPartialOfDeadProcess(String name) {
        int at = name.lastIndexOf(PARTIAL);
        if (at < 0 || !name.substring(at + PARTIAL.length()).matches("[0-9]{1,18}")) {
            return name.contains(".broken-");
        }
        long pid = Long.parseLong(name.substring(at + PARTIAL.length()));
        return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }

    /** Deletes a directory tree without following its symbolic links; nothing if it is not there. */
    static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The cause of a failed unpacking in a few words ("No space left on device", "permission denied"). */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
