package org.newsmark.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * Kills a process that is tagging, linking, deleting, importing and merging at random moments (the
 * first kill often while it creates the project), and after every kill checks the project: SQLite's
 * integrity check passes, every change the process had seen committed is there, nothing it had
 * deleted came back, and Newsmark opens it for writing. {@code -Dcrash.kills=N} sets the number of
 * kills (20 in the test suite; the long runs of docs/reliability.md use more), {@code -Dcrash.seed}
 * repeats a run.
 */
class CrashHarnessTest {

    @TempDir
    Path folder;

    @Test
    void noCommittedChangeIsLostAndNoFileDamagedByKills() throws Exception {
        int kills = Integer.getInteger("crash.kills", 20);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path project = folder.resolve("crash.newsmark");
        Path journal = folder.resolve("journal.txt");
        Tally tally = new Tally();
        for (int kill = 1; kill <= kills; kill++) {
            Path childErrors = folder.resolve("child-errors.txt");
            Process child = start(project, journal, random.nextLong(), childErrors);
            // Early on, often while the project is being created; later, anywhere in the loop.
            long waitMillis = kill == 1 ? random.nextInt(600) : 50 + random.nextInt(550);
            if (kill > 1) {
                awaitWorking(child, childErrors);
            }
            Thread.sleep(waitMillis);
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            String context = "kill " + kill + " of " + kills + " (seed " + seed + ", waited " + waitMillis + " ms)";
            if (Files.exists(project) && !killedWhileCreating(project, journal, tally)) {
                verify(project, journal, context, tally);
            }
        }
        int creations = Math.max(2, kills / 10);
        for (int round = 1; round <= creations; round++) {
            Path fresh = folder.resolve("created-" + round + ".newsmark");
            Process child = start(fresh, folder.resolve("created-" + round + ".txt"), random.nextLong(),
                    folder.resolve("child-errors.txt"));
            long waitMillis = random.nextInt(900);
            Thread.sleep(waitMillis);
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            tally.creationRounds++;
            if (Files.exists(fresh) && !killedWhileCreating(fresh, folder.resolve("none.txt"), tally)) {
                try (ProjectStore store = SqliteProjectStore.open(fresh, OpenMode.OPEN_EXISTING)) {
                    assertThat(store.checkIntegrity()).as("a project created, killed after " + waitMillis + " ms").isEmpty();
                    assertThat(store.codebook().byName("Claim")).as("its codebook").isPresent();
                }
            }
        }
        System.out.println("Crash harness: " + kills + " kills while working and " + creations + " while starting on a "
                + "new project, " + tally + " (seed " + seed + ")");
    }

    private static Process start(Path project, Path journal, long seed, Path errors) throws Exception {
        // Quick to start, since each kill starts one: the work it does is in SQLite, not in compiled Java.
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), project.toString(), journal.toString(),
                Long.toString(seed)).redirectError(errors.toFile()).start();
    }

    private static void awaitWorking(Process child, Path errors) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"working".equals(line)) {
            child.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("The child did not start working: " + Files.readString(errors));
        }
    }

    /**
     * A kill while the project was being created leaves an empty file (its creation rolled back):
     * not a project yet, and made one by the next start. Anything else must be a whole project.
     */
    private static boolean killedWhileCreating(Path project, Path journal, Tally tally) throws Exception {
        if (Files.exists(journal) && Files.size(journal) > 0) {
            return false;
        }
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            return false;
        } catch (org.newsmark.store.NotAProjectException e) {
            assertThat(e.getMessage()).as("a project killed while it was created").contains("is empty");
            tally.creationsKilled++;
            return true;
        }
    }

    /** What the journal says must (and must not) be in the project. */
    private static void verify(Path project, Path journal, String context, Tally tally) throws Exception {
        List<String> lines = Files.exists(journal) ? Files.readAllLines(journal) : List.of();
        Set<UUID> created = new HashSet<>();
        Set<UUID> maybeDeleted = new HashSet<>();
        Set<UUID> deleted = new HashSet<>();
        Map<UUID, UUID[]> links = new HashMap<>();
        Set<Long> imported = new HashSet<>();
        Set<UUID> mergedAway = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            switch (parts[0]) {
                case "A" -> created.add(UUID.fromString(parts[1]));
                case "d" -> maybeDeleted.add(UUID.fromString(parts[1]));
                case "D" -> deleted.add(UUID.fromString(parts[1]));
                case "L" -> links.put(UUID.fromString(parts[1]), new UUID[] {UUID.fromString(parts[2]), UUID.fromString(parts[3])});
                case "I" -> imported.add(Long.parseLong(parts[1]));
                case "M" -> mergedAway.add(UUID.fromString(parts[2]));
                default -> { }
            }
        }
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            assertThat(store.checkIntegrity()).as("integrity after " + context).isEmpty();
            Set<Long> articles = new HashSet<>();
            Set<UUID> annotations = new HashSet<>();
            Set<UUID> storedLinks = new HashSet<>();
            for (ArticleSummary summary : store.articles()) {
                articles.add(summary.id());
                store.annotations(summary.id()).stream().map(Annotation::id).forEach(annotations::add);
                store.links(summary.id()).stream().map(Link::id).forEach(storedLinks::add);
            }
            assertThat(imported).as("imported articles after " + context).allMatch(articles::contains);
            for (UUID id : created) {
                if (deleted.contains(id)) {
                    assertThat(annotations).as("a deleted annotation came back after " + context).doesNotContain(id);
                } else if (!maybeDeleted.contains(id)) {
                    assertThat(annotations).as("a saved annotation after " + context).contains(id);
                }
            }
            links.forEach((link, ends) -> {
                boolean endGone = maybeDeleted.contains(ends[0]) || maybeDeleted.contains(ends[1]);
                if (!endGone) {
                    assertThat(storedLinks).as("a saved link after " + context).contains(link);
                }
            });
            Set<UUID> people = new HashSet<>(store.people().stream().map(Person::id).toList());
            assertThat(mergedAway).as("people merged away after " + context).noneMatch(people::contains);
            tally.add(imported.size(), created.size(), links.size(), deleted.size(), mergedAway.size());
        }
        try (ProjectStore reopened = SqliteProjectStore.open(project, OpenMode.OPEN_EXISTING)) {
            assertThat(reopened.isReadOnly()).as("opened for writing after " + context).isFalse();
        }
    }

    /** What the last check found committed, for the summary line. */
    private static final class Tally {
        private int articles;
        private int annotations;
        private int links;
        private int deletions;
        private int merges;
        private int creationsKilled;
        private int creationRounds;

        void add(int articles, int annotations, int links, int deletions, int merges) {
            this.articles = articles;
            this.annotations = annotations;
            this.links = links;
            this.deletions = deletions;
            this.merges = merges;
        }

        @Override
        public String toString() {
            return creationsKilled + " of them while the project was being created; verified " + articles + " imported articles, " + annotations + " annotations, " + links + " links, "
                    + deletions + " deletions, " + merges + " merges";
        }
    }
}
