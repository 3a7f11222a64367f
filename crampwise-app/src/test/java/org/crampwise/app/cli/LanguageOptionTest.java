package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang} (and CRAMPWISE_LANG) on {@code assess} and {@code check} (issue 14): every word
 * in the person's language and region, the terminal's prompts included; an unknown language is
 * one line and exit 2, as {@code --help} lists.
 */
class LanguageOptionTest {
    private static final String CHEST_PAIN = "{\"findings\": {\"chest_or_upper_back_pain\": true}}";
    private static final KnowledgeBase SPANISH = KnowledgeBaseLoader.builtIn().in(Locale.forLanguageTag("es"));
    /** A calm cramp, as CheckCommandTest answers it, screen by screen. */
    private static final String CALM_ANSWERS = String.join("\n", "0", "28", "2", "1", "2", "0", "0", "2", "0", "1 3",
            "1", "0", "0", "");

    @Test
    void assess_in_spanish_in_the_united_states_says_call_911_in_spanish() {
        CommandLineRun r = CommandLineRun.run(CHEST_PAIN, "assess", "--lang", "ES", "--region", "us", "--input", "-");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Llame al 911").contains("\"language\": \"es\"").contains("\"region\": \"US\"")
                .doesNotContain("999").doesNotContain("Call ");
    }

    @Test
    void an_unknown_language_is_one_line_naming_the_languages_and_exit_2_as_help_lists() {
        CommandLineRun assess = CommandLineRun.run(CHEST_PAIN, "assess", "--lang", "fr", "--input", "-");
        CommandLineRun check = CommandLineRun.run("", "check", "--lang", "klingon");

        assertThat(assess.exit()).isEqualTo(2);
        assertThat(assess.out()).isEmpty();
        assertThat(assess.err().strip()).isEqualTo("--lang: unknown language 'fr'; one of en, es");
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err().strip()).contains("unknown language 'klingon'; one of en, es").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(CommandLineRun.run("", "assess", "--help").out()).contains("--lang").contains("2   invalid evidence or usage");
        assertThat(CommandLineRun.run("", "check", "--help").out()).contains("--lang").contains("2   invalid option");
    }

    @Test
    void serve_refuses_an_unknown_default_language_in_one_line_before_starting(@TempDir Path dir) {
        CommandLineRun r = CommandLineRun.run("", "serve", "--lang", "fr", "--port", "0", "--data-dir",
                dir.resolve("data").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("running");
        assertThat(r.err().strip()).contains("--lang: unknown language 'fr'; one of en, es").doesNotContain("\n");
    }

    @Test
    void check_in_spanish_asks_answers_and_prompts_in_spanish() {
        CommandLineRun r = CommandLineRun.run("?\n" + CALM_ANSWERS, "check", "--lang", "es");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Pregunta 1").contains("Escriba el número de su respuesta")
                .contains("Por qué lo preguntamos: ").contains("Ninguna de estas")
                .contains(SPANISH.fill(SPANISH.finding("age_years").question()))
                .contains(SPANISH.fill(SPANISH.level(Level.SELF_CARE).label()).toUpperCase(Locale.forLanguageTag("es")))
                .contains("Alívielo ya")
                .doesNotContain("Question 1").doesNotContain("Type the number").doesNotContain("Ease it now")
                .doesNotContain("Why we ask");
    }

    @Test
    void check_in_spanish_speaks_for_the_region_chosen_in_every_line() {
        CommandLineRun r = CommandLineRun.run("2\n", "check", "--lang", "es", "--region", "US");

        assertThat(r.out()).contains("911").contains("Llame").doesNotContain("999").doesNotContain("111");
        CommandLineRun stopped = CommandLineRun.run("q\n", "check", "--lang", "es", "--region", "AU");
        assertThat(stopped.out()).contains("Ha parado. No se ha guardado nada.").contains("000").doesNotContain("999");
    }

    @Test
    void crampwise_lang_in_the_environment_chooses_the_language(@TempDir Path dir) throws Exception {
        Path evidence = Files.writeString(dir.resolve("chest.json"), CHEST_PAIN);
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.crampwise.app.Main", "assess", "--input",
                evidence.toString())).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("CRAMPWISE_LANG", "es");
        pb.environment().put("CRAMPWISE_REGION", "US");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("Llame al 911").contains("\"language\": \"es\"");
    }
}
