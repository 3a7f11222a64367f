package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every setting of {@code crampwise serve} is a flag and an environment variable, and the README's table lists both. */
class ServeSettingsTest {
    private static final Pattern ENV = Pattern.compile("\\$\\{env:(CRAMPWISE_[A-Z_]+)");

    private static List<OptionSpec> settings() {
        CommandLine serve = new CommandLine(new ServeCommand());
        serve.setInterpolateVariables(false); // the defaults as written: ${env:NAME:-value}
        return serve.getCommandSpec().options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).toList();
    }

    @Test
    void every_serve_flag_has_an_environment_variable() {
        List<String> without = new ArrayList<>();
        for (OptionSpec o : settings()) {
            if (o.defaultValue() == null || !ENV.matcher(o.defaultValue()).find()) {
                without.add(o.longestName());
            }
        }
        assertThat(without).as("flags without an environment variable").isEmpty();
    }

    @Test
    void the_readme_settings_table_names_every_flag_with_its_environment_variable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> missing = new ArrayList<>();
        for (OptionSpec o : settings()) {
            Matcher env = ENV.matcher(o.defaultValue() == null ? "" : o.defaultValue());
            String name = env.find() ? env.group(1) : "?";
            boolean listed = readme.lines().anyMatch(l -> l.startsWith("|") && l.contains("`" + o.longestName() + "`")
                    && l.contains("`" + name + "`"));
            if (!listed) {
                missing.add(o.longestName() + " / " + name);
            }
        }
        assertThat(missing).as("settings missing from the README's table").isEmpty();
    }
}
