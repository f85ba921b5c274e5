package org.careerroutes.model;

/**
 * A piece of running text in a profile section: a paragraph, a bulleted list, or a note of our
 * own. Sections are made of blocks so the profile's own wording and order are kept as written.
 */
public sealed interface Block permits Paragraph, BulletList, Note {

    /** Every sentence of this block, in reading order (used by search and by tests). */
    java.util.List<String> texts();
}
