package org.crampwise.app.web.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a socket of its own per request, so that anything can be sent: paths a URI class
 * would refuse ({@code %00}, {@code ../}), a Content-Length longer than the body (the output is
 * then shut, so the server sees the body end early), any header.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** An answer: status, headers (keys lower case; repeated ones joined by new lines), body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String mediaType() {
            return headers.getOrDefault("content-type", "").split(";")[0].trim().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Sends one request; {@code declaredLength} below 0 declares the body's real length.
     * Connection: close, so the answer is everything until the server closes.
     */
    static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body,
                       long declaredLength) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(declaredLength >= 0 ? declaredLength : body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream req = new ByteArrayOutputStream(head.length() + (body == null ? 0 : body.length));
        req.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            req.writeBytes(body);
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            try {
                socket.getOutputStream().write(req.toByteArray());
                socket.getOutputStream().flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server answered and closed before taking the whole body (a 413): read the answer.
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer (" + all.length + " bytes): "
                    + text.substring(0, Math.min(200, text.length())));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            // A header sent twice (Set-Cookie) keeps both values, one a line.
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int eol = i;
            while (eol + 1 < chunked.length && !(chunked[eol] == '\r' && chunked[eol + 1] == '\n')) {
                eol++;
            }
            String line = new String(chunked, i, eol - i, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(line.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int from = eol + 2;
            int to = Math.min(chunked.length, from + size);
            out.write(chunked, from, to - from);
            i = to + 2;
        }
        return out.toByteArray();
    }
}
