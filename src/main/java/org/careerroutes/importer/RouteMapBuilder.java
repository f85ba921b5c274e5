package org.careerroutes.importer;

import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.MapStage;
import org.careerroutes.model.NodeKind;
import org.careerroutes.model.PaidWhileTraining;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.StepDuration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Builds an imported profile's route map from what the text says: school (GCSEs, and A levels
 * or college where a route asks for them), each route's steps (a degree, a foundation degree, a
 * college course, an apprenticeship at its level, a junior job, volunteering, applying
 * directly, a named programme, and a step the text names after it such as "After your degree,
 * you can apply for the …"), the registration a sentence names, the job, and the roles its career
 * path names. One pathway per way in. A step's length is given only where the text gives it
 * ("Full-time courses usually take 3 years", "the three-year programme") or for a school stage's
 * usual length; otherwise it has none and Compare routes says its years vary. There are no
 * coordinates: the app lays the map out as it does the built-in one.
 */
final class RouteMapBuilder {

    /** The school steps' ids, which Compare routes knows ("I have A levels" marks {@code gcses} and {@code a-levels} done). */
    static final String GCSES = "gcses";
    static final String A_LEVELS = "a-levels";
    static final String DEGREE = "degree";

    private static final String SCHOOL = "school";
    private static final String TRAINING = "training";
    private static final String REGISTERING = "registration";
    private static final String JOB = "job";
    private static final String SENIOR = "senior";

    /** A route as the map needs it. */
    record RouteInput(RouteDraft draft, String id, String title, RouteRules.Made made,
                      List<RequirementReader.Result> lines) {
    }

    /** The map, and what the report says of its steps' lengths. */
    record Built(RouteMap map, List<String> lengths) {
    }

    /** One step, before it is a node. */
    private record Step(String id, String stage, String title, NodeKind kind, List<Block> about,
                        Optional<StepDuration> duration, Optional<String> link, Optional<PaidWhileTraining> paid,
                        Optional<String> gained, Optional<String> registers) {

        MapNode node() {
            return new MapNode(id, stage, title, kind, about, duration, link, paid, gained, registers);
        }
    }

    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Set<MapEdge> edges = new LinkedHashSet<>();
    private final List<Pathway> pathways = new ArrayList<>();
    private final List<String> lengths = new ArrayList<>();
    private final Map<String, List<String>> firstPathwayOf = new LinkedHashMap<>();
    private final Map<String, String> mainStepOf = new LinkedHashMap<>();
    /** What each route asks for at A level or college, for that step's details. */
    private List<Block> aLevelsAbout = List.of();

    private RouteMapBuilder() {
    }

    /**
     * @param registration the body a "You'll need to register with …" sentence names, and the sentence
     * @param roles        the roles the career path names, and the sentences that name them
     */
    static Built build(String jobId, String jobTitle, String summary, List<RouteInput> routes,
                       Optional<Registration> registration, List<String> roles, List<Block> careerPath) {
        return new RouteMapBuilder().make(jobId, jobTitle, summary, routes, registration, roles, careerPath);
    }

    /** A registration a route ends in: "the Health and Care Professions Council", in the profile's words. */
    record Registration(String body, String sentence) {
    }

    private Built make(String jobId, String jobTitle, String summary, List<RouteInput> routes,
                       Optional<Registration> registration, List<String> roles, List<Block> careerPath) {
        aLevelsAbout = asksFor(routes, "A LEVEL", "COLLEGE QUALIFICATION", "LEVEL 3");
        add(new Step(GCSES, SCHOOL, "GCSEs", NodeKind.QUALIFICATION, asksFor(routes, "GCSE"),
                Optional.of(new StepDuration("2 years", 24, Optional.of("Usual length of GCSE courses (Years 10 and 11)"))),
                Optional.of("entryRoutes"), Optional.empty(), Optional.of("GCSEs"), Optional.empty()));
        registration.ifPresent(r -> add(new Step(REGISTERING, REGISTERING, "Register with " + StepTitles.withThe(r.body()),
                NodeKind.REGISTRATION, List.of(new Paragraph(r.sentence())), Optional.empty(), Optional.of("registration"),
                Optional.empty(), Optional.empty(), Optional.of("Registration with " + StepTitles.withThe(r.body())))));
        Step job = new Step(jobId, JOB, jobTitle, NodeKind.GOAL, List.of(new Paragraph(summary)), Optional.empty(),
                Optional.of("duties"), Optional.empty(), Optional.empty(), Optional.empty());
        add(job);
        for (RouteInput route : routes) {
            if (!route.draft().isAside()) {
                pathwaysOf(route, registration, jobId, routes);
            }
        }
        for (RouteInput route : routes) {
            if (route.draft().isAside()) {
                pathwaysOf(route, registration, jobId, routes);
            }
        }
        for (String role : roles) {
            String id = uniqueId(StepTitles.slug(role));
            add(new Step(id, SENIOR, role, NodeKind.ROLE, careerPath, Optional.empty(), Optional.of("careerPath"),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            edges.add(new MapEdge(jobId, id, false));
        }
        List<MapStage> stages = new ArrayList<>();
        stages.add(new MapStage(SCHOOL, "School"));
        stages.add(new MapStage(TRAINING, "Study and training"));
        if (registration.isPresent()) {
            stages.add(new MapStage(REGISTERING, "Registration"));
        }
        stages.add(new MapStage(JOB, jobTitle));
        if (!roles.isEmpty()) {
            stages.add(new MapStage(SENIOR, "Senior roles"));
        }
        // Steps in the map's order: school first, then as the routes name them, registration, the job, its roles.
        List<MapNode> nodes = new ArrayList<>();
        for (MapStage stage : stages) {
            steps.values().stream().filter(s -> s.stage().equals(stage.id())).map(Step::node).forEach(nodes::add);
        }
        return new Built(new RouteMap(stages, nodes, List.copyOf(edges), pathways), lengths);
    }

    /** One pathway for each of a route's ways in (its steps), or one for the route. */
    private void pathwaysOf(RouteInput route, Optional<Registration> registration, String jobId, List<RouteInput> all) {
        List<Step> main = mainSteps(route);
        List<Step> later = laterSteps(route);
        boolean several = main.size() > 1;
        for (Step step : main) {
            // A route with one step is that step whatever its lines are for; with several, each step is its way in.
            Optional<Purpose> purpose = several ? purposeOf(route, step)
                    : route.lines().stream().flatMap(l -> l.purpose().stream()).findFirst();
            List<String> path = new ArrayList<>();
            if (route.draft().isAside()) {
                path.addAll(prefixOf(route.draft().asideOf.get(), all));
            }
            if (path.isEmpty()) {
                path.addAll(school(route, purpose, step, several));
            }
            path.add(step.id());
            later.forEach(l -> path.add(l.id()));
            registration.ifPresent(r -> path.add(REGISTERING));
            path.add(jobId);
            List<String> unique = path.stream().distinct().toList();
            for (int i = 0; i + 1 < unique.size(); i++) {
                edges.add(new MapEdge(unique.get(i), unique.get(i + 1), false));
            }
            // "Level 2 college course" says its route; "Degree" is said as "University: degree".
            boolean saysItsRoute = step.title().toLowerCase(Locale.UK).contains(route.title().toLowerCase(Locale.UK));
            String title = (several ? saysItsRoute ? step.title() : route.title() + ": " + StepTitles.lowerInTitle(step.title())
                    : route.title())
                    + (later.isEmpty() ? "" : ", then " + StepTitles.withThe(later.get(later.size() - 1).title()));
            String id = uniquePathwayId(route.id() + (several ? "-" + step.id() : ""));
            // Every pathway follows its route; one through a way in is judged by that way's rules alone.
            pathways.add(new Pathway(id, title, unique, Optional.of(route.id())));
            firstPathwayOf.putIfAbsent(route.id(), unique);
            mainStepOf.putIfAbsent(route.id(), step.id());
        }
    }

    /** An aside follows on from the route it interrupts: its school steps and its main step come first. */
    private List<String> prefixOf(RouteDraft parent, List<RouteInput> all) {
        String parentId = all.stream().filter(r -> r.draft() == parent).findFirst().map(RouteInput::id).orElse("");
        List<String> path = firstPathwayOf.getOrDefault(parentId, List.of());
        String step = mainStepOf.get(parentId);
        int at = path.indexOf(step);
        return at < 0 ? List.of() : path.subList(0, at + 1);
    }

    /**
     * GCSEs, then A levels or college where the way in needs them, then a degree where its rules
     * ask for one or the way in follows one (a postgraduate course).
     */
    private List<String> school(RouteInput route, Optional<Purpose> purpose, Step step, boolean several) {
        List<RequirementReader.Result> lines = route.lines().stream()
                .filter(l -> !several || l.purpose().isEmpty() || l.purpose().equals(purpose)).toList();
        Set<RuleQualification> asked = new LinkedHashSet<>();
        lines.forEach(l -> l.rules().forEach(r -> asked.add(r.qualification())));
        boolean degree = (asked.contains(RuleQualification.DEGREE) || purpose.map(Purpose::afterADegree).orElse(false))
                && !step.id().equals(DEGREE);
        boolean aLevels = degree || asked.contains(RuleQualification.A_LEVEL) || asked.contains(RuleQualification.LEVEL_3)
                || purpose.map(Purpose::afterALevels).orElse(false)
                || route.draft().kind == RouteKind.UNIVERSITY && purpose.isEmpty();
        List<String> path = new ArrayList<>(List.of(GCSES));
        if (aLevels) {
            ensureALevels();
            path.add(A_LEVELS);
        }
        if (degree) {
            ensureDegree();
            path.add(DEGREE);
        }
        return path;
    }

    private void ensureALevels() {
        if (!steps.containsKey(A_LEVELS)) {
            add(new Step(A_LEVELS, SCHOOL, "A levels or college qualifications", NodeKind.QUALIFICATION,
                    aLevelsAbout, Optional.of(new StepDuration("2 years", 24, Optional.of("Usual length of A level courses"))),
                    Optional.of("entryRoutes"), Optional.empty(), Optional.of("A levels or college qualifications"),
                    Optional.empty()));
        }
    }

    private void ensureDegree() {
        if (!steps.containsKey(DEGREE)) {
            add(new Step(DEGREE, TRAINING, "Degree", NodeKind.QUALIFICATION, List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of("A degree"), Optional.empty()));
        }
    }

    private Optional<Purpose> purposeOf(RouteInput route, Step step) {
        return route.lines().stream().flatMap(l -> l.purpose().stream()).distinct()
                .filter(p -> p.stepId().equals(step.id())).findFirst();
    }

    /** The steps of a route's ways in: one per purpose its requirement lines name, else one for the route. */
    private List<Step> mainSteps(RouteInput route) {
        List<Purpose> purposes = route.lines().stream().flatMap(l -> l.purpose().stream()).distinct().toList();
        List<Block> about = route.draft().pieces.isEmpty() ? List.of() : List.of(route.draft().pieces.get(0).block());
        Optional<String> link = Optional.of(route.id());
        Optional<PaidWhileTraining> paid = StepFacts.paid(route.draft().kind, route.draft().pieces.stream()
                .filter(p -> !route.draft().laterSteps.contains(p)).toList());
        List<Step> made = new ArrayList<>();
        if (purposes.size() > 1 || purposes.size() == 1 && !defaultIsMoreExact(route, purposes.get(0))) {
            for (Purpose purpose : purposes) {
                String id = purpose.stepId();
                NodeKind kind = purpose.stepId().contains("apprenticeship") ? NodeKind.TRAINING : NodeKind.QUALIFICATION;
                Optional<PaidWhileTraining> pay = kind == NodeKind.TRAINING
                        ? Optional.of(new PaidWhileTraining(true, "Paid work as an apprentice", StepFacts.APPRENTICE_PAY)) : paid;
                Step step = steps.containsKey(id) ? steps.get(id) : add(new Step(id, TRAINING, purpose.stepTitle(), kind,
                        about, purposes.size() == 1 ? length(route, purpose.stepTitle()) : Optional.empty(), link, pay,
                        Optional.of(purpose.gained()), Optional.empty()));
                made.add(step);
            }
            if (purposes.size() > 1) {
                lengths.add(route.title() + ": its ways in are steps of their own, so no length is given for them");
            }
            return made;
        }
        String title = StepTitles.defaultTitle(route.draft(), route.title());
        String id = route.draft().kind == RouteKind.UNIVERSITY && title.equals("Degree") ? DEGREE : uniqueId(StepTitles.slug(title));
        if (steps.containsKey(id)) {
            return List.of(steps.get(id));
        }
        Optional<String> gained = switch (route.draft().kind) {
            case UNIVERSITY -> Optional.of(StepTitles.withArticle(StepTitles.lowerInTitle(title)));
            case COLLEGE -> Optional.of("A college qualification");
            case APPRENTICESHIP -> Optional.of(StepTitles.withArticle(StepTitles.lowerInTitle(title)));
            default -> Optional.empty();
        };
        return List.of(add(new Step(id, TRAINING, title, route.draft().kind.stepKind(), about, length(route, title),
                link, paid, gained, Optional.empty())));
    }

    /** A single way in whose step the route's own sentence already names more exactly ("a … degree apprenticeship"). */
    private static boolean defaultIsMoreExact(RouteInput route, Purpose purpose) {
        return route.draft().kind == RouteKind.APPRENTICESHIP && route.draft().what.strip().split("\\s+").length > 1
                || route.draft().kind == RouteKind.UNIVERSITY && purpose == Purpose.DEGREE;
    }

    /** The steps a route names after its own: "After your degree, you can apply for the … (STP)". */
    private List<Step> laterSteps(RouteInput route) {
        List<Step> later = new ArrayList<>();
        for (Piece piece : route.draft().laterSteps) {
            Matcher m = RouteFinder.LATER_STEP.matcher(piece.plainLead());
            if (!m.lookingAt()) {
                continue;
            }
            String what = m.group("what").strip();
            String title = StepTitles.laterStep(what);
            String id = slugOf(title);
            if (steps.containsKey(id)) {
                later.add(steps.get(id));
                continue;
            }
            later.add(add(new Step(id, TRAINING, title, NodeKind.TRAINING, List.of(piece.block()),
                    StepFacts.lengthIn(lengths, List.of(piece), title), Optional.of(route.id()),
                    StepFacts.paid(route.draft().kind, List.of(piece)),
                    Optional.empty(), Optional.empty())));
        }
        return later;
    }

    /** The length a route's own text gives its step, if it gives one, and what the report says of it. */
    private Optional<StepDuration> length(RouteInput route, String title) {
        return StepFacts.lengthIn(lengths, route.draft().pieces.stream()
                .filter(p -> !route.draft().laterSteps.contains(p)).toList(), title);
    }

    /** For GCSEs: what each route asks for, in the profile's words. */
    private static List<Block> asksFor(List<RouteInput> routes, String... words) {
        List<String> items = new ArrayList<>();
        for (RouteInput route : routes) {
            for (RequirementReader.Result line : route.lines()) {
                String upper = line.text().toUpperCase(Locale.ROOT);
                if (java.util.Arrays.stream(words).anyMatch(upper::contains)) {
                    items.add(route.title() + ": " + line.text());
                }
            }
        }
        return items.isEmpty() ? List.of() : List.of(new BulletList(Optional.of("What each route usually asks for:"), items));
    }

    private Step add(Step step) {
        steps.put(step.id(), step);
        return step;
    }

    private String uniqueId(String id) {
        String unique = id;
        for (int n = 2; steps.containsKey(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private String uniquePathwayId(String id) {
        String unique = id;
        for (int n = 2; pathwayIdTaken(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private boolean pathwayIdTaken(String id) {
        return pathways.stream().anyMatch(p -> p.id().equals(id));
    }

    private String slugOf(String title) {
        return uniqueId(StepTitles.slug(title));
    }

}
