package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A knowledge-base edit may add ids but never drop or rename the contract's, nor take the safety
 * mark off a finding (docs/SAFETY.md): checked against shared/contract when it sits beside the
 * project, as the public vignettes are.
 */
class KnowledgeBaseMatchesTheContractTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final Path CONTRACT = Path.of("../../shared/contract").toAbsolutePath().normalize();

    @BeforeEach
    void contractIsBeside() {
        Assumptions.assumeTrue(Files.isDirectory(CONTRACT), "shared/contract is not beside the project");
    }

    /** The rows of a contract table, without its header, split on tabs. */
    private static List<String[]> rows(String file) throws IOException {
        return Files.readAllLines(CONTRACT.resolve(file)).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void every_contract_finding_is_there_with_its_type_and_its_safety_mark() throws IOException {
        List<String[]> findings = rows("findings.tsv");
        assertThat(findings).hasSizeGreaterThan(50);
        for (String[] row : findings) {
            Finding f = KB.finding(row[0]);
            assertThat(f).as(row[0]).isNotNull();
            assertThat(f.type().id()).as(row[0]).isEqualTo(row[1]);
            assertThat(f.safety()).as(row[0] + " safety").isEqualTo(row[4].equals("yes"));
        }
    }

    @Test
    void every_contract_advice_item_is_there_in_its_list() throws IOException {
        for (String[] row : rows("advice.tsv")) {
            assertThat(KB.adviceItems()).as(row[0] + " " + row[1])
                    .anyMatch(a -> a.id().equals(row[0]) && a.kind().id().equals(row[1]));
        }
    }

    @Test
    void every_contract_cause_is_there() throws IOException {
        for (String[] row : rows("causes.tsv")) {
            assertThat(KB.causes()).as(row[0]).anyMatch(c -> c.id().equals(row[0]));
        }
    }

    @Test
    void the_twenty_one_contract_rules_are_there_at_their_contract_level_each_with_a_source() {
        for (int n = 1; n <= 21; n++) {
            int number = n;
            // triage.md: rules 1-2 call_emergency, 3-4 emergency_department, 5-11 urgent, 12-21 see_doctor
            Level level = n <= 2 ? Level.CALL_EMERGENCY : n <= 4 ? Level.EMERGENCY_DEPARTMENT
                    : n <= 11 ? Level.URGENT : Level.SEE_DOCTOR;
            assertThat(KB.rules()).as("rule " + n).anySatisfy(r -> {
                assertThat(r.number()).isEqualTo(number);
                assertThat(r.level()).isEqualTo(level);
                assertThat(r.sources()).isNotEmpty();
            });
        }
    }
}
