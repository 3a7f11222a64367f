package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/**
 * Shared by the EvidenceJson*Test classes: the evidence JSON of shared/contract/README.md is read
 * strictly, so valid evidence parses and anything else is rejected as a whole with a one-line,
 * printable message naming the field. These helpers read evidence and check such rejections.
 */
final class EvidenceJsonFixture {
    static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    static final EvidenceJson JSON = new EvidenceJson(KB);
    /** Longer than this, a one-line message is no longer one a person can read. */
    private static final int MAX_MESSAGE_LENGTH = 300;

    private EvidenceJsonFixture() {
    }

    static Evidence read(String json) throws InvalidEvidenceException {
        return JSON.read(json.getBytes(StandardCharsets.UTF_8));
    }

    static Finding finding(String id) {
        Finding f = KB.finding(id);
        assertThat(f).as("finding '%s' in the built-in knowledge base", id).isNotNull();
        return f;
    }

    static int index(String id) {
        return finding(id).index();
    }

    /** {@code json} padded with spaces inside the object to exactly {@code size} bytes. */
    static byte[] padded(String json, int size) {
        byte[] start = json.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(start, 0, body, 0, start.length - 1);
        body[size - 1] = '}';
        return body;
    }

    static InvalidEvidenceException rejected(String json, String field) {
        return rejected(json.getBytes(StandardCharsets.UTF_8), field);
    }

    /** Reads {@code body}, expecting it rejected naming {@code field} with a readable message. */
    static InvalidEvidenceException rejected(byte[] body, String field) {
        InvalidEvidenceException ex = rejectedWithPrintableMessage(body);
        assertThat(ex.field()).as("the field named by: %s", ex.getMessage()).isEqualTo(field);
        return ex;
    }

    static InvalidEvidenceException rejectedWithPrintableMessage(String json) {
        return rejectedWithPrintableMessage(json.getBytes(StandardCharsets.UTF_8));
    }

    static InvalidEvidenceException rejectedWithPrintableMessage(byte[] body) {
        List<String> problems = messageProblems(body);
        assertThat(problems).as("problems with the rejection of %s", visible(abbreviate(new String(body,
                StandardCharsets.UTF_8)))).isEmpty();
        try {
            JSON.read(body);
            throw new AssertionError("unreachable: accepted");
        } catch (InvalidEvidenceException ex) {
            return ex;
        }
    }

    /** What is wrong with how {@code body} is rejected: nothing when it is rejected with one readable line. */
    static List<String> messageProblems(byte[] body) {
        InvalidEvidenceException ex;
        try {
            Evidence e = JSON.read(body);
            return List.of("accepted as " + JSON.write(e));
        } catch (InvalidEvidenceException caught) {
            ex = caught;
        } catch (RuntimeException | StackOverflowError err) {
            return List.of("threw " + err);
        }
        List<String> problems = new ArrayList<>();
        String message = ex.getMessage();
        String shown = visible(abbreviate(message));
        if (!message.startsWith(ex.field() + ": ")) {
            problems.add("message does not start with the field: " + shown);
        }
        if (message.split("\\R", -1).length != 1) {
            problems.add("message is not one line: " + shown);
        }
        if (!unprintable(message).isEmpty()) {
            problems.add("message has unprintable characters " + unprintable(message) + ": " + shown);
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            problems.add("message is " + message.length() + " characters long: " + shown);
        }
        if (ex.reason() == null || ex.reason().isBlank()) {
            problems.add("no reason given: " + shown);
        }
        return problems;
    }

    /** The code points of {@code s} that cannot be shown as they are on one line of a terminal or log. */
    private static List<String> unprintable(String s) {
        List<String> out = new ArrayList<>();
        s.codePoints().forEach(cp -> {
            switch (Character.getType(cp)) {
                case Character.CONTROL:
                case Character.FORMAT:
                case Character.SURROGATE:
                case Character.UNASSIGNED:
                case Character.LINE_SEPARATOR:
                case Character.PARAGRAPH_SEPARATOR:
                    out.add(String.format("U+%04X", cp));
                    break;
                default:
            }
        });
        return out;
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || !unprintable(new String(Character.toChars(cp))).isEmpty()) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
