package org.careerroutes.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a "Save as" dialog starts: the user's Pictures folder, else Documents, else their home folder. */
public final class SaveFolder {

    private SaveFolder() {
    }

    /** The first of home's Pictures and Documents folders that exists, else home itself. */
    public static Path startingFolder(Path home) {
        for (String name : List.of("Pictures", "Documents")) {
            Path folder = home.resolve(name);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return home;
    }
}
