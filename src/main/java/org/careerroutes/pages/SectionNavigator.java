package org.careerroutes.pages;

/** Lets a view send the reader to another part of the profile. */
@FunctionalInterface
public interface SectionNavigator {

    void show(ProfileSection section);
}
