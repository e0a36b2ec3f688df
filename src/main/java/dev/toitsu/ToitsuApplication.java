package dev.toitsu;

import dev.toitsu.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * One jar, two faces: without a subcommand it serves the web application; with one ({@code catalog parse},
 * {@code audit-trail verify}, ...) it runs that command and exits.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ToitsuApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(ToitsuApplication.class, args);
    }
}
