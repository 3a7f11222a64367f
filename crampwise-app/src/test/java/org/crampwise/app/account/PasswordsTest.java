package org.crampwise.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    private final Passwords passwords = new Passwords();

    @Test
    void a_hash_is_a_phc_string_with_the_owasp_minimum_argon2id_parameters() {
        String hash = passwords.hash("correct horse battery staple");
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(passwords.needsRehash(hash)).isFalse();
    }

    @Test
    void the_same_password_gets_a_new_salt_every_time() {
        assertThat(passwords.hash("correct horse battery staple"))
                .isNotEqualTo(passwords.hash("correct horse battery staple"));
    }

    @Test
    void only_the_right_password_verifies() {
        String hash = passwords.hash("correct horse battery staple");
        assertThat(passwords.verify("correct horse battery staple", hash)).isTrue();
        assertThat(passwords.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(passwords.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(passwords.verify("", hash)).isFalse();
    }

    @Test
    void a_damaged_or_foreign_hash_never_verifies() {
        String hash = passwords.hash("correct horse battery staple");
        assertThat(passwords.verify("correct horse battery staple", hash.substring(0, hash.length() - 2))).isFalse();
        assertThat(passwords.verify("correct horse battery staple", hash.replace("argon2id", "argon2i"))).isFalse();
        assertThat(passwords.verify("correct horse battery staple", null)).isFalse();
        assertThat(passwords.verify("correct horse battery staple", "plain text")).isFalse();
    }

    @Test
    void the_policy_refuses_short_and_common_passwords() {
        assertThat(passwords.problem("short")).contains(Passwords.Problem.TOO_SHORT);
        assertThat(passwords.problem("1234567")).contains(Passwords.Problem.TOO_SHORT);
        assertThat(passwords.problem(null)).contains(Passwords.Problem.TOO_SHORT);
        assertThat(passwords.problem("password")).contains(Passwords.Problem.TOO_COMMON);
        assertThat(passwords.problem("PassWord123")).contains(Passwords.Problem.TOO_COMMON);
        assertThat(passwords.problem("iloveyou")).contains(Passwords.Problem.TOO_COMMON);
        assertThat(passwords.problem("correct horse battery staple")).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes_or_utf16_units() {
        assertThat(passwords.problem("\uD83D\uDE00".repeat(7))).contains(Passwords.Problem.TOO_SHORT); // 7 emoji
        assertThat(passwords.problem("\uD83D\uDE00".repeat(8))).isEmpty();
    }
}
