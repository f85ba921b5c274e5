package org.careerroutes.bench;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.content.ProfileWriter;
import org.careerroutes.model.Profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a folder of many job profiles for the jobs benchmark: each of the test pack's 32
 * profiles again and again under ids, titles and summaries of its own ("Nurse 12"), written by the
 * content's own writer, so every file is a valid profile of a usual size (about 17 KB).
 */
final class JobPackGenerator {

    static final Path TEST_PACK = Path.of("src/test/resources/pack/profiles");

    private JobPackGenerator() {
    }

    /** Writes {@code count} profiles into {@code folder} (made if need be), unless it holds them already. */
    static Path write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        try (var listing = Files.list(folder)) {
            if (listing.count() == count) {
                return folder;
            }
        }
        List<Profile> pack = new ArrayList<>();
        for (LoadResult result : ProfileLoader.loadPath(TEST_PACK)) {
            pack.add(result.profile().orElseThrow());
        }
        for (int i = 0; i < count; i++) {
            Profile base = pack.get(i % pack.size());
            int copy = i / pack.size() + 1;
            Profile made = new Profile(String.format("%s-%03d", base.id(), copy), base.title() + " " + copy,
                    base.summary() + " (Profile " + (i + 1) + " of the benchmark's pack.)", base.duties(),
                    base.entryRoutes(), base.registration(), base.skills(), base.subjects(), base.workplaces(),
                    base.careerPath(), base.salary(), base.hours(), base.source(), base.facts(), base.routeMap());
            Files.writeString(folder.resolve(made.id() + ".json"), ProfileWriter.write(made), StandardCharsets.UTF_8);
        }
        return folder;
    }
}
