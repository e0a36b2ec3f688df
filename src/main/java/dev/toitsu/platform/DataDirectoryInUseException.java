package dev.toitsu.platform;

import java.nio.file.Path;

/** The embedded cluster's data directory is served by a running toitsu: one directory, one server. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path directory;
    private final int port;

    public DataDirectoryInUseException(Path directory, int port) {
        super("The embedded database in " + directory + " is in use by a running toitsu (PostgreSQL on port " + port
                + ") / 組み込みデータベースは起動中の toitsu が使用しています");
        this.directory = directory;
        this.port = port;
    }

    public Path directory() {
        return directory;
    }

    public int port() {
        return port;
    }
}
