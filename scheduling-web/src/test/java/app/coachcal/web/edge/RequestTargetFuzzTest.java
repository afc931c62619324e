package app.coachcal.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Any path and query the fuzzer makes: {@link RequestTarget} answers without throwing, and a target it lets
 * through decodes (as the server will decode it) without an error, invalid UTF-8, a control character in the
 * path, a NUL in the query or a dot segment.
 */
class RequestTargetFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void a_target_let_through_decodes_cleanly(String path, String query) {
        if (!RequestTarget.isWellFormed(path, query)) {
            return;
        }
        String decodedPath = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String decodedQuery = query == null ? "" : URLDecoder.decode(query, StandardCharsets.UTF_8);

        assertThat(decodedPath).startsWith("/").doesNotContain("/../", "/./").doesNotEndWith("/..")
                .doesNotContain("\\");
        assertThat(decodedPath.chars()).noneMatch(Character::isISOControl).noneMatch(c -> c == 0xFFFD);
        assertThat(decodedQuery).doesNotContain("\0", "\uFFFD");
    }
}
