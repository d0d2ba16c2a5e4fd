package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** SQLite's error codes as a researcher reads them. */
class SqlErrorsTest {

    private static final Path FILE = Path.of("study.newsmark");

    @Test
    void noRoomForTheSharedMemoryFileIsAFullDisk() {
        // SQLITE_IOERR_SHMSIZE: opening a project on a full disk, where the -shm file cannot grow
        SQLException error = new SQLException("[SQLITE_IOERR_SHMSIZE] Some kind of disk I/O error occurred", null, 4874);

        assertThat(SqlErrors.translate(FILE, "open the project", error).getMessage())
                .isEqualTo("Could not open the project: the disk holding study.newsmark is full. "
                        + "Nothing was half-written; free some space and try again.");
    }

    @Test
    void otherDiskErrorsSaySo() {
        SQLException error = new SQLException("[SQLITE_IOERR_READ] disk I/O error", null, 266);

        assertThat(SqlErrors.translate(FILE, "read the article", error).getMessage())
                .startsWith("Could not read the article: the disk reported an error while using study.newsmark");
    }
}
