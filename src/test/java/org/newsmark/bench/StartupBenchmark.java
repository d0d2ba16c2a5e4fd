package org.newsmark.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.newsmark.app.StartupProbe;

/**
 * How long Newsmark takes to start, side by side with a bare JavaFX window in the same run: from the
 * moment a process is launched until the BBC article's text is on the screen ({@link TextOnScreen}
 * watches it; the figure compared), and until it is laid out in its window (the {@code text} moment
 * of {@link StartupProbe}, with the steps before it), for
 * <ul>
 * <li>{@code bare}: {@link BareFxWindow}, a text area holding the article and nothing else (the yardstick),</li>
 * <li>{@code jar}: {@code java -jar target/newsmark.jar} on the sample project,</li>
 * <li>{@code launcher}: the app image's {@code bin/Newsmark} with its class-data archive, if
 *     {@code mvn -Pinstaller package} has made {@code target/installer/Newsmark}.</li>
 * </ul>
 * and how long a command takes on a small job ({@code list} of the eleven samples, {@code import} of
 * one article into a new project), launch to exit, from the jar (also with the quick compiler only),
 * the window's launcher and the command launcher {@code bin/newsmark}. The variants take turns, round after round, so
 * the machine's load falls on all alike. Needs a display: without {@code DISPLAY} it runs itself again
 * under {@code xvfb-run -a}.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=StartupBenchmark [-Dbench.args="ROUNDS"]} (after
 * {@code mvn -Pinstaller package -DskipTests} to include the launcher); 7 rounds unless told.
 */
public final class StartupBenchmark {

    private static final Path ARTICLE = Path.of("samples/bbc-musk-trump-x.txt");
    private static final Path JAR = Path.of("target/newsmark.jar");
    private static final Path LAUNCHER = Path.of("target/installer/Newsmark/bin/Newsmark");
    /** The app image's launcher for commands (Linux): the quick compiler only. */
    private static final Path COMMAND_LAUNCHER = Path.of("target/installer/Newsmark/bin/newsmark");
    private static final long TIMEOUT_SECONDS = 60;
    /** How long a window stays after its text is laid out: long enough to be painted and seen. */
    private static final long QUIT_AFTER_MILLIS = 1500;
    /** The moment the article's text was seen on the screen (not one the program marks). */
    private static final String ON_SCREEN = "on-screen";

    private final TextOnScreen screen;

    private final Path work;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private StartupBenchmark(Path work) throws java.awt.AWTException {
        this.work = work;
        this.screen = new TextOnScreen();
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.exit(underXvfb(args));
        }
        int rounds = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip()) : 7;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn package first");
        }
        Path work = Files.createTempDirectory("newsmark-startup");
        new StartupBenchmark(work).run(rounds);
    }

    /** The same benchmark again, on a virtual display of its own. */
    private static int underXvfb(String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1200x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StartupBenchmark.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private void run(int rounds) throws Exception {
        boolean launcher = Files.isExecutable(LAUNCHER);
        String bareClassPath = JAR + File.pathSeparator + "target/test-classes";
        Map<String, List<String>> windows = new LinkedHashMap<>();
        windows.put("bare JavaFX window", List.of(java, "-cp", bareClassPath, BareFxWindow.class.getName(), ARTICLE.toString()));
        windows.put("java -jar newsmark.jar", List.of(java, "-jar", JAR.toString()));
        if (launcher) {
            windows.put("app image bin/Newsmark", List.of(LAUNCHER.toString()));
        }
        Map<String, Timings> starts = new LinkedHashMap<>();
        windows.keySet().forEach(name -> starts.put(name, new Timings()));

        // The first start creates the sample project (and JavaFX unpacks its libraries): not measured.
        start(windows.get("java -jar newsmark.jar"));
        if (launcher) {
            start(windows.get("app image bin/Newsmark"));
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> window : windows.entrySet()) {
                starts.get(window.getKey()).add(start(window.getValue()));
            }
        }

        Path samples = work.resolve("data/newsmark/samples.newsmark");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("jar: list", List.of(java, "-jar", JAR.toString(), "list", "-p", samples.toString()));
        commands.put("jar: import one article", List.of(java, "-jar", JAR.toString(), "import", "-p", "NEW", ARTICLE.toString()));
        commands.put("jar, C1 only: list", List.of(java, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "list", "-p",
                samples.toString()));
        if (launcher) {
            commands.put("launcher: list", List.of(LAUNCHER.toString(), "list", "-p", samples.toString()));
            commands.put("launcher: import one article", List.of(LAUNCHER.toString(), "import", "-p", "NEW", ARTICLE.toString()));
        }
        if (Files.isExecutable(COMMAND_LAUNCHER)) {
            commands.put("bin/newsmark: list", List.of(COMMAND_LAUNCHER.toString(), "list", "-p", samples.toString()));
            commands.put("bin/newsmark: import one article", List.of(COMMAND_LAUNCHER.toString(), "import", "-p", "NEW",
                    ARTICLE.toString()));
        }
        Map<String, Stats> commandTimes = new LinkedHashMap<>();
        commands.keySet().forEach(name -> commandTimes.put(name, new Stats()));
        for (int round = 0; round < rounds; round++) {
            int each = 0;
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                Path project = work.resolve("new-" + round + "-" + each++ + ".newsmark");
                List<String> line = command.getValue().stream().map(part -> part.equals("NEW") ? project.toString() : part).toList();
                commandTimes.get(command.getKey()).add(command(line));
            }
        }

        System.out.printf(Locale.ROOT, "%d rounds; load average %s%n", rounds, loadAverage());
        System.out.println("start until the article's text is on the screen (median, min-max ms; ratio to the bare window),"
                + " and until it is laid out in the window (median ms; processor time used by then, and its ratio):");
        Timings yardstick = starts.values().iterator().next();
        for (Map.Entry<String, Timings> entry : starts.entrySet()) {
            Timings timings = entry.getValue();
            System.out.printf(Locale.ROOT, "  %-24s on screen %5.0f (%4.0f-%4.0f)  ratio %.2f   laid out %5.0f (ratio %.2f)"
                    + "   cpu %5.0f (ratio %.2f)   main %4.0f%n", entry.getKey(), timings.onScreen.percentile(50),
                    timings.onScreen.percentile(0), timings.onScreen.max(),
                    timings.onScreen.percentile(50) / yardstick.onScreen.percentile(50), timings.text.percentile(50),
                    timings.text.percentile(50) / yardstick.text.percentile(50), timings.textCpu.percentile(50),
                    timings.textCpu.percentile(50) / yardstick.textCpu.percentile(50), timings.main.percentile(50));
        }
        System.out.println("where the time goes (median ms after launch of each moment marked):");
        starts.forEach((name, timings) -> System.out.printf(Locale.ROOT, "  %-24s %s%n", name, timings.steps()));
        System.out.println("commands, launch to exit (median, min-max ms):");
        for (Map.Entry<String, Stats> entry : commandTimes.entrySet()) {
            Stats stats = entry.getValue();
            System.out.printf(Locale.ROOT, "  %-34s %5.0f (%4.0f-%4.0f)%n", entry.getKey(), stats.percentile(50),
                    stats.percentile(0), stats.max());
        }
    }

    /** One start: launched, measured from the probe file, and left to quit by itself once the text is shown. */
    private Moments start(List<String> command) throws IOException, InterruptedException {
        Path probe = work.resolve("probe");
        Files.deleteIfExists(probe);
        ProcessBuilder builder = new ProcessBuilder(command);
        environment(builder).put("JAVA_TOOL_OPTIONS", "-D" + StartupProbe.PROPERTY + "=" + probe + " -D"
                + StartupProbe.QUIT_AFTER_PROPERTY + "=" + QUIT_AFTER_MILLIS);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("stderr.txt").toFile());
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        OptionalLong onScreen = screen.await(process, TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Moments moments = Moments.read(probe, launched);
        if (onScreen.isPresent()) {
            moments.wall().put(ON_SCREEN, onScreen.getAsLong() - launched);
        }
        if (moments.text().isEmpty() || onScreen.isEmpty()) {
            throw new IllegalStateException(String.join(" ", command) + " did not show the article: "
                    + Files.readString(work.resolve("stderr.txt")));
        }
        return moments;
    }

    /** One command, launch to exit, in nanoseconds. */
    private long command(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        environment(builder);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("stderr.txt").toFile());
        long started = System.nanoTime();
        int exit = builder.start().waitFor();
        long took = System.nanoTime() - started;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(work.resolve("stderr.txt")));
        }
        return took;
    }

    /** Folders of the benchmark's own: the user's projects and settings are neither read nor changed. */
    private Map<String, String> environment(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        environment.put("XDG_DATA_HOME", work.resolve("data").toString());
        environment.put("XDG_CONFIG_HOME", work.resolve("config").toString());
        environment.remove("JAVA_TOOL_OPTIONS");
        return environment;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The moments of one start: wall-clock milliseconds after its launch, and processor milliseconds used by then. */
    private record Moments(Map<String, Long> wall, Map<String, Long> cpu) {

        static Moments read(Path probe, long launched) throws IOException {
            Map<String, Long> wall = new LinkedHashMap<>();
            Map<String, Long> cpu = new LinkedHashMap<>();
            if (Files.exists(probe)) {
                for (String line : Files.readAllLines(probe, StandardCharsets.UTF_8)) {
                    String[] parts = line.split(" ");
                    wall.putIfAbsent(parts[0], Long.parseLong(parts[1]) - launched);
                    if (parts.length > 2) {
                        cpu.putIfAbsent(parts[0], Long.parseLong(parts[2]));
                    }
                }
            }
            return new Moments(wall, cpu);
        }

        Optional<Long> text() {
            return Optional.ofNullable(wall.get("text"));
        }
    }

    private static final class Timings {
        final Stats main = new Stats();
        final Stats text = new Stats();
        final Stats onScreen = new Stats();
        final Stats textCpu = new Stats();
        /** Every moment marked, in the order of the first start: where the time goes. */
        final Map<String, Stats> steps = new LinkedHashMap<>();

        void add(Moments moments) {
            textCpu.add(moments.cpu().getOrDefault("text", 0L) * 1_000_000);
            main.add(moments.wall().getOrDefault("main", 0L) * 1_000_000);
            text.add(moments.text().orElseThrow() * 1_000_000);
            onScreen.add(moments.wall().get(ON_SCREEN) * 1_000_000);
            moments.wall().forEach((step, millis) -> steps.computeIfAbsent(step, name -> new Stats()).add(millis * 1_000_000));
        }

        String steps() {
            StringBuilder line = new StringBuilder();
            steps.forEach((step, stats) -> line.append(String.format(Locale.ROOT, " %s %.0f", step, stats.percentile(50))));
            return line.toString().strip();
        }
    }
}
