package dev.toitsu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.function.ToIntFunction;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

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
        try (ConfigurableApplicationContext context = builder(command).run(springArguments.toArray(String[]::new))) {
            return work.applyAsInt(context);
        } catch (RuntimeException e) {
            DatabaseInUse inUse = cause(e, DatabaseInUse.class);
            if (inUse != null) {
                err.println(inUse.getMessage());
            } else {
                err.println("エラー / error: " + rootMessage(e));
            }
            err.flush();
            return ERROR;
        }
    }

    private static SpringApplicationBuilder builder(List<String> command) {
        return new SpringApplicationBuilder(applicationClass())
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "logging.level.root=warn",
                        "logging.level.dev.toitsu=warn",
                        // failures are reported once, by run(); an expected refusal needs no stack trace
                        "logging.level.org.springframework.boot.SpringApplication=off",
                        "spring.main.log-startup-info=false")
                .listeners(new EmbeddedClusterGuard(command))
                .initializers(context -> context.addBeanFactoryPostProcessor(new WithoutWebSecurity()));
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

    /**
     * Security filter chains need {@code HttpSecurity}, which exists only in a web application; a command has no
     * requests to filter, so their definitions are dropped instead of failing the start.
     */
    static final class WithoutWebSecurity implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {}

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (beanFactory instanceof BeanDefinitionRegistry registry) {
                for (String name : beanFactory.getBeanNamesForType(SecurityFilterChain.class, true, false)) {
                    registry.removeBeanDefinition(name);
                }
            }
        }
    }

    /** The embedded cluster's data directory is served by a running toitsu server. */
    static final class DatabaseInUse extends RuntimeException {
        DatabaseInUse(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One data directory, one postmaster. When the server is running, its postgres holds {@code postmaster.pid} and
     * has client connections (its pool); starting the embedded cluster again would either wait for the lock or stop
     * that postgres as if it were an orphan. So refuse before any bean is created. An orphan left by a killed JVM
     * has no clients and is cleaned up by the normal start.
     */
    static final class EmbeddedClusterGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        private final List<String> command;

        EmbeddedClusterGuard(List<String> command) {
            this.command = command;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            if (!embedded(environment)) {
                return;
            }
            Path directory = Path.of(environment.getProperty("toitsu.database.data-directory", "data/pg"))
                    .toAbsolutePath()
                    .normalize();
            Integer port = livePostmasterPort(directory.resolve("postmaster.pid"));
            if (port != null && hasClients(port)) {
                throw new DatabaseInUse(String.join(
                        System.lineSeparator(),
                        "toitsu のサーバーが起動中のため、組み込みデータベース " + directory + " を開けません。",
                        "  サーバーを停止してから実行するか、次のようにサーバーのデータベースに接続して実行してください:",
                        "The toitsu server is running and holds the embedded database in " + directory + ".",
                        "  Stop the server first, or run against its database (the server's own settings):",
                        "  java -jar toitsu.jar " + String.join(" ", command)
                                + " --spring.datasource.url=jdbc:postgresql://127.0.0.1:"
                                + port + "/toitsu --spring.datasource.username="
                                + environment.getProperty("toitsu.database.app-role", "toitsu_app")
                                + " --spring.flyway.enabled=false --toitsu.demo.enabled=true"));
            }
        }

        private static boolean embedded(ConfigurableEnvironment environment) {
            String explicit = environment.getProperty("toitsu.database.embedded");
            if (StringUtils.hasText(explicit)) {
                return Boolean.parseBoolean(explicit.trim());
            }
            return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        }

        /** The port of the postgres named in postmaster.pid, if that process is alive. */
        private static Integer livePostmasterPort(Path pidFile) {
            try {
                if (!Files.isRegularFile(pidFile)) {
                    return null;
                }
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() < 4) {
                    return null;
                }
                long pid = Long.parseLong(lines.get(0).trim());
                boolean alive =
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive ? Integer.valueOf(lines.get(3).trim()) : null;
            } catch (IOException | NumberFormatException e) {
                return null;
            }
        }

        private static boolean hasClients(int port) {
            Properties credentials = new Properties();
            credentials.setProperty("user", "postgres");
            credentials.setProperty("connectTimeout", "5");
            credentials.setProperty("socketTimeout", "10");
            try (Connection connection = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + port + "/postgres", credentials);
                    Statement statement = connection.createStatement();
                    ResultSet clients = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
                return clients.next() && clients.getLong(1) > 0;
            } catch (SQLException e) {
                // not reachable: a dying or foreign process; let the normal start report what it finds
                return false;
            }
        }
    }
}
