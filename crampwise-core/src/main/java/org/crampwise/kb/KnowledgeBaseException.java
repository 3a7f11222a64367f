package org.crampwise.kb;

import java.util.List;

/** A knowledge base that cannot be used; lists every problem, each naming its file and id. */
public final class KnowledgeBaseException extends RuntimeException {
    private final List<String> problems;

    public KnowledgeBaseException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the knowledge base:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
