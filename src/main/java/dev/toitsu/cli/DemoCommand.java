package dev.toitsu.cli;

import dev.toitsu.demo.DemoGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Demo and load-test data",
        subcommands = {DemoCommand.Generate.class})
class DemoCommand {

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = "Generate a large organization (units, people, roles, a few accounts) with bulk COPY."
                    + " Deterministic for a seed. Run while the server is stopped, or against an external database.")
    static class Generate implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--code", defaultValue = "gen", description = "organization code (default: ${DEFAULT-VALUE})")
        String code;

        @Option(names = "--staff", defaultValue = "50000", description = "people (default: ${DEFAULT-VALUE})")
        int staff;

        @Option(names = "--units", defaultValue = "1000", description = "units (default: ${DEFAULT-VALUE})")
        int units;

        @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--spring", description = "a Spring setting, e.g. --spring spring.datasource.url=...")
        List<String> spring = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> settings = spring.stream().map(s -> "--" + s).toList();
            var out = spec.commandLine().getOut();
            return ApplicationContextRunner.run(
                    List.of("demo", "generate"), settings, spec.commandLine().getErr(), context -> {
                        long started = System.nanoTime();
                        DemoGenerator.Result result =
                                context.getBean(DemoGenerator.class).generate(code, staff, units, seed);
                        out.printf(
                                "生成しました / generated %s: %d units, %d people, %d role assignments in %d ms%n",
                                result.organizationCode(),
                                result.units(),
                                result.people(),
                                result.assignments(),
                                (System.nanoTime() - started) / 1_000_000);
                        out.printf(
                                "accounts: %s (password %s, TOTP secret as the demo)%n",
                                String.join(", ", result.accounts()), DemoGenerator.PASSWORD);
                        out.flush();
                        return 0;
                    });
        }
    }
}
