package org.crampwise.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base's YAML files as one JSON document, made at build time. Reading YAML costs
 * about 45 ms of a cold start, JSON a few: the command line starts from this. It holds exactly the
 * trees the YAML files parse to, and the loader checks them just as it checks the YAML.
 */
public final class CompiledKnowledge {
    static final String RESOURCE = "/knowledge/knowledge.json";
    private static final JsonFactory JSON = new JsonFactory();

    private CompiledKnowledge() {
    }

    /**
     * Build step: checks the YAML knowledge base in {@code args[0]} (the build fails on any
     * problem) and writes the compiled form to {@code args[1]}.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        KnowledgeBaseLoader.load(KbSource.directory(dir));
        Map<String, Object> trees = new LinkedHashMap<>();
        Object kbYaml = KnowledgeBaseLoader.parseYaml(Files.readString(dir.resolve("kb.yaml")));
        for (String file : KnowledgeBaseLoader.files(kbYaml)) {
            trees.put(file, KnowledgeBaseLoader.parseYaml(Files.readString(dir.resolve(file))));
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
             JsonGenerator g = JSON.createGenerator(out)) {
            PlainJson.write(g, trees);
        }
    }

    /** The trees of the built-in knowledge base by file name, or null when the jar has none. */
    static Map<String, Object> builtIn() throws IOException {
        try (InputStream in = CompiledKnowledge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            try (JsonParser p = JSON.createParser(in)) {
                p.nextToken();
                @SuppressWarnings("unchecked")
                Map<String, Object> trees = (Map<String, Object>) read(p);
                return trees;
            }
        }
    }

    private static Object read(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, read(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(read(p));
                }
                return l;
            }
            case VALUE_STRING: return p.getText();
            case VALUE_NUMBER_INT: return p.getNumberValue();
            case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            default: return null;
        }
    }
}
