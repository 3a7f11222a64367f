package org.crampwise.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * One JSON object per line: {@code time}, {@code level}, {@code logger}, the MDC (the request
 * id), the event's key-value pairs as fields of their own, {@code message}, and for an error its
 * {@code exception} (class names and stack frames). A log shipper reads it without patterns.
 */
public final class JsonLines extends EncoderBase<ILoggingEvent> {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] NOTHING = new byte[0];

    @Override
    public byte[] headerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] footerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            g.writeStringField("level", event.getLevel().toString());
            g.writeStringField("logger", event.getLoggerName());
            for (Map.Entry<String, String> e : event.getMDCPropertyMap().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            if (event.getKeyValuePairs() != null) {
                for (KeyValuePair kv : event.getKeyValuePairs()) {
                    g.writeFieldName(kv.key);
                    value(g, kv.value);
                }
            }
            g.writeStringField("message", event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                g.writeStringField("exception", trace(event.getThrowableProxy()));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Numbers and booleans as themselves (the access log's are finite), anything else as a string. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        String text = String.valueOf(v);
        if (v instanceof Number || v instanceof Boolean) {
            g.writeRawValue(text);
        } else {
            g.writeString(text);
        }
    }

    private static String trace(IThrowableProxy t) {
        StringBuilder b = new StringBuilder();
        for (IThrowableProxy p = t; p != null; p = p.getCause()) {
            b.append(p == t ? "" : "Caused by: ").append(p.getClassName());
            if (p.getMessage() != null) {
                b.append(": ").append(p.getMessage());
            }
            for (StackTraceElementProxy s : p.getStackTraceElementProxyArray()) {
                b.append("\n\tat ").append(s.getStackTraceElement());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
