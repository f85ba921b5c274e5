package org.careerroutes.ui;

import java.nio.file.Path;
import java.util.Optional;

/** What a window that is only looked at asks for: nothing opens, no file is chosen, nothing quits. */
final class NoActions implements MainWindow.Actions {

    @Override
    public void openProfile() {
        // Nothing to open from here.
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern) {
        return Optional.empty();
    }

    @Override
    public void showAbout() {
        // The licence is in the window's own footer.
    }

    @Override
    public void quit() {
        // Closed with whatever holds it.
    }
}
