package org.careerroutes.jobs;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import org.careerroutes.content.Problem;
import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;
import org.careerroutes.files.SmallFile;
import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.EntryRules;
import org.careerroutes.model.NotFor;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.WayIn;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small index file of a folder of profiles: for each profile file, its name, size and time of
 * last change, and what the Jobs page needs of it ({@link JobEntry}, rules included) and its
 * warnings, so that the next start reads one file instead of hundreds. Career Routes makes it and
 * can always make it again: it is kept beside the user's settings, never in the folder, and an
 * index that cannot be read, is for another folder or another version of the app, or names a file
 * that has changed, is simply not used (for that file). Read strictly; nothing in it is trusted
 * beyond being a cache of files that are still there, unchanged.
 *
 * <p>A little over 400 lines, for a reason: the format is written and read here, side by side, so
 * that the reader asks for exactly the fields the writer writes (rules and all), and nothing else.
 */
public final class JobIndexFile {

    /** Raised with any change to what is kept, so an index of an earlier version is made again. */
    static final int FORMAT_VERSION = 1;
    /** Far more than the index of a pack of thousands of jobs. */
    static final SmallFile.Kind KIND = new SmallFile.Kind("a job index", 64 * 1024 * 1024, SmallFile.Links.REFUSE);

    /**
     * One profile file as the index keeps it.
     *
     * @param file     the file's name in the folder
     * @param size     its size in bytes when it was read
     * @param modified its time of last change, in milliseconds, when it was read
     * @param warnings the loader's warnings about it (it had no errors: files with errors are not kept)
     */
    public record Kept(String file, long size, long modified, JobEntry entry, List<Problem> warnings) {
        public Kept {
            warnings = List.copyOf(warnings);
        }
    }

    /** What an index file held: the files, by name; or nothing, and why. */
    public record Read(Map<String, Kept> files, Optional<String> notUsed) {
        public Read {
            files = Map.copyOf(files);
        }

        static Read none(String why) {
            return new Read(Map.of(), Optional.of(why));
        }
    }

    private JobIndexFile() {
    }

    /**
     * What the index at {@code file} holds for {@code folder}; nothing when there is none, or it is
     * for another folder or version, or it cannot be read (then {@link Read#notUsed()} says why).
     */
    public static Read read(Path file, Path folder, String appVersion) {
        Optional<byte[]> bytes;
        try {
            bytes = SmallFile.read(file, KIND);
        } catch (FileProblem e) {
            return Read.none(FileProblem.describe(file, e.getMessage()));
        }
        if (bytes.isEmpty()) {
            return new Read(Map.of(), Optional.empty());
        }
        try (JsonReader json = new JsonReader(new StringReader(SmallFile.text(bytes.get(), "is not UTF-8 text")))) {
            json.setStrictness(Strictness.STRICT);
            Map<String, Kept> kept = new HashMap<>();
            boolean ours = false;
            json.beginObject();
            while (json.hasNext()) {
                switch (json.nextName()) {
                    case "formatVersion" -> ours = json.nextInt() == FORMAT_VERSION;
                    case "app" -> ours &= json.nextString().equals(appVersion);
                    case "folder" -> ours &= json.nextString().equals(key(folder));
                    case "jobs" -> {
                        if (!ours) {
                            return new Read(Map.of(), Optional.empty());   // another folder's or version's: made again
                        }
                        json.beginArray();
                        while (json.hasNext()) {
                            Kept one = kept(json);
                            kept.put(one.file(), one);
                        }
                        json.endArray();
                    }
                    default -> throw new IllegalStateException("unknown field " + json.getPath());
                }
            }
            json.endObject();
            return new Read(ours ? kept : Map.of(), Optional.empty());
        } catch (IOException | RuntimeException e) {
            // A damaged index is made again: it holds nothing the profiles do not.
            return Read.none(FileProblem.describe(file, "could not be used (" + e.getMessage() + "), so it is made again"));
        }
    }

    /** The folder as an index names it: its absolute, normal path. */
    static String key(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    /** Writes the index of {@code folder} whole, or not at all. */
    public static void write(Path file, Path folder, String appVersion, List<Kept> files) throws FileProblem {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("");
            json.beginObject();
            json.name("formatVersion").value(FORMAT_VERSION);
            json.name("app").value(appVersion);
            json.name("folder").value(key(folder));
            json.name("jobs").beginArray();
            for (Kept each : files) {
                write(json, each);
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            throw new FileProblem("could not be made: " + e.getMessage(), e);
        }
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        try {
            java.nio.file.Files.createDirectories(parent);
        } catch (IOException e) {
            throw new FileProblem(FileProblem.whyNotWritten(e), e);
        }
        AtomicFile.write(file, text.toString(), Optional.empty());
    }

    // ----- writing

    private static void write(JsonWriter json, Kept kept) throws IOException {
        JobEntry job = kept.entry();
        json.beginObject();
        json.name("file").value(kept.file());
        json.name("size").value(kept.size());
        json.name("modified").value(kept.modified());
        json.name("id").value(job.id());
        json.name("title").value(job.title());
        json.name("summary").value(job.summary());
        texts(json, "duties", job.duties());
        texts(json, "skills", job.skills());
        texts(json, "subjects", job.subjects());
        json.name("registration").value(job.registration());
        json.name("attribution").value(job.attribution());
        json.name("warnings").beginArray();
        for (Problem warning : kept.warnings()) {
            json.beginObject().name("line").value(warning.line()).name("column").value(warning.column())
                    .name("message").value(warning.message()).endObject();
        }
        json.endArray();
        json.name("routes").beginArray();
        for (JobRoute route : job.routes()) {
            json.beginObject();
            json.name("id").value(route.id());
            json.name("title").value(route.title());
            if (route.paid().isPresent()) {
                json.name("paid").value(route.paid().get());
            }
            json.name("rules");
            rules(json, route.rules());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void texts(JsonWriter json, String name, List<String> texts) throws IOException {
        json.name(name).beginArray();
        for (String text : texts) {
            json.value(text);
        }
        json.endArray();
    }

    private static void rules(JsonWriter json, EntryRules rules) throws IOException {
        json.beginObject();
        ruleList(json, "toStart", rules.toStart());
        json.name("later").beginArray();
        for (Checkpoint checkpoint : rules.later()) {
            json.beginObject();
            json.name("title").value(checkpoint.title());
            ruleList(json, "rules", checkpoint.rules());
            optional(json, "source", checkpoint.source());
            optional(json, "checked", checkpoint.checked());
            optional(json, "step", checkpoint.step());
            json.endObject();
        }
        json.endArray();
        if (rules.notFor().isPresent()) {
            NotFor notFor = rules.notFor().get();
            json.name("notFor").beginObject().name("qualification").value(notFor.qualification().key());
            optional(json, "instead", notFor.instead());
            json.endObject();
        }
        json.name("waysIn").beginArray();
        for (WayIn way : rules.waysIn()) {
            json.beginObject();
            json.name("title").value(way.title());
            optional(json, "step", way.step());
            json.name("checked").value(way.checked());
            ruleList(json, "rules", way.rules());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void ruleList(JsonWriter json, String name, List<EntryRule> rules) throws IOException {
        json.name(name).beginArray();
        for (EntryRule rule : rules) {
            rule(json, rule);
        }
        json.endArray();
    }

    private static void rule(JsonWriter json, EntryRule rule) throws IOException {
        json.beginObject();
        json.name("qualification").value(rule.qualification().key());
        json.name("count").value(rule.count());
        optional(json, "minGrade", rule.minGrade());
        json.name("including").beginArray();
        for (SubjectNeed need : rule.including()) {
            json.beginObject().name("count").value(need.count()).name("anyOf").beginArray();
            for (String subject : need.anyOf()) {
                json.value(subject);
            }
            json.endArray().endObject();
        }
        json.endArray();
        optional(json, "step", rule.step());
        json.name("helps").value(rule.helps());
        ruleList(json, "mayBeConsidered", rule.mayBeConsidered());
        optional(json, "words", rule.words());
        json.endObject();
    }

    private static void optional(JsonWriter json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.name(name).value(value.get());
        }
    }

    // ----- reading: every field is asked for by name, and an unknown one is a damaged file

    private static Kept kept(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.ofEntries(
                Map.entry("file", JsonReader::nextString), Map.entry("size", JsonReader::nextLong),
                Map.entry("modified", JsonReader::nextLong), Map.entry("id", JsonReader::nextString),
                Map.entry("title", JsonReader::nextString), Map.entry("summary", JsonReader::nextString),
                Map.entry("duties", JobIndexFile::strings), Map.entry("skills", JobIndexFile::strings),
                Map.entry("subjects", JobIndexFile::strings), Map.entry("registration", JsonReader::nextBoolean),
                Map.entry("warnings", r -> list(r, JobIndexFile::warning)),
                Map.entry("routes", r -> list(r, JobIndexFile::route)), Map.entry("attribution", JsonReader::nextString)));
        String file = f.get("file");
        List<Problem> warnings = f.<List<Warning>>get("warnings").stream()
                .map(w -> new Problem(Problem.Severity.WARNING, file, w.line(), w.column(), w.message())).toList();
        JobEntry entry = new JobEntry(f.get("id"), f.get("title"), f.get("summary"), f.get("duties"), f.get("skills"),
                f.get("subjects"), f.get("registration"), f.get("routes"), f.get("attribution"));
        return new Kept(file, f.<Long>get("size"), f.<Long>get("modified"), entry, warnings);
    }

    private record Warning(int line, int column, String message) {
    }

    private static Warning warning(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("line", JsonReader::nextInt, "column", JsonReader::nextInt,
                "message", JsonReader::nextString));
        return new Warning(f.get("line"), f.get("column"), f.get("message"));
    }

    private static JobRoute route(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("id", JsonReader::nextString, "title", JsonReader::nextString,
                "paid", JsonReader::nextBoolean, "rules", JobIndexFile::rules));
        String id = f.get("id");
        return new JobRoute(id, f.get("title"), RouteType.ofRoute(id), f.get("rules"), f.optional("paid"));
    }

    private static EntryRules rules(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("toStart", r -> list(r, JobIndexFile::rule),
                "later", r -> list(r, JobIndexFile::checkpoint), "notFor", JobIndexFile::notFor,
                "waysIn", r -> list(r, JobIndexFile::wayIn)));
        return new EntryRules(f.get("toStart"), f.get("later"), f.optional("notFor"), f.get("waysIn"));
    }

    private static Checkpoint checkpoint(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("title", JsonReader::nextString, "rules", r -> list(r, JobIndexFile::rule),
                "source", JsonReader::nextString, "checked", JsonReader::nextString, "step", JsonReader::nextString));
        return new Checkpoint(f.get("title"), f.get("rules"), f.optional("source"), f.optional("checked"),
                f.optional("step"));
    }

    private static NotFor notFor(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("qualification", JobIndexFile::qualification,
                "instead", JsonReader::nextString));
        return new NotFor(f.get("qualification"), f.optional("instead"));
    }

    private static WayIn wayIn(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("title", JsonReader::nextString, "step", JsonReader::nextString,
                "checked", JsonReader::nextBoolean, "rules", r -> list(r, JobIndexFile::rule)));
        return new WayIn(f.get("title"), f.optional("step"), f.get("rules"), f.get("checked"));
    }

    private static EntryRule rule(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("qualification", JobIndexFile::qualification, "count", JsonReader::nextInt,
                "minGrade", JsonReader::nextString, "including", r -> list(r, JobIndexFile::need),
                "step", JsonReader::nextString, "helps", JsonReader::nextBoolean,
                "mayBeConsidered", r -> list(r, JobIndexFile::rule), "words", JsonReader::nextString));
        return new EntryRule(f.get("qualification"), f.get("count"), f.optional("minGrade"), f.get("including"),
                f.optional("step"), f.get("helps"), f.get("mayBeConsidered"), f.optional("words"));
    }

    private static SubjectNeed need(JsonReader json) throws IOException {
        Fields f = Fields.read(json, Map.of("count", JsonReader::nextInt, "anyOf", JobIndexFile::strings));
        return new SubjectNeed(f.get("anyOf"), f.get("count"));
    }

    private static RuleQualification qualification(JsonReader json) throws IOException {
        String key = json.nextString();
        return RuleQualification.of(key).orElseThrow(() -> new IllegalStateException("unknown qualification " + key));
    }

    private static List<String> strings(JsonReader json) throws IOException {
        return list(json, JsonReader::nextString);
    }

    private interface Value<T> {
        T read(JsonReader json) throws IOException;
    }

    private static <T> List<T> list(JsonReader json, Value<T> each) throws IOException {
        List<T> values = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            values.add(each.read(json));
        }
        json.endArray();
        return values;
    }

    /** An object's fields, each read as its name says; a field not named, or named twice, is a damaged file. */
    private static final class Fields {
        private final Map<String, Object> values = new HashMap<>();
        private final String where;

        private Fields(String where) {
            this.where = where;
        }

        static Fields read(JsonReader json, Map<String, Value<?>> known) throws IOException {
            Fields fields = new Fields(json.getPath());
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                Value<?> value = known.get(name);
                if (value == null || fields.values.containsKey(name)) {
                    throw new IllegalStateException("unexpected field " + name + " at " + json.getPath());
                }
                if (json.peek() == JsonToken.NULL) {
                    throw new IllegalStateException("null at " + json.getPath());
                }
                fields.values.put(name, value.read(json));
            }
            json.endObject();
            return fields;
        }

        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            Object value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("missing field " + name + " at " + where);
            }
            return (T) value;
        }

        @SuppressWarnings("unchecked")
        <T> Optional<T> optional(String name) {
            return Optional.ofNullable((T) values.get(name));
        }
    }
}
