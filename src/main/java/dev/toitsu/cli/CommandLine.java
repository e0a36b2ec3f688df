package dev.toitsu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The command-line face of the jar. Commands that only read files (parsing, mapping) never start the database;
 * commands that need data start a non-web Spring context through {@link ApplicationContextRunner}.
 */
@Command(
        name = "toitsu",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "toitsu: information-security programme management under the 統一基準群",
        subcommands = {HelpCommand.class, CatalogCommand.class})
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("help", "catalog", "audit-trail", "demo", "conformance");

    private CommandLine() {}

    /** A command is a first argument that names one; Spring Boot's own arguments start with "--". */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("-h") || args[0].equals("-V"));
    }

    /** The Spring Boot application class that commands needing data start (without its web server). */
    private static volatile Class<?> application;

    static Class<?> application() {
        if (application == null) {
            throw new IllegalStateException("no application class: start commands through ToitsuApplication.main");
        }
        return application;
    }

    /** Runs a command; {@code applicationClass} is what data commands start, so that the CLI needs no import of it. */
    public static int run(String[] args, Class<?> applicationClass) {
        application = applicationClass;
        return run(args);
    }

    public static int run(String[] args) {
        // Java 17 writes System.out in the platform charset; command output (Japanese JSON) is always UTF-8
        return new picocli.CommandLine(new CommandLine())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .execute(args);
    }
}
