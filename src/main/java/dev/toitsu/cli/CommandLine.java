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
        subcommands = {
            HelpCommand.class,
            CatalogCommand.class,
            ConformanceCommand.class,
            AuditTrailCommand.class,
            DemoCommand.class
        })
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("help", "catalog", "audit-trail", "demo", "conformance");

    /** The top-level command's own options: the jar answers them instead of starting the server. */
    private static final Set<String> OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private CommandLine() {}

    /** A command is a first argument that names one; Spring Boot's own arguments start with "--". */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || OPTIONS.contains(args[0]));
    }

    public static int run(String[] args) {
        // Java 17 writes System.out in the platform charset; command output (Japanese JSON) is always UTF-8
        return new picocli.CommandLine(new CommandLine())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .execute(args);
    }
}
