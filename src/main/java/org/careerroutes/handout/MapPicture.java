package org.careerroutes.handout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.MapStage;
import org.careerroutes.model.RouteMap;
import org.careerroutes.plan.StepMark;
import org.careerroutes.routemap.layout.Box;
import org.careerroutes.routemap.layout.EdgeRoute;
import org.careerroutes.routemap.layout.LayeredLayout;
import org.careerroutes.routemap.layout.LayoutEdge;
import org.careerroutes.routemap.layout.LayoutInput;
import org.careerroutes.routemap.layout.LayoutNode;
import org.careerroutes.routemap.layout.LayoutOptions;
import org.careerroutes.routemap.layout.MapLayout;
import org.careerroutes.routemap.layout.Point;
import org.careerroutes.routemap.layout.StageBand;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route map drawn for the handout as vector shapes and real text, placed by the same layered
 * layout as the map on screen. The handout's pathway stands out in black and white: its boxes and
 * the lines between them are drawn heavy and its steps carry their numbers (1, 2, 3...); the other
 * steps are drawn thin and grey. A step's mark is written in it as a symbol and a word. Sizes are
 * in points before {@link #scale} is applied.
 */
final class MapPicture {

    static final float TITLE_SIZE = 6.6f;
    /** The smallest a step's title is set so that its longest word fits before it is hyphenated. */
    static final float SMALLEST_TITLE_SIZE = 5.6f;
    static final float SMALL_SIZE = 5.8f;
    static final float STAGE_SIZE = 6.8f;
    private static final float PAD = 3f;
    private static final float TOP_PAD = 7f;
    private static final float BADGE_RADIUS = 5.6f;
    private static final LayoutOptions OPTIONS = new LayoutOptions(12, 7, 3);
    private static final float MIN_STEP_WIDTH = 50;
    private static final float MAX_STEP_WIDTH = 92;
    /** A step's title in its box: at most this many lines, the last ending in "…" where it is cut. */
    static final int MAX_TITLE_LINES = 5;
    /** A stage's title over its band: at most this many lines. */
    static final int MAX_STAGE_LINES = 3;
    /** No box holds more characters than this of a title; more is never read. */
    private static final int MAX_TITLE_CHARACTERS = 400;

    private final RouteMap map;
    private final PdfFonts fonts;
    private final Map<String, Integer> numbers;
    private final Map<String, StepMark> marks;
    private final Map<String, List<String>> titleLines = new HashMap<>();
    private final Map<String, Float> titleSizes = new HashMap<>();
    private final MapLayout layout;
    private final float headerHeight;
    private final Map<String, List<String>> stageLines = new LinkedHashMap<>();
    final float scale;

    private MapPicture(RouteMap map, PdfFonts fonts, Map<String, Integer> numbers, Map<String, StepMark> marks,
                       float maxWidth, float maxHeight) {
        this.map = map;
        this.fonts = fonts;
        this.numbers = numbers;
        this.marks = marks;
        LayoutInput first = input(70);
        MapLayout trial = LayeredLayout.layout(first, OPTIONS);
        int columns = trial.columns().values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        float available = maxWidth - 2 * (float) OPTIONS.padding() - (columns - 1) * (float) OPTIONS.columnGap();
        float stepWidth = Math.max(MIN_STEP_WIDTH, Math.min(MAX_STEP_WIDTH, available / columns));
        titleLines.clear();
        layout = LayeredLayout.layout(input(stepWidth), OPTIONS);
        float tallest = 0;
        for (StageBand band : layout.stages()) {
            String title = map.stage(band.id()).map(MapStage::title).orElse(band.id());
            List<String> lines = fonts.wrap(fonts.safe(title, MAX_TITLE_CHARACTERS), fonts.bold, STAGE_SIZE,
                    (float) band.width() + 10, "", MAX_STAGE_LINES).lines();
            stageLines.put(band.id(), lines);
            tallest = Math.max(tallest, lines.size());
        }
        headerHeight = tallest * STAGE_SIZE * 1.2f + 6;
        float naturalHeight = (float) layout.height() + headerHeight;
        scale = Math.min(1f, Math.min(maxWidth / (float) layout.width(), maxHeight / naturalHeight));
    }

    static MapPicture of(Handout handout, RouteMap map, PdfFonts fonts, float maxWidth, float maxHeight) {
        Map<String, Integer> numbers = new HashMap<>();
        handout.steps().forEach(s -> numbers.put(s.node().id(), s.number()));
        return new MapPicture(map, fonts, numbers, handout.plan().marks(), maxWidth, maxHeight);
    }

    float width() {
        return (float) layout.width() * scale;
    }

    float height() {
        return ((float) layout.height() + headerHeight) * scale;
    }

    private LayoutInput input(float stepWidth) {
        List<LayoutNode> nodes = map.nodes().stream()
                .map(n -> new LayoutNode(n.id(), n.stage(), stepWidth, boxHeight(n, stepWidth))).toList();
        List<LayoutEdge> edges = map.edges().stream().map(e -> new LayoutEdge(e.from(), e.to())).toList();
        return new LayoutInput(map.stages().stream().map(MapStage::id).toList(), nodes, edges);
    }

    private double boxHeight(MapNode node, float stepWidth) {
        String title = fonts.safe(node.title(), MAX_TITLE_CHARACTERS);
        float inner = stepWidth - 2 * PAD;
        float size = TITLE_SIZE;
        // A long word ("apprenticeship") is set a little smaller rather than broken, where that is enough.
        while (size > SMALLEST_TITLE_SIZE && longestWord(title, size) > inner) {
            size -= 0.2f;
        }
        List<String> lines = fonts.wrap(title, fonts.bold, size, inner, "-", MAX_TITLE_LINES).lines();
        titleLines.put(node.id(), lines);
        titleSizes.put(node.id(), size);
        float height = TOP_PAD + lines.size() * size * 1.15f + SMALL_SIZE * 1.3f + PAD;
        if (marks.containsKey(node.id())) {
            height += SMALL_SIZE * 1.3f;
        }
        return Math.ceil(height);
    }

    private float longestWord(String title, float size) {
        float longest = 0;
        for (String word : title.split(" +")) {
            longest = Math.max(longest, fonts.width(fonts.bold, size, word));
        }
        return longest;
    }

    /** Draws the map with its top-left corner at ({@code left}, {@code top}) in page coordinates. */
    void draw(PDPageContentStream out, float left, float top) throws IOException {
        out.saveGraphicsState();
        out.transform(new Matrix(scale, 0, 0, scale, left, top));
        // From here on x runs right and y runs up, in unscaled points: a point (x, y) of the layout,
        // y downwards from the top of the map, is drawn at (x, -y).
        float bottom = (float) layout.height() + headerHeight;
        boolean shaded = false;
        for (StageBand band : layout.stages()) {
            float x = (float) band.x() - 5;
            float w = (float) band.width() + 10;
            if (shaded) {
                out.setNonStrokingColor(0.93f);
                out.addRect(x, -bottom, w, bottom);
                out.fill();
            }
            shaded = !shaded;
            out.setNonStrokingColor(0f);
            float y = STAGE_SIZE + 2;
            for (String line : stageLines.get(band.id())) {
                float lineWidth = fonts.width(fonts.bold, STAGE_SIZE, line);
                text(out, fonts.bold, STAGE_SIZE, x + (w - lineWidth) / 2, -y, line);
                y += STAGE_SIZE * 1.2f;
            }
        }
        for (int i = 0; i < map.edges().size(); i++) {
            edge(out, map.edges().get(i), layout.edges().get(i));
        }
        for (MapNode node : map.nodes()) {
            step(out, node, layout.nodes().get(node.id()));
        }
        out.restoreGraphicsState();
    }

    private boolean onPathway(MapEdge edge) {
        Integer from = numbers.get(edge.from());
        Integer to = numbers.get(edge.to());
        return from != null && to != null && to == from + 1;
    }

    private void edge(PDPageContentStream out, MapEdge edge, EdgeRoute route) throws IOException {
        boolean heavy = onPathway(edge);
        float grey = heavy ? 0f : 0.45f;
        out.setStrokingColor(grey);
        out.setNonStrokingColor(grey);
        out.setLineWidth(heavy ? 2.2f : 0.7f);
        if (edge.optional()) {
            out.setLineDashPattern(new float[] {3, 2}, 0);
        }
        List<Point> points = route.points();
        Point start = points.get(0);
        float arrow = heavy ? 5.5f : 4.5f;
        out.moveTo((float) start.x(), y(start));
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            float middle = (float) (a.x() + b.x()) / 2;
            float endX = (float) b.x() - (i == points.size() - 1 ? arrow - 1 : 0);
            out.curveTo(middle, y(a), middle, y(b), endX, y(b));
        }
        out.stroke();
        out.setLineDashPattern(new float[0], 0);
        Point end = points.get(points.size() - 1);
        float ex = (float) end.x();
        float ey = y(end);
        out.moveTo(ex, ey);
        out.lineTo(ex - arrow, ey + arrow * 0.55f);
        out.lineTo(ex - arrow, ey - arrow * 0.55f);
        out.closePath();
        out.fill();
    }

    private float y(Point p) {
        return -((float) p.y() + headerHeight);
    }

    private void step(PDPageContentStream out, MapNode node, Box box) throws IOException {
        Integer number = numbers.get(node.id());
        boolean heavy = number != null;
        float x = (float) box.x();
        float top = (float) box.y() + headerHeight;
        float w = (float) box.width();
        float h = (float) box.height();
        out.setNonStrokingColor(1f);
        out.setStrokingColor(heavy ? 0f : 0.4f);
        out.setLineWidth(heavy ? 1.8f : 0.6f);
        out.addRect(x, -(top + h), w, h);
        out.fillAndStroke();
        out.setNonStrokingColor(0f);
        float size = titleSizes.get(node.id());
        float baseline = top + TOP_PAD + size * 0.85f;
        for (String line : titleLines.get(node.id())) {
            text(out, fonts.bold, size, x + PAD, -baseline, line);
            baseline += size * 1.15f;
        }
        baseline += SMALL_SIZE * 0.2f;
        out.setNonStrokingColor(0.2f);
        text(out, fonts.regular, SMALL_SIZE, x + PAD, -baseline, fonts.safe(node.kind().label(), 40));
        out.setNonStrokingColor(0f);
        Optional<StepMark> mark = Optional.ofNullable(marks.get(node.id()));
        if (mark.isPresent()) {
            baseline += SMALL_SIZE * 1.3f;
            text(out, fonts.bold, SMALL_SIZE, x + PAD, -baseline, fonts.safe(mark.get().label(), 40));
        }
        if (heavy) {
            badge(out, x, -top, number);
        }
    }

    /** A black disc with the step's number in white, on the box's top-left corner. */
    private void badge(PDPageContentStream out, float cx, float cy, int number) throws IOException {
        float r = BADGE_RADIUS;
        float k = 0.5523f * r;
        out.setNonStrokingColor(0f);
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
        out.fill();
        out.setNonStrokingColor(1f);
        String digits = Integer.toString(number);
        float size = 6.5f;
        float w = fonts.width(fonts.bold, size, digits);
        text(out, fonts.bold, size, cx - w / 2, cy - size * 0.36f, digits);
        out.setNonStrokingColor(0f);
    }

    static void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String safeText)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(safeText);
        out.endText();
    }
}
