package org.careerroutes.bench;

/** A display for benchmarks that open windows: the one in DISPLAY, or a private Xvfb. */
final class Display implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static Display open() throws Exception {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            return new Display(current, null);
        }
        String name = ":" + (90 + (int) (Math.random() * 9));
        Process xvfb = new ProcessBuilder("Xvfb", name, "-screen", "0", "1366x768x24")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1000);
        return new Display(name, xvfb);
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
