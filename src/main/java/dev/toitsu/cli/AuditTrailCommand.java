package dev.toitsu.cli;

import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.audittrail.ChainVerification;
import dev.toitsu.audittrail.ChainVerification.BrokenLink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code toitsu audit-trail verify|export}: check the 操作履歴 hash chains, export one organization's trail. */
@Command(
        name = "audit-trail",
        description = "操作履歴 (audit trail): verify the hash chains, export as CSV",
        subcommands = {AuditTrailCommand.Verify.class, AuditTrailCommand.Export.class, HelpCommand.class})
final class AuditTrailCommand {

    static final int INTACT = 0;
    static final int BROKEN = 1;

    @Command(
            name = "verify",
            description = {
                "Recomputes every hash chain and reports the first broken link of each.",
                "Exit 0: intact; 1: a link is broken; 2: the check could not run.",
                "Database: embedded in ./data/pg (the server must be stopped) or SPRING_DATASOURCE_URL."
            },
            mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return ApplicationContextRunner.run(
                    List.of("audit-trail", "verify"),
                    springArguments,
                    spec.commandLine().getErr(),
                    context -> {
                        ChainVerification verification =
                                context.getBean(AuditTrail.class).verify();
                        print(verification, out);
                        return verification.intact() ? INTACT : BROKEN;
                    });
        }

        static void print(ChainVerification verification, PrintWriter out) {
            out.println("操作履歴の検証 / Audit trail verification");
            out.printf(
                    "  検証した行数 / rows checked: %,d  (チェーン数 / chains: %d)%n",
                    verification.rowsChecked(), verification.chainsChecked());
            if (verification.intact()) {
                out.println("  結果 / result: 改ざんは検出されませんでした / intact");
            } else {
                out.printf(
                        "  結果 / result: 改ざんを検出しました / BROKEN in %d chain(s)%n",
                        verification.breaks().size());
                for (BrokenLink link : verification.breaks()) {
                    out.printf(
                            "  - seq %d, 組織 / organization: %s, 理由 / reason: %s%n",
                            link.seq(),
                            link.organizationId() == null ? "platform" : link.organizationId(),
                            reason(link));
                    out.printf("      expected: %s%n      stored:   %s%n", link.expectedHash(), link.storedHash());
                }
            }
            out.flush();
        }

        private static String reason(BrokenLink link) {
            return switch (link.reason()) {
                case CONTENT_ALTERED -> "行の内容が変更されています / the row's content was altered";
                case PREVIOUS_LINK_MISMATCH ->
                    "直前の行と連結していません（前の行の削除または改変） / does not link to the previous row"
                            + " (a row before it was deleted or replaced)";
            };
        }
    }

    @Command(
            name = "export",
            description = "Writes one organization's audit trail as CSV (UTF-8 with BOM).",
            mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--organization",
                required = true,
                description = "organization id (UUID), or 'platform' for platform-level events")
        String organization;

        @Option(names = "--from", description = "first day, Asia/Tokyo (yyyy-MM-dd)")
        LocalDate from;

        @Option(names = "--to", description = "last day, Asia/Tokyo (yyyy-MM-dd), inclusive")
        LocalDate to;

        @Option(names = "--output", required = true, description = "the CSV file to write")
        Path output;

        @Option(names = "--lang", defaultValue = "ja", description = "header language: ja (default) or en")
        String language;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            UUID organizationId;
            try {
                organizationId = "platform".equalsIgnoreCase(organization) ? null : UUID.fromString(organization);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("組織IDが正しくありません / not an organization id: " + organization);
                return ApplicationContextRunner.ERROR;
            }
            PrintWriter out = spec.commandLine().getOut();
            List<String> command =
                    List.of("audit-trail", "export", "--organization", organization, "--output", output.toString());
            return ApplicationContextRunner.run(
                    command, springArguments, spec.commandLine().getErr(), context -> {
                        try (OutputStream file = Files.newOutputStream(output)) {
                            long count = context.getBean(AuditTrail.class)
                                    .exportChainCsv(organizationId, from, to, Locale.forLanguageTag(language), file);
                            out.printf("%,d 件を出力しました / %,d events written to %s%n", count, count, output);
                            out.flush();
                            return INTACT;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
