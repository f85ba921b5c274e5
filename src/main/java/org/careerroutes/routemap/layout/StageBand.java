package org.careerroutes.routemap.layout;

/** The horizontal extent of a stage's columns, where its header goes. */
public record StageBand(String id, double x, double width) {

    public double right() {
        return x + width;
    }
}
