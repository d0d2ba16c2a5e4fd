package org.newsmark.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.newsmark.store.ProjectStore;

/**
 * A copy of each project a day, kept for a week, in Newsmark's data folder
 * ({@code backups/study.newsmark-1a2b3c4d/2026-12-06.newsmark}): what a person needs after deleting
 * the wrong things and saving over them. Together with the copies kept before each upgrade
 * ({@code study.newsmark.v3.bak} beside the project) they are what File ▸ Restore offers.
 */
final class DailyBackups {

    static final int DAYS_KEPT = 7;

    /** A copy of the project that can be restored, with when it was made. */
    record Backup(Path file, String made) {
    }

    private final Path folder;
    private final Path project;

    DailyBackups(Path backupsFolder, Path project) {
        this.project = project.toAbsolutePath().normalize();
        this.folder = backupsFolder.resolve(this.project.getFileName() + "-" + shortHash(this.project.toString()));
    }

    /**
     * Makes today's copy if there is none yet, then removes those older than a week. Returns whether
     * a copy was made.
     */
    boolean makeTodays(ProjectStore store, LocalDate today) throws IOException {
        Path todays = folder.resolve(today + ".newsmark");
        if (Files.exists(todays)) {
            return false;
        }
        Files.createDirectories(folder);
        store.saveBackup(todays);
        List<Path> daily = dailyCopies();
        for (Path old : daily.subList(0, Math.max(0, daily.size() - DAYS_KEPT))) {
            Files.deleteIfExists(old);
        }
        return true;
    }

    /** Every copy of the project that can be restored, newest first. */
    List<Backup> all() throws IOException {
        List<Backup> backups = new ArrayList<>();
        List<Path> daily = dailyCopies();
        for (int i = daily.size() - 1; i >= 0; i--) {
            backups.add(new Backup(daily.get(i), "daily copy of " + daily.get(i).getFileName().toString().replace(".newsmark", "")));
        }
        Path beside = project.getParent();
        if (beside != null && Files.isDirectory(beside)) {
            try (Stream<Path> files = Files.list(beside)) {
                files.filter(file -> file.getFileName().toString().matches(
                                java.util.regex.Pattern.quote(project.getFileName().toString()) + "\\.v\\d+\\.bak"))
                        .sorted(Comparator.reverseOrder())
                        .forEach(file -> backups.add(new Backup(file, "copy kept before upgrading from format "
                                + file.getFileName().toString().replaceAll(".*\\.v(\\d+)\\.bak$", "$1"))));
            }
        }
        return backups;
    }

    private List<Path> dailyCopies() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.newsmark")).sorted().toList();
        }
    }

    /** Two projects of one name in different folders get folders of their own. */
    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
