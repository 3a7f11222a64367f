package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WrappingWriterTest {
    @Test
    void the_interview_wraps_its_text_at_the_width_given_between_words() {
        CommandLineRun r = CommandLineRun.run("q\n", "check", "--width", "30");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(30));
        assertThat(r.out()).contains("Crampwise gives information,");
    }

    @Test
    void a_list_item_continues_under_its_text_and_colour_codes_take_no_room() throws Exception {
        StringWriter out = new StringWriter();
        WrappingWriter w = new WrappingWriter(out, 20);
        w.write("  1) \u001b[1mSudden\u001b[0m shortness of breath or trouble\n");
        w.write("> ");
        w.flush();
        assertThat(out.toString()).isEqualTo("  1) \u001b[1mSudden\u001b[0m\n     shortness of\n     breath or\n     trouble\n> ");
    }

    @Test
    void without_a_terminal_nothing_is_wrapped() {
        CommandLineRun r = CommandLineRun.run("q\n", "check");
        assertThat(r.out()).contains("Type the number of your answer. Type ? to see why we ask, b to go back, q to stop.");
    }
}
