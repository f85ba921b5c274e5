package org.careerroutes.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.careerroutes.kit.Page;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tabs, one per section, each with a slot that builds its page the first time it is shown.
 * A slot is typed by its page's kind, so the window reaches what a page can do (scroll to a
 * route, choose a pathway) through the slot it made, never by looking nodes up.
 */
final class Pages {

    /** One tab's page: built on first use for the profile on show, dropped when the profile changes. */
    final class Slot<P extends Page> {
        private final ProfileSection section;
        private final StackPane holder;
        private final Function<Profile, P> factory;
        private P page;

        private Slot(ProfileSection section, StackPane holder, Function<Profile, P> factory) {
            this.section = section;
            this.holder = holder;
            this.factory = factory;
        }

        /** The page, built now if it has not been. */
        P page() {
            if (page == null) {
                page = factory.apply(profile.get());
                Node node = page.node();
                if (node.getAccessibleText() == null) {
                    node.setAccessibleText(section.title());   // read out when a long page takes focus to scroll
                }
                holder.getChildren().setAll(node);
            }
            return page;
        }

        /**
         * Selects the tab and lays the window out, so that a page just built has its skin and
         * size (for scrolling to a node in it or focusing it); returns the page.
         */
        P show() {
            select(section);
            P shown = page();
            Parent root = tabs.getParent() != null ? tabs.getParent() : tabs;
            root.applyCss();
            root.layout();
            return shown;
        }

        boolean isBuilt() {
            return page != null;
        }

        private void drop() {
            page = null;
            holder.getChildren().clear();
        }
    }

    private final TabPane tabs = new TabPane();
    private final Map<ProfileSection, Tab> tabBySection = new EnumMap<>(ProfileSection.class);
    /** Each tab's content: our own node, holding its page once built, so the window can make room beside the pages. */
    private final Map<ProfileSection, StackPane> holders = new EnumMap<>(ProfileSection.class);
    private final Map<ProfileSection, Slot<?>> slots = new EnumMap<>(ProfileSection.class);
    private final Supplier<Profile> profile;

    Pages(Supplier<Profile> profile) {
        this.profile = profile;
        tabs.setId("profile-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ProfileSection section : ProfileSection.values()) {
            Tab tab = new Tab(section.title());
            tab.setId(section.tabId());
            StackPane holder = new StackPane();
            holder.getStyleClass().add(WindowStyles.PAGE_HOLDER);
            holders.put(section, holder);
            tab.setContent(holder);
            tabBySection.put(section, tab);
            tabs.getTabs().add(tab);
        }
        // A page is built when its tab is first shown.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            Slot<?> slot = tab == null ? null : slots.get(sectionOf(tab));
            if (slot != null) {
                slot.page();
            }
        });
    }

    /** Says how a section's page is made; call once for every section. */
    <P extends Page> Slot<P> slot(ProfileSection section, Function<Profile, P> factory) {
        Slot<P> slot = new Slot<>(section, holders.get(section), Objects.requireNonNull(factory));
        slots.put(section, slot);
        return slot;
    }

    Slot<?> slot(ProfileSection section) {
        return slots.get(section);
    }

    TabPane tabs() {
        return tabs;
    }

    /** Keeps every page clear of something over their right-hand side (the search panel): 0 for nothing. */
    void keepClearOnTheRight(double width) {
        Insets room = width <= 0 ? Insets.EMPTY : new Insets(0, width, 0, 0);
        holders.values().forEach(holder -> holder.setPadding(room));
    }

    /** Where the pages start, in the coordinates of {@code ancestor}: just below the tab bar. */
    double pagesTop(Node ancestor) {
        StackPane shown = holders.get(selected());
        if (shown.getScene() == null) {
            return 0;
        }
        return ancestor.sceneToLocal(shown.localToScene(0, 0)).getY();
    }

    void select(ProfileSection section) {
        tabs.getSelectionModel().select(tabBySection.get(section));
    }

    ProfileSection selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? ProfileSection.OVERVIEW : sectionOf(tab);
    }

    /** Drops every page (another profile is on show) and shows the Overview, built afresh. */
    void startAgain() {
        slots.values().forEach(Slot::drop);
        if (selected() == ProfileSection.OVERVIEW) {
            slots.get(ProfileSection.OVERVIEW).page();
        } else {
            select(ProfileSection.OVERVIEW);
        }
    }

    /**
     * Drops every page (a new reading of the profile on show) and builds the one of {@code section}
     * afresh, on that tab, scrolled to where its page was.
     */
    void startAgainOn(ProfileSection section) {
        Slot<?> slot = slots.get(section);
        OptionalDouble scrolled = slot.isBuilt() && slot.page().node() instanceof ScrollPane scroll
                ? OptionalDouble.of(scroll.getVvalue()) : OptionalDouble.empty();
        // Focus left in the old page would fall to the new page's first button, and the page scroll up to it.
        if (tabs.getScene() != null && tabs.getScene().getFocusOwner() != null
                && isInside(tabs.getScene().getFocusOwner(), slot.holder)) {
            tabs.requestFocus();
        }
        slots.values().forEach(Slot::drop);
        Page shown = slot.show();
        if (scrolled.isPresent() && shown.node() instanceof ScrollPane scroll) {
            scroll.setVvalue(scrolled.getAsDouble());
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null && ancestor != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Moves to the next tab, or the one before, going round at the ends (Ctrl+Tab, Ctrl+Shift+Tab). */
    void step(boolean back) {
        int count = tabs.getTabs().size();
        int current = tabs.getSelectionModel().getSelectedIndex();
        tabs.getSelectionModel().select((current + (back ? count - 1 : 1)) % count);
        tabs.requestFocus();
    }

    private ProfileSection sectionOf(Tab tab) {
        return ProfileSection.values()[tabs.getTabs().indexOf(tab)];
    }
}
