package org.careerroutes.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the profile text comes from and the licence it is reused under.
 *
 * @param attribution the line the licence asks to be shown with the text
 * @param licence     the licence's name
 * @param licenceUrl  where the licence can be read
 * @param publisher   who published the text, where the file says so
 */
public record SourceInfo(String attribution, String licence, Optional<String> licenceUrl,
                         Optional<String> publisher) {

    public SourceInfo {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(licenceUrl, "licenceUrl");
        Objects.requireNonNull(publisher, "publisher");
    }
}
