package org.careerroutes.content;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ids a reference (a fact's {@code about}, a route-map node's {@code link}) may name. When
 * some of them could not be read, because the routes are missing, misplaced or have an id that
 * is not text, the set is incomplete and a name not in it is not reported: the problem that
 * made it incomplete is reported already, and one more error per reference would bury it.
 *
 * @param ids      the ids known, in order for messages
 * @param complete whether every id that could be named is known
 */
record KnownIds(SortedSet<String> ids, boolean complete) {

    KnownIds {
        ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    KnownIds(Collection<String> ids, boolean complete) {
        this(new TreeSet<>(ids), complete);
    }

    /** Whether naming {@code id} is an error: it is not known, and all ids are. */
    boolean isUnknown(String id) {
        return complete && !ids.contains(id);
    }

    KnownIds plus(Collection<String> more) {
        TreeSet<String> all = new TreeSet<>(ids);
        all.addAll(more);
        return new KnownIds(all, complete);
    }

    /** The ids for a message, e.g. "careerPath, duties, university", at most {@link Echo#MAX_LISTED}. */
    String listed() {
        return Echo.list(ids);
    }
}
