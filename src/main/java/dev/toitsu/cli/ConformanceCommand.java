package dev.toitsu.cli;

import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.RegulationTextParser;
import dev.toitsu.shared.DomainException;
import dev.toitsu.standard.ConformanceMapper;
import dev.toitsu.standard.ConformanceReport;
import dev.toitsu.standard.ConformanceReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code toitsu conformance ...}: check an organization's 対策基準 against a catalog edition, without a database. */
@Command(
        name = "conformance",
        description = "Design conformance (設計の準拠性) of an organization's 対策基準 to a catalog edition.",
        subcommands = {ConformanceCommand.Map.class, HelpCommand.class})
public final class ConformanceCommand {

    enum Format {
        json
    }

    @Command(
            name = "map",
            mixinStandardHelpOptions = true,
            description = "Suggest catalog requirements for every clause of the standard, flag weakened clauses and "
                    + "report the coverage of every requirement.")
    static final class Map implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--catalog",
                required = true,
                paramLabel = "CATALOG_FILE",
                description = "the catalog edition (統一基準 text, .txt UTF-8 or .docx)")
        Path catalog;

        @Option(
                names = "--standard",
                required = true,
                paramLabel = "STANDARD_FILE",
                description = "the organization's 対策基準 (.txt UTF-8 or .docx)")
        Path standard;

        @Option(names = "--format", defaultValue = "json", description = "json (the only format for now)")
        Format format;

        @Override
        public Integer call() {
            ParsedDocument catalogDocument = parse(catalog);
            ParsedDocument standardDocument = catalogDocument == null ? null : parse(standard);
            if (standardDocument == null) {
                return CatalogCommand.INPUT_REFUSED;
            }
            ConformanceReport report = new ConformanceMapper().map(catalogDocument, standardDocument);
            PrintWriter out = spec.commandLine().getOut();
            out.print(ConformanceReportWriter.toJson(report));
            out.flush();
            return 0;
        }

        private ParsedDocument parse(Path file) {
            try {
                return new RegulationTextParser().parse(file);
            } catch (DomainException refused) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("conformance map: " + file + ": " + CatalogCommand.Parse.explain(refused.code()));
                err.flush();
                return null;
            }
        }
    }
}
