package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --region} on the command line (issue 14): the words are that region's, an unknown one is refused. */
class RegionOptionTest {
    private static final String CHEST_PAIN = "{\"findings\": {\"chest_or_upper_back_pain\": true}}";

    @Test
    void assess_speaks_for_the_region_asked_in_any_case() {
        CommandLineRun us = CommandLineRun.run(CHEST_PAIN, "assess", "--region", "us", "--input", "-");
        assertThat(us.exit()).as(us.err()).isZero();
        assertThat(us.out()).contains("Call 911 now").doesNotContain("999");
        CommandLineRun plain = CommandLineRun.run(CHEST_PAIN, "assess", "--input", "-");
        assertThat(plain.out()).contains("Call 999 now");
    }

    @Test
    void an_unknown_region_is_refused_naming_the_allowed_ones() {
        CommandLineRun r = CommandLineRun.run(CHEST_PAIN, "assess", "--region", "atlantis", "--input", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--region: unknown region 'atlantis'").contains("GB-ENG").contains("NZ");
        CommandLineRun check = CommandLineRun.run("", "check", "--region", "atlantis");
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("unknown region 'atlantis'");
    }

    @Test
    void check_in_australia_says_000_for_an_emergency_sign() {
        CommandLineRun r = CommandLineRun.run("1\n", "check", "--region", "AU");
        assertThat(r.out()).contains("000").doesNotContain("999");
    }
}
