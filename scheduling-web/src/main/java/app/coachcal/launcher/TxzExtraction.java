package app.coachcal.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks a {@code .txz} archive into an empty directory, one entry at a time straight to
 * disk, so that memory use stays flat (about 10 MB for the xz dictionary) whatever the size
 * of the archive. The zonky library reads the whole archive and every file into the heap at
 * once, which a launcher with a small heap does not survive.
 */
final class TxzExtraction {

    private TxzExtraction() {
    }

    /** Returns the relative paths of the regular files written, for a later check that they are all there. */
    static List<String> unpack(InputStream txz, Path into) throws IOException {
        List<String> files = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(txz, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = inside(into, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createLink(target, inside(into, entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
                        target.toFile().setExecutable(true, false);
                    }
                    files.add(into.relativize(target).toString());
                } else {
                    throw new IOException("unexpected entry " + entry.getName() + " in the PostgreSQL archive");
                }
            }
        }
        return files;
    }

    /** Refuses an entry that would land outside the target directory ("../..", absolute paths). */
    private static Path inside(Path directory, String name) throws IOException {
        Path target = directory.resolve(name).normalize();
        if (!target.startsWith(directory)) {
            throw new IOException("the PostgreSQL archive holds a path outside its directory: " + name);
        }
        return target;
    }
}
