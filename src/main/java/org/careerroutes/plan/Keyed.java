package org.careerroutes.plan;

import java.util.Optional;

/** A choice written in a plan file by a key of its own ("not-for-me", "getting-there", "open-day"). */
interface Keyed {

    /** How it is written in a plan file. */
    String key();

    /** The one of {@code all} whose key is {@code key}, if one is. */
    static <T extends Keyed> Optional<T> find(T[] all, String key) {
        for (T each : all) {
            if (each.key().equals(key)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }
}
