package org.crampwise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.ENGINE;
import static org.crampwise.Cases.KB;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Clinical scenarios as data: the project's own (src/test/resources/scenarios) and, when
 * shared/ is beside the project, the contract's public vignettes.
 */
class ScenarioTest {

    private static Stream<DynamicTest> run(List<Scenario> scenarios) {
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.toString(), s.file().toUri(),
                () -> assertThat(ScenarioCheck.problems(s, ENGINE.assess(s.toEvidence(KB)))).as(s.describe()).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> each_of_the_projects_own_scenarios_gets_the_expected_assessment() {
        List<Scenario> own = Scenario.own();
        assertThat(own).hasSizeGreaterThanOrEqualTo(20);
        return run(own);
    }

    @org.junit.jupiter.api.Test
    void an_own_scenario_that_says_why_it_changed_names_the_contract_that_says_so() {
        List<Scenario> withWhy = Scenario.own().stream().filter(s -> s.why() != null).toList();
        assertThat(withWhy).isNotEmpty();
        assertThat(withWhy).allSatisfy(s -> assertThat(s.why()).as(s.toString()).containsIgnoringCase("contract v2"));
    }

    @TestFactory
    Stream<DynamicTest> each_public_vignette_of_the_contract_gets_the_expected_assessment() {
        Assumptions.assumeTrue(Files.isDirectory(Scenario.sharedVignettes()), "shared/vignettes is not beside the project");
        return run(Scenario.readAll(Scenario.sharedVignettes()));
    }
}
