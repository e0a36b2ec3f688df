/**
 * The command line: picocli subcommands run from the same jar. Commands call other modules' public APIs only;
 * commands that need no data must not start the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package dev.toitsu.cli;
