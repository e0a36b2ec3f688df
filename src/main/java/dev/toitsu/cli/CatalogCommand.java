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
        subcommands = {CatalogCommand.Parse.class, CatalogCommand.Import.class, HelpCommand.class})
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
                case "catalog.edition.exists" -> "an edition with this code exists already (editions never change)";
                case "catalog.edition.code.invalid" -> "invalid edition code";
                case "catalog.framework.unknown" -> "unknown framework";
                case "catalog.import.noClauses" -> "no numbered clauses found";
                case "catalog.import.tooLarge" -> "the file is too large";
                case "catalog.import.fileType" -> "only .txt and .docx files can be imported";
                case RegulationTextParser.EMPTY -> "the file is empty";
                case RegulationTextParser.NOT_TEXT -> "not a UTF-8 text or .docx file";
                case RegulationTextParser.UNREADABLE -> "cannot read the file";
                default -> "refused";
            };
            return reason + " (" + code + ")";
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import a regulation text (.txt UTF-8 or .docx) as a new, immutable catalog edition.",
                "Starts the application without its web server. The embedded database (./data/pg) can be used by one"
                        + " process at a time: stop the server first, or import through /catalog/import or"
                        + " POST /api/v1/catalog/editions while it runs. Spring settings can follow after --, e.g."
                        + " -- --spring.datasource.url=jdbc:postgresql://..."
            })
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--code",
                required = true,
                description = "edition code, e.g. nisc-r7 (lower-case, digits, . _ -)")
        String code;

        @Option(names = "--title", required = true, description = "edition title")
        String title;

        @Option(
                names = "--framework",
                defaultValue = "nisc-unified",
                description = "framework code (default ${DEFAULT-VALUE})")
        String framework;

        @Option(names = "--publisher", description = "publisher")
        String publisher;

        @Option(names = "--published-on", description = "publication date, yyyy-mm-dd")
        java.time.LocalDate publishedOn;

        @Option(names = "--attribution", description = "source attribution (default: the file name)")
        String attribution;

        @Parameters(index = "0", paramLabel = "FILE", description = "the document to import")
        Path file;

        @Parameters(index = "1..*", paramLabel = "SPRING_ARGS", description = "Spring Boot arguments (--name=value)")
        java.util.List<String> springArgs = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            byte[] content;
            try {
                content = java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException | SecurityException e) {
                return refuse(RegulationTextParser.UNREADABLE);
            }
            dev.toitsu.catalog.ImportRequest request = new dev.toitsu.catalog.ImportRequest(
                    code,
                    title,
                    framework,
                    publisher,
                    publishedOn,
                    null,
                    attribution == null ? file.getFileName().toString() : attribution,
                    file.getFileName().toString(),
                    content);
            String operator = "cli:" + System.getProperty("user.name", "operator");
            return ApplicationContextRunner.run(
                    java.util.List.of("catalog", "import", "--code", code, "--title", title, file.toString()),
                    springArgs,
                    spec.commandLine().getErr(),
                    context -> {
                        try {
                            dev.toitsu.catalog.EditionSummary edition = context.getBean(
                                            dev.toitsu.catalog.Catalog.class)
                                    .importEditionAsOperator(request, operator);
                            PrintWriter out = spec.commandLine().getOut();
                            out.println("imported " + edition.code() + ": " + edition.nodeCount() + " nodes, "
                                    + edition.unplacedCount() + " unplaced lines");
                            out.flush();
                            return 0;
                        } catch (DomainException refused) {
                            return refuse(refused.code());
                        }
                    });
        }

        private int refuse(String code) {
            spec.commandLine().getErr().println("catalog import: " + file + ": " + Parse.explain(code));
            spec.commandLine().getErr().flush();
            return INPUT_REFUSED;
        }
    }
}
