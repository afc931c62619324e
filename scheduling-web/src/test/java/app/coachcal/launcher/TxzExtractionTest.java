package app.coachcal.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class TxzExtractionTest {

    @TempDir
    Path into;

    @Test
    void files_links_and_executables_are_unpacked_and_the_regular_files_listed() throws IOException {
        byte[] txz = txz(archive -> {
            file(archive, "bin/postgres", "#!/bin/sh\n", 0755);
            file(archive, "lib/libpq.so.5.18", "library", 0644);
            link(archive, "lib/libpq.so", "libpq.so.5.18");
        });

        var files = TxzExtraction.unpack(new ByteArrayInputStream(txz), into);

        assertThat(files).containsExactlyInAnyOrder("bin/postgres", "lib/libpq.so.5.18");
        assertThat(into.resolve("bin/postgres")).isExecutable();
        assertThat(into.resolve("lib/libpq.so")).isSymbolicLink().hasContent("library");
    }

    @Test
    void an_entry_that_would_land_outside_the_directory_is_refused() throws IOException {
        byte[] txz = txz(archive -> file(archive, "../escaped", "x", 0644));

        assertThatThrownBy(() -> TxzExtraction.unpack(new ByteArrayInputStream(txz), into))
                .isInstanceOf(IOException.class).hasMessageContaining("outside its directory");
        assertThat(into.resolveSibling("escaped")).doesNotExist();
    }

    @Test
    void a_cut_short_archive_is_an_error_not_a_quietly_partial_directory() throws IOException {
        byte[] whole = txz(archive -> file(archive, "share/big", "x".repeat(200_000), 0644));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> TxzExtraction.unpack(new ByteArrayInputStream(cut), into)).isInstanceOf(IOException.class);
    }

    private interface Entries {
        void write(TarArchiveOutputStream archive) throws IOException;
    }

    private static byte[] txz(Entries entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream archive = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options()))) {
            entries.write(archive);
        }
        return bytes.toByteArray();
    }

    private static void file(TarArchiveOutputStream archive, String name, String content, int mode) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(data.length);
        entry.setMode(mode);
        archive.putArchiveEntry(entry);
        archive.write(data);
        archive.closeArchiveEntry();
    }

    private static void link(TarArchiveOutputStream archive, String name, String target) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
        entry.setLinkName(target);
        archive.putArchiveEntry(entry);
        archive.closeArchiveEntry();
    }
}
