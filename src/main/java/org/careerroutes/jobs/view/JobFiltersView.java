package org.careerroutes.jobs.view;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careerroutes.jobs.JobFilters;
import org.careerroutes.jobs.JobIndex;
import org.careerroutes.jobs.RouteType;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jobs page's filters, each choice a check box with the number of jobs it would show beside it
 * ("Biology (12)"), read out with it, and one Clear all. Ticks and counts follow the view model.
 */
final class JobFiltersView {

    private final JobsViewModel model;
    private final VBox box = new VBox();
    private final VBox subjects = new VBox();
    private final Map<String, CheckBox> subjectBoxes = new LinkedHashMap<>();
    private final Map<RouteType, CheckBox> wayBoxes = new EnumMap<>(RouteType.class);
    private final CheckBox shortlisted = choice("jobs-filter-shortlist");
    private final CheckBox onTrack = choice("jobs-filter-on-track");
    private final CheckBox paid = choice("jobs-filter-paid");
    private final CheckBox registration = choice("jobs-filter-registration");
    private final Label onTrackHint = ProfileText.text("Enter your qualifications in \u201cAm I on track?\u201d to see "
            + "the jobs you are on track for.", Styles.MUTED);
    private List<JobIndex.SubjectChoice> subjectsShown = List.of();

    /**
     * @param enterQualifications opens "Am I on track?", where qualifications are entered; empty for none
     * @param toSearch            puts the keyboard in the page's search, should no filter be able to take it
     */
    JobFiltersView(JobsViewModel model, Optional<Runnable> enterQualifications, Runnable toSearch) {
        this.model = model;
        box.setId("jobs-filters");
        box.getStyleClass().add(JobsStyles.FILTERS);

        Button clearAll = new Button("Clear all");
        clearAll.setId("jobs-clear-all");
        clearAll.setAccessibleText("Clear all filters");
        clearAll.setOnAction(e -> {
            model.clearFilters();
            // Clear all is disabled now: the keyboard moves on before the next pulse finds it there and drops it.
            firstChoice().ifPresentOrElse(CheckBox::requestFocus, toSearch);
        });
        clearAll.disableProperty().bind(model.filtersProperty().map(f -> !f.anyFilter()));

        shortlisted.setOnAction(e -> model.onlyMyShortlist(shortlisted.isSelected()));
        onTrack.setOnAction(e -> model.onTrackForMe(onTrack.isSelected()));
        onTrackHint.setId("jobs-on-track-hint");
        onTrackHint.visibleProperty().bind(model.onTrackAvailableProperty().not());
        onTrackHint.managedProperty().bind(onTrackHint.visibleProperty());
        VBox forMe = group("For me", shortlisted, onTrack, onTrackHint);
        enterQualifications.ifPresent(enter -> {
            Hyperlink link = new Hyperlink("Enter my qualifications");
            link.setId("jobs-enter-qualifications");
            link.setOnAction(e -> enter.run());
            link.visibleProperty().bind(model.onTrackAvailableProperty().not());
            link.managedProperty().bind(link.visibleProperty());
            forMe.getChildren().add(link);
        });
        paid.setOnAction(e -> model.paidWhileTraining(paid.isSelected()));
        registration.setOnAction(e -> model.needsRegistration(registration.isSelected()));
        VBox training = group("Training", paid, registration);

        List<Node> ways = new ArrayList<>();
        for (RouteType type : RouteType.values()) {
            CheckBox way = choice("jobs-filter-way-" + type.id());
            way.setOnAction(e -> model.wantWayIn(type, way.isSelected()));
            wayBoxes.put(type, way);
            ways.add(way);
        }
        VBox waysIn = group("Ways in", ways.toArray(Node[]::new));
        subjects.getStyleClass().add(JobsStyles.FILTER_GROUP);
        subjects.setId("jobs-filter-subjects");

        Label heading = ProfileText.heading("Filters", Styles.HEADING_3);
        box.getChildren().addAll(heading, clearAll, forMe, training, waysIn, subjects);
        model.selectionProperty().addListener((obs, old, now) -> show());
        model.filtersProperty().addListener((obs, old, now) -> show());
        show();
    }

    Node node() {
        return box;
    }

    /** The first choice, top to bottom, that can be ticked now. */
    private Optional<CheckBox> firstChoice() {
        List<CheckBox> inOrder = new ArrayList<>(List.of(shortlisted, onTrack, paid, registration));
        inOrder.addAll(wayBoxes.values());
        inOrder.addAll(subjectBoxes.values());
        return inOrder.stream().filter(box -> !box.isDisabled()).findFirst();
    }

    private static CheckBox choice(String id) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static VBox group(String title, Node... choices) {
        VBox group = new VBox(ProfileText.heading(title, JobsStyles.FILTER_HEADING));
        group.getChildren().addAll(choices);
        group.getStyleClass().add(JobsStyles.FILTER_GROUP);
        return group;
    }

    /**
     * Ticks and counts as the view model has them, a choice that would show no job disabled unless
     * it is ticked ("On track for me" shows none before qualifications are entered); the subjects'
     * boxes made again when the subjects change.
     */
    private void show() {
        JobIndex.Selection selection = model.selectionProperty().get();
        JobFilters filters = model.filters();
        JobIndex.Counts counts = selection.counts();
        List<JobIndex.SubjectChoice> all = model.index().subjects();
        if (!all.equals(subjectsShown)) {
            subjectsShown = all;
            subjectBoxes.clear();
            subjects.getChildren().setAll(ProfileText.heading("Subjects I like", JobsStyles.FILTER_HEADING));
            for (JobIndex.SubjectChoice subject : all) {
                CheckBox liked = choice("jobs-filter-subject-" + subject.key().replace(' ', '-'));
                liked.setOnAction(e -> model.likeSubject(subject.key(), liked.isSelected()));
                subjectBoxes.put(subject.key(), liked);
                subjects.getChildren().add(liked);
            }
        }
        for (JobIndex.SubjectChoice subject : all) {
            show(subjectBoxes.get(subject.key()), subject.label(), counts.subject(subject.key()),
                    filters.subjects().contains(subject.key()));
        }
        wayBoxes.forEach((type, box) -> show(box, type.label(), counts.type(type), filters.types().contains(type)));
        show(shortlisted, "On my shortlist", counts.shortlisted(), filters.shortlisted());
        show(onTrack, "On track for me", counts.onTrack(), filters.onTrack());
        show(paid, "Paid while you train", counts.paid(), filters.paid());
        show(registration, "Needs registration with a professional body", counts.registration(), filters.registration());
    }

    private static void show(CheckBox box, String label, int count, boolean ticked) {
        box.setText(label + " (" + count + ")");
        box.setAccessibleText(label + ", " + count + (count == 1 ? " job" : " jobs"));
        box.setSelected(ticked);
        box.setDisable(!JobFilters.canChoose(count, ticked));
    }
}
