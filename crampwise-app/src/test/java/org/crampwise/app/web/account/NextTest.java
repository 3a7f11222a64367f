package org.crampwise.app.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextTest {

    @ParameterizedTest
    @ValueSource(strings = {"/diary/insights", "/check/save", "/diary/episodes/3/edit?x=1"})
    void a_path_on_this_site_is_followed(String next) {
        assertThat(Next.safe(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/", "/\\evil.example", "diary", "/a b", "/\ttab", ""})
    void anything_else_goes_to_the_diary(String next) {
        assertThat(Next.safe(next)).isEqualTo("/diary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/diary", "//evil.example"})
    void the_sign_in_address_carries_only_a_destination_other_than_the_diary(String next) {
        assertThat(Next.signInFor(next)).isEqualTo("/account/sign-in");
        assertThat(Next.signInFor("/check/save")).isEqualTo("/account/sign-in?next=%2Fcheck%2Fsave");
    }
}
