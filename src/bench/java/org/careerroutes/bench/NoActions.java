package org.careerroutes.bench;

import org.careerroutes.ui.MainWindow;

import java.nio.file.Path;
import java.util.Optional;

/** What a benchmark's window may ask for: nothing (no files chosen, no other windows, no quitting). */
final class NoActions implements MainWindow.Actions {
    @Override
    public void openProfile() {
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern) {
        return Optional.empty();
    }

    @Override
    public void showAbout() {
    }

    @Override
    public void quit() {
    }
}
