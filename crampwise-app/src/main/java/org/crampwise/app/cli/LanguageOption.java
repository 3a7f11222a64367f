package org.crampwise.app.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.crampwise.kb.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --lang} (env CRAMPWISE_LANG): the language of every word a command prints. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "${env:CRAMPWISE_LANG}",
            description = "Language of the words: a language tag the knowledge base has (its kb.yaml 'languages'), "
                    + "any case (env CRAMPWISE_LANG; default: the first of them). For serve, the language of a "
                    + "request that asks for none (no lang, cookie or Accept-Language the knowledge base has).")
    String tag;

    /** The language asked for, or the knowledge base's own; an unknown one is a usage error naming the allowed. */
    Locale of(KnowledgeBase kb, CommandLine.Model.CommandSpec spec) {
        Locale asked = find(kb, tag);
        if (asked == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), unknown(kb, tag));
        }
        return asked;
    }

    /** The language for this tag, any case (blank: the knowledge base's first), or null when it has none such. */
    static Locale find(KnowledgeBase kb, String tag) {
        if (tag == null || tag.isBlank()) {
            return kb.languages().get(0);
        }
        try {
            // es-MX finds es (lookup drops the country); fr finds nothing.
            return Locale.lookup(Locale.LanguageRange.parse(tag.trim().replace('_', '-')), kb.languages());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    static String unknown(KnowledgeBase kb, String tag) {
        return "--lang: unknown language '" + tag + "'; one of "
                + kb.languages().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    }
}
