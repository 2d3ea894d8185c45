/**
 * The guarantee catalog: the 18 guarantees of "Shanghai, 18" (DESIGN.md §5) with their names,
 * segments, stages, payout kinds, eligibility conditions, filing windows, payout terms, recovery
 * terms and provenance. Terms live in a versioned YAML file ({@code shanghai-18.yaml} in this
 * package); a city can ship its own file and load it with {@link
 * org.anxin.guarantees.catalog.Catalog#load(java.nio.file.Path)}, which checks every field and
 * names the field and the value of any mistake. {@link org.anxin.guarantees.catalog.Windows} states
 * the day-count rule of every window (warranty, coverage, discovery, write-off, filing) once.
 */
package org.anxin.guarantees.catalog;
