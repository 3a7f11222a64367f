package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phone numbers every page shows are checked before the server starts (docs/SAFETY.md HAZ-09). */
class ServeNumbersTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--emergency-number | ''",
        "--emergency-number | 9 9 9",
        "--emergency-number | call 999",
        "--emergency-number | 9",
        "--urgent-number    | one-one-one",
        "--urgent-number    | 1234567890123456"})
    void a_blank_or_garbled_phone_number_stops_the_server_from_starting(String flag, String number) {
        CommandLineRun r = CommandLineRun.run("", "serve", "--port", "0", "--data-dir", data.toString(), flag, number);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(flag + " must be a phone number of 2 to 15 digits");
        assertThat(data).isEmptyDirectory(); // nothing was started or created
    }
}
