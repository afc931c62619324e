package app.coachcal.web.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 written byte for byte on a socket, for what {@code java.net.http} will not send: a forged
 * {@code Host}, an unusual method, a path that is not valid percent-encoding.
 * <pre>{@code
 * RawHttp.Answer answer = RawHttp.send("PROPFIND / HTTP/1.1", "Host: localhost");
 * assertThat(answer.status()).isEqualTo(405);
 * }</pre>
 */
public final class RawHttp {

    /** One answer: status, every header line as sent, and the body. */
    public record Answer(int status, List<String> headerLines, String body) {

        /** Every value of this header, in order. */
        public List<String> headers(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).toList();
        }

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    private RawHttp() {
    }

    /** Sends the request line and headers (Connection: close is added) and reads the whole answer. */
    public static Answer send(String requestLine, String... headers) {
        return send(requestLine, List.of(headers), "");
    }

    public static Answer send(String requestLine, List<String> headers, String body) {
        return sendTo(CoachcalServer.shared().baseUri(), requestLine, headers, body);
    }

    /** The same, to a server other than the shared one. */
    public static Answer sendTo(URI base, String requestLine, List<String> headers, String body) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        headers.forEach(header -> request.append(header).append("\r\n"));
        request.append("Connection: close\r\n");
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        if (content.length > 0) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
        return new Answer(status, headerLines, body);
    }
}
