package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    private static ImportProgress.Counting readHalfOf(byte[] file) throws Exception {
        ImportProgress.Counting counting = new ImportProgress.Counting(new ByteArrayInputStream(file));
        counting.read(new byte[file.length / 2]);
        return counting;
    }

    @Test
    void on_a_terminal_the_bar_is_redrawn_in_place_with_the_share_of_the_file_read() throws Exception {
        byte[] file = new byte[1000];
        StringWriter err = new StringWriter();
        ImportProgress p = new ImportProgress(new PrintWriter(err), true, file.length, readHalfOf(file));
        p.read(1000);
        p.read(2000);
        p.done();
        assertThat(err.toString()).isEqualTo("\rChecking [###############...............]  50% 1,000 records"
                + "\rChecking [###############...............]  50% 2,000 records" + System.lineSeparator());
    }

    @Test
    void elsewhere_a_line_is_written_every_ten_thousand_records_and_nothing_in_between() throws Exception {
        byte[] file = new byte[1000];
        StringWriter err = new StringWriter();
        ImportProgress p = new ImportProgress(new PrintWriter(err), false, file.length, readHalfOf(file));
        for (int records = 1000; records <= 25_000; records += 1000) {
            p.read(records);
        }
        p.done();
        assertThat(err.toString()).isEqualTo("Checked 10,000 records (50%)" + System.lineSeparator()
                + "Checked 20,000 records (50%)" + System.lineSeparator());
    }
}
