/**
 * A job profile's text into a Career Routes profile. The entry point is {@link
 * org.careerroutes.importer.ProfileImporter} ({@code importFile}, {@code importBytes},
 * {@code importText}); it never throws for bad text, and gives an {@link
 * org.careerroutes.importer.ImportResult}: the profile (the model's records, as the content loader
 * makes them), its content file (already checked by the loader), or why the text is not a job
 * profile, and an {@link org.careerroutes.importer.ImportReport} either way.
 *
 * <p>Inside: {@link org.careerroutes.importer.SourceText} reads the bytes (UTF-8, UTF-16 or
 * Windows-1252; refuses what is not text); {@code TextOutline} cuts the text at its headings
 * ({@code Heading}, both layouts); {@code RouteFinder} finds the routes, by heading or by the
 * sentence that starts one ({@link org.careerroutes.importer.RouteKind}); {@code RequirementReader}
 * reads each line of entry requirements with the one table of phrasings, {@code
 * RequirementPhrasings}; {@code RouteRules} makes a route's rules only where they are exact;
 * {@code RouteMapBuilder} makes the route map; {@code ProfileAssembler} puts it together with the
 * report. No JavaFX: the window for it is in {@code importer.view} and {@code ui}. See
 * docs/decisions/0027-importing-profile-text.md and docs/content-packs.md.
 */
package org.careerroutes.importer;
