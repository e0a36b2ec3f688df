package dev.toitsu.cli;

import dev.toitsu.platform.DataDirectoryInUseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a command inside a non-web Spring context with the server's database settings: the embedded cluster in
 * {@code ./data/pg} by default, an external server through {@code SPRING_DATASOURCE_URL} or
 * {@code --spring.datasource.url=...}. Exit codes: what the command returns, or {@link #ERROR}.
 */
final class ApplicationContextRunner {

    static final int ERROR = 2;
    private static final String APPLICATION_CLASS = "dev.toitsu.ToitsuApplication";

    private ApplicationContextRunner() {}

    /**
     * @param command the command's words ({@code audit-trail verify}), for messages
     * @param springArguments {@code --name=value} settings passed on to Spring
     */
    static int run(
            List<String> command,
            List<String> springArguments,
            PrintWriter err,
            ToIntFunction<ConfigurableApplicationContext> work) {
        try (ConfigurableApplicationContext context = builder().run(springArguments.toArray(String[]::new))) {
            return work.applyAsInt(context);
        } catch (RuntimeException e) {
            DataDirectoryInUseException inUse = cause(e, DataDirectoryInUseException.class);
            if (inUse != null) {
                err.println(inUse(command, inUse));
            } else {
                err.println("エラー / error: " + rootMessage(e));
            }
            err.flush();
            return ERROR;
        }
    }

    /** One data directory, one postmaster: say how to reach the running server's database instead. */
    private static String inUse(List<String> command, DataDirectoryInUseException inUse) {
        return String.join(
                System.lineSeparator(),
                "toitsu のサーバーが起動中のため、組み込みデータベース " + inUse.directory() + " を開けません。",
                "  サーバーを停止してから実行するか、次のようにサーバーのデータベースに接続して実行してください:",
                "The toitsu server is running and holds the embedded database in " + inUse.directory() + ".",
                "  Stop the server first, or run against its database:",
                "  java -jar toitsu.jar " + String.join(" ", command)
                        + " --spring.datasource.url=jdbc:postgresql://127.0.0.1:" + inUse.port()
                        + "/toitsu --spring.datasource.username=toitsu_app --spring.flyway.enabled=false"
                        + " --toitsu.demo.enabled=true");
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(applicationClass())
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "logging.level.root=warn",
                        "logging.level.dev.toitsu=warn",
                        // failures are reported once, by run(); an expected refusal needs no stack trace
                        "logging.level.org.springframework.boot.SpringApplication=off",
                        "spring.main.log-startup-info=false",
                        "toitsu.catalog.index-at-start=false"); // commands don't search
    }

    /**
     * The application class, by name: it calls into this package to dispatch commands, so a type reference back
     * would make the two a dependency cycle.
     */
    private static Class<?> applicationClass() {
        try {
            return Class.forName(APPLICATION_CLASS, true, ApplicationContextRunner.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(APPLICATION_CLASS + " is not on the class path", e);
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
