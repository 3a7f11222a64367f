package org.crampwise.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriteTurnsTest {
    private final WriteTurns turns = new WriteTurns(Duration.ofMillis(200));

    @Test
    void a_writer_waits_for_the_turn_of_another_and_gets_it_when_that_one_ends() throws Exception {
        // A long bound here: the waiting writer must not give up while a busy machine runs this thread late.
        WriteTurns turns = new WriteTurns(Duration.ofSeconds(30));
        Database.WriteTurn first = turns.take();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            try (Database.WriteTurn turn = turns.take()) {
                return true;
            }
        });
        Thread.sleep(50);
        assertThat(second).isNotDone();
        first.close();
        assertThat(second.get(1, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_writer_whose_turn_does_not_come_in_time_gets_a_busy_error_rather_than_waiting_on() {
        Database.WriteTurn held = turns.take();
        try {
            CompletableFuture<Database.WriteTurn> late = CompletableFuture.supplyAsync(turns::take);
            assertThatThrownBy(() -> late.get(2, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(DatabaseBusyException.class)
                    .hasMessageContaining("no turn to write");
        } finally {
            held.close();
        }
    }
}
