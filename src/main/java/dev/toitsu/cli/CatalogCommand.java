package dev.toitsu.cli;

import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.ParsedDocumentWriter;
import dev.toitsu.catalog.RegulationTextParser;
import dev.toitsu.shared.DomainException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code toitsu catalog ...}: work with the texts of the standards without starting the application. */
@Command(
        name = "catalog",
        description = "Catalog of standards: read regulation texts (統一基準, 対策基準).",
        subcommands = {CatalogCommand.Parse.class, HelpCommand.class})
public final class CatalogCommand {

    /** Exit code for a file the parser refuses: unreadable, empty or not text. */
    static final int INPUT_REFUSED = 2;

    enum Format {
        json,
        text
    }

    @Command(
            name = "parse",
            mixinStandardHelpOptions = true,
            description =
                    "Parse a regulation text (.txt UTF-8 or .docx) into its clause tree; prints JSON or an outline.")
    static final class Parse implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "json", description = "json (default) or text (an indented outline)")
        Format format;

        @Parameters(index = "0", paramLabel = "FILE", description = "the document to parse")
        Path file;

        @Override
        public Integer call() {
            ParsedDocument document;
            try {
                document = new RegulationTextParser().parse(file);
            } catch (DomainException refused) {
                spec.commandLine().getErr().println("catalog parse: " + file + ": " + explain(refused.code()));
                spec.commandLine().getErr().flush();
                return INPUT_REFUSED;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(
                    format == Format.json
                            ? ParsedDocumentWriter.toJson(document)
                            : ParsedDocumentWriter.toOutline(document));
            out.flush();
            return 0;
        }

        static String explain(String code) {
            String reason = switch (code) {
                case RegulationTextParser.EMPTY -> "the file is empty";
                case RegulationTextParser.NOT_TEXT -> "not a UTF-8 text or .docx file";
                case RegulationTextParser.UNREADABLE -> "cannot read the file";
                default -> "refused";
            };
            return reason + " (" + code + ")";
        }
    }
}
