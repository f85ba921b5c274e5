package org.careerroutes.routemap.layout;

/** A point of an edge's route. */
public record Point(double x, double y) {
}
