import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds this OS's packages into target/dist, from what Maven has put in target/package/input
 * (the app's jar, its libraries, JavaFX's native libraries, the about text). Run by
 * {@code mvn -Ppackage package} as a single source file, so it needs nothing but the JDK; what it
 * builds is set by the argument files beside it (see README.md in this folder).
 *
 * <ol>
 * <li>JavaFX's native libraries leave its jars (they are beside them), so JavaFX loads them from
 *     there and writes nothing into the user's home folder.</li>
 * <li>jlink: a trimmed Java runtime (packaging/jlink.args); on Linux its native libraries lose
 *     their symbol tables, which nothing at run time reads.</li>
 * <li>Linux: the app image target/dist/career-routes; a training run of it (under Xvfb when there is
 *     no display) that lists the classes it loads while starting and opening every tab; the
 *     class-data archive from that list (share-classes.sh); then the .deb, which makes its own
 *     archive on install, since an archive only serves the folder it was made for.</li>
 * <li>Windows: the per-user MSI; macOS: the .dmg (both straight from the input).</li>
 * </ol>
 *
 * Usage: {@code java packaging/PackageBuild.java VERSION MAIN_JAR}, from the project's folder.
 */
public class PackageBuild {

    enum Os { LINUX, WINDOWS, MAC }

    private final Path target = Path.of("target").toAbsolutePath();
    private final Path input = target.resolve("package/input");
    private final Path runtime = target.resolve("package/runtime");
    private final Path dist = target.resolve("dist");
    private final String version;
    private final String mainJar;
    private final Os os;

    PackageBuild(String version, String mainJar, Os os) {
        this.version = version;
        this.mainJar = mainJar;
        this.os = os;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java packaging/PackageBuild.java VERSION MAIN_JAR");
        }
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Os os = name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
        new PackageBuild(args[0], args[1], os).build();
    }

    void build() throws Exception {
        if (!Files.isRegularFile(input.resolve(mainJar))) {
            throw new IllegalStateException("no " + mainJar + " in " + input + ": run through mvn -Ppackage package");
        }
        // JavaFX's jars without a platform in their name are empty (the ones with it hold the classes).
        try (Stream<Path> jars = Files.list(input)) {
            for (Path jar : (Iterable<Path>) jars.filter(p -> p.getFileName().toString()
                    .matches("javafx-[a-z]+-[0-9.]+\\.jar"))::iterator) {
                Files.delete(jar);
            }
        }
        keepNativeLibrariesOutsideTheJars();
        leaveOutUnusedResources();
        linkRuntime();
        deleteTree(dist);
        switch (os) {
            case LINUX -> linux();
            case WINDOWS -> tool("jpackage", common("packaging/windows/jpackage.args"));
            case MAC -> tool("jpackage", common("packaging/macos/jpackage.args", macVersion()));
        }
        try (Stream<Path> made = Files.list(dist)) {
            made.sorted().forEach(p -> System.out.printf(Locale.ROOT, "built %s (%.1f MB)%n", target.getParent()
                    .relativize(p), size(p) / 1e6));
        }
    }

    /**
     * JavaFX prefers a native library it finds inside its jar, and unpacks it into the user's home
     * folder to load it; only when there is none does it load the one beside the jar. Maven has
     * unpacked them beside the jars: here they leave the jars, so nothing is written at start.
     */
    private void keepNativeLibrariesOutsideTheJars() throws IOException {
        try (Stream<Path> jars = Files.list(input)) {
            for (Path jar : (Iterable<Path>) jars.filter(p -> p.getFileName().toString().startsWith("javafx-"))::iterator) {
                try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar)) {
                    try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
                        for (Path entry : (Iterable<Path>) entries.filter(PackageBuild::isNativeLibrary)::iterator) {
                            if (!Files.isRegularFile(input.resolve(entry.getFileName().toString()))) {
                                throw new IllegalStateException(entry + " of " + jar.getFileName() + " is not beside it");
                            }
                            Files.delete(entry);
                        }
                    }
                }
            }
        }
    }

    /** Takes out of the libraries' jars the resources packaging/leave-out.txt names (unused by the app). */
    private void leaveOutUnusedResources() throws IOException {
        long saved = 0;
        for (String line : Files.readAllLines(Path.of("packaging/leave-out.txt"))) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\\s+", 3);
            if (fields.length < 3) {
                throw new IllegalStateException("packaging/leave-out.txt: a line needs a jar, a pattern and why: " + line);
            }
            java.util.regex.Pattern entries = java.util.regex.Pattern.compile(fields[1]);
            List<Path> jars;
            try (Stream<Path> all = Files.list(input)) {
                // The name then its version: "pdfbox-" is pdfbox-3.0.8.jar, not pdfbox-io-3.0.8.jar.
                jars = all.filter(p -> p.getFileName().toString()
                        .matches(java.util.regex.Pattern.quote(fields[0]) + "[0-9][^/]*\\.jar")).toList();
            }
            if (jars.isEmpty()) {
                throw new IllegalStateException("packaging/leave-out.txt: no jar starts with " + fields[0]);
            }
            for (Path jar : jars) {
                long before = Files.size(jar);
                int removed = 0;
                try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar);
                     Stream<Path> walk = Files.walk(zip.getPath("/"))) {
                    for (Path entry : (Iterable<Path>) walk.filter(Files::isRegularFile)
                            .filter(e -> entries.matcher(e.toString().substring(1)).matches()).toList()::iterator) {
                        Files.delete(entry);
                        removed++;
                    }
                }
                if (removed == 0) {
                    throw new IllegalStateException("packaging/leave-out.txt: nothing in " + jar.getFileName()
                            + " matches " + fields[1]);
                }
                saved += before - Files.size(jar);
            }
        }
        System.out.printf(Locale.ROOT, "left out unused resources: %.1f MB%n", saved / 1e6);
    }

    private static boolean isNativeLibrary(Path entry) {
        String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib");
    }

    private void linkRuntime() throws IOException {
        deleteTree(runtime);
        tool("jlink", List.of("@packaging/jlink.args", "--output", runtime.toString()));
        // Used only with heaps over 32 GB; the app's is capped far below.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
        if (os == Os.LINUX) {
            // On Linux the app's own archive holds the runtime's classes too, and the JVM reads only
            // the archive it is given: the runtime's is never used.
            Files.deleteIfExists(runtime.resolve("lib/server/classes.jsa"));
            try (Stream<Path> files = Files.walk(runtime)) {
                List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
                files.filter(p -> p.toString().endsWith(".so")).forEach(p -> command.add(p.toString()));
                run(command, 120);
            }
        }
    }

    /** The arguments every jpackage call from the input has, then the OS's own file. */
    private List<String> common(String osArgs) {
        return common(osArgs, version);
    }

    private List<String> common(String osArgs, String appVersion) {
        return List.of("@packaging/jpackage.args", "@" + osArgs, "--input", input.toString(), "--main-jar", mainJar,
                "--runtime-image", runtime.toString(), "--app-version", appVersion, "--dest", dist.toString());
    }

    /**
     * macOS takes no version whose first number is 0: until the project reaches 1.0, its bundle
     * says 1.0.0 (the app's own --version still says the project's).
     */
    private String macVersion() {
        if (!version.startsWith("0.")) {
            return version;
        }
        System.out.println("macOS needs a version of 1 or more: the bundle is 1.0.0 for " + version);
        return "1.0.0";
    }

    private void linux() throws Exception {
        List<String> image = new ArrayList<>(List.of("--type", "app-image"));
        image.addAll(common("packaging/linux/jpackage.args"));
        tool("jpackage", image);
        Path app = dist.resolve("career-routes");
        writeLauncherScript(app);
        train(app);
        run(List.of("sh", app.resolve("lib/app/share-classes.sh").toString(), app.toString()), 300);
        // The .deb gets the image without this build's archive: its post-install makes one for /opt.
        Path stage = target.resolve("package/deb-stage");
        deleteTree(stage);
        copyTree(app, stage.resolve("career-routes"));
        Files.deleteIfExists(stage.resolve("career-routes/lib/app/career-routes.jsa"));
        tool("jpackage", List.of("@packaging/linux/deb.args", "--app-image", stage.resolve("career-routes").toString(),
                "--app-version", version, "--dest", dist.toString()));
        deleteTree(stage);
    }

    /**
     * Puts a shell script in place of jpackage's Linux launcher, with the same options, class path
     * and main class (from the launcher's settings file). jpackage's launcher asks rpm and dpkg
     * at every start which package it came from, which took about 150 ms here, more on a machine
     * with many packages; the script starts the runtime's java at once. Options and the exit code
     * pass through unchanged.
     */
    private static void writeLauncherScript(Path app) throws IOException {
        Path cfg = app.resolve("lib/app/career-routes.cfg");
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            } else if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException(cfg + " has no main class or class path");
        }
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Career Routes: starts the app with the Java runtime it carries. Options pass through
                # unchanged and the exit code is the app's. Made by the packaging build from
                # lib/app/career-routes.cfg; add a Java option for one run with JAVA_TOOL_OPTIONS.
                APPDIR=$(readlink -f "$(dirname "$(readlink -f "$0")")/../lib/app")
                exec "$APPDIR/../runtime/bin/java" \\
                """);
        for (String option : options) {
            script.append("  \"").append(shellQuoted(option)).append("\" \\\n");
        }
        script.append("  -cp \"").append(shellQuoted(String.join(":", classPath))).append("\" \\\n")
                .append("  ").append(mainClass).append(" \"$@\"\n");
        Path launcher = app.resolve("bin/career-routes");
        Files.writeString(launcher, script.toString());
        launcher.toFile().setExecutable(true, false);
    }

    /** Text for inside double quotes in sh: $APPDIR stays a variable, anything else special is escaped. */
    private static String shellQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`")
                .replace("$", "\\$").replace("\\$APPDIR", "$APPDIR");
    }

    /**
     * Starts the built app once, as a student would see it, with its own empty settings folder:
     * it opens every tab and quits, and the JVM lists each class it loaded.
     */
    private void train(Path app) throws Exception {
        Path list = app.resolve("lib/app/career-routes.classlist");
        Path home = Files.createTempDirectory("career-routes-training");
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        try {
            if (display == null || display.isBlank()) {
                // Xvfb picks a free display and says which once it is ready to take windows.
                xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String number = new java.io.BufferedReader(new java.io.InputStreamReader(xvfb.getInputStream())).readLine();
                if (number == null || number.isBlank()) {
                    throw new IllegalStateException("Xvfb did not start; the training run needs a display");
                }
                display = ":" + number.strip();
            }
            ProcessBuilder training = new ProcessBuilder(app.resolve("bin/career-routes").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            training.environment().put("DISPLAY", display);
            training.environment().put("HOME", home.toString());
            training.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + list
                    + " -Dcareerroutes.trainingRun=true -Dcareerroutes.settingsDir=" + home.resolve("settings"));
            Process run = training.start();
            if (!run.waitFor(120, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException("the training run did not end within 120 s");
            }
            if (run.exitValue() != 0 || !Files.isRegularFile(list)) {
                throw new IllegalStateException("the training run failed (exit " + run.exitValue()
                        + "); is there a display, or Xvfb to make one?");
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
            deleteTree(home);
        }
    }

    /** Runs a JDK tool in this JVM; "@file" arguments are read here, as its own launcher would. */
    private static void tool(String name, List<String> given) throws IOException {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
        List<String> args = new ArrayList<>();
        for (String arg : given) {
            if (arg.startsWith("@")) {
                args.addAll(argumentFile(Path.of(arg.substring(1))));
            } else {
                args.add(arg);
            }
        }
        System.out.println("> " + name + " " + String.join(" ", args));
        PrintWriter out = new PrintWriter(System.out, true);
        int exit = tool.run(out, new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException(name + " failed with exit code " + exit);
        }
    }

    /**
     * The arguments in a file: separated by spaces or lines, "double quotes" around one that has
     * spaces, and lines starting with # left out.
     */
    static List<String> argumentFile(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            StringBuilder arg = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    any = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (any) {
                        args.add(arg.toString());
                        arg.setLength(0);
                        any = false;
                    }
                } else {
                    arg.append(c);
                    any = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException(file + ": a quote is not closed in: " + line);
            }
            if (any) {
                args.add(arg.toString());
            }
        }
        return args;
    }

    private static void run(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("failed: " + String.join(" ", command.subList(0, 2)) + " …");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(command.get(0) + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
