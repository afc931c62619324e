package app.coachcal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * PostgreSQL binaries unpacked once under {@code java.io.tmpdir/coachcal-postgres} and reused by
 * every later start. An archive is unpacked into a private directory and renamed into place only
 * when complete, so a start that was killed or failed half-way leaves nothing that a later start
 * would take for finished; a directory that is no longer complete (a temp cleaner removed files)
 * is unpacked again.
 *
 * <pre>{@code
 * EmbeddedBinaries binaries = EmbeddedBinaries.unpacked(archive, EmbeddedBinaries.defaultRoot());
 * EmbeddedPostgres postgres = binaries.builder().setDataDirectory(pgData).start();
 * }</pre>
 */
final class EmbeddedBinaries {

    /** Lists every regular file of a complete directory; written last but one. */
    private static final String MANIFEST = ".coachcal-files";
    /** The zonky library's own "unpacked" marker, written last. */
    private static final String ZONKY_MARKER = ".exists";

    private final Path root;
    private final Path directory;
    private final byte[] identity;

    private EmbeddedBinaries(Path root, Path directory, byte[] identity) {
        this.root = root;
        this.directory = directory;
        this.identity = identity;
    }

    static Path defaultRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "coachcal-postgres").toAbsolutePath();
    }

    /** The binaries this build ships (the major pinned in the root pom), unpacked if needed. */
    static EmbeddedBinaries current() throws LaunchFailure {
        return unpacked(BinaryArchive.forThisMachine(EmbeddedBinaries.class.getClassLoader()), defaultRoot());
    }

    static EmbeddedBinaries unpacked(BinaryArchive archive, Path root) throws LaunchFailure {
        // zonky looks for the binaries in PG-<md5 of what the resolver returns>: we return the identity.
        Path directory = root.resolve("PG-" + md5(archive.identity()));
        try {
            Files.createDirectories(root);
            if (!isComplete(directory)) {
                UnpackLeftovers.remove(root, directory);
                unpackAtomically(archive, root, directory);
            }
            // zonky trusts its marker only when it is the newest file of the directory.
            Files.setLastModifiedTime(directory.resolve(ZONKY_MARKER), FileTime.from(Instant.now()));
            return new EmbeddedBinaries(root, directory, archive.identity());
        } catch (IOException | RuntimeException e) {
            throw new LaunchFailure("cannot unpack the embedded PostgreSQL into " + root + ": " + UnpackLeftovers.reason(e)
                    + " (free some space there, or point java.io.tmpdir to a writable directory)");
        }
    }

    private static void unpackAtomically(BinaryArchive archive, Path root, Path directory) throws IOException {
        Path partial = UnpackLeftovers.partialOf(directory, ProcessHandle.current().pid());
        UnpackLeftovers.deleteTree(partial);
        Files.createDirectory(partial);
        try {
            List<String> files;
            try (InputStream txz = archive.open()) {
                files = TxzExtraction.unpack(txz, partial);
            }
            Files.write(partial.resolve(MANIFEST), files);
            Files.createFile(partial.resolve(ZONKY_MARKER));
            try {
                Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another start renamed its own complete copy into place first: use that one.
                if (!isComplete(directory)) {
                    throw raced;
                }
            }
        } finally {
            UnpackLeftovers.deleteTree(partial);
        }
    }

    static boolean isComplete(Path directory) throws IOException {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(directory.resolve(ZONKY_MARKER))) {
            return false;
        }
        for (String file : Files.readAllLines(manifest)) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                return false;
            }
        }
        return true;
    }

    /** A zonky builder that starts these binaries instead of unpacking its own. */
    EmbeddedPostgres.Builder builder() {
        PgBinaryResolver resolver = (system, machine) -> new ByteArrayInputStream(identity);
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(resolver)
                .setOverrideWorkingDirectory(root.toFile());
    }

    Path directory() {
        return directory;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
