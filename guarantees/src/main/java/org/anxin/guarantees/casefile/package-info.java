/**
 * Case files: the deals of one dispute (parties, properties, deals with their dated events, the
 * funding links of a swap chain, and the filings 备案 that claim a guarantee), written by hand in
 * YAML or JSON and read into checked domain values. {@link
 * org.anxin.guarantees.casefile.CaseFile#load(java.nio.file.Path)} reads a file, folds every deal's
 * history with {@link org.anxin.domain.deal.DealState} and checks every cross-reference; each
 * mistake is an {@link org.anxin.domain.InvalidInputException} naming the field path in the file
 * (e.g. {@code deals[1].events[3].amount}) and the value. {@link
 * org.anxin.guarantees.casefile.CaseFile#write(java.nio.file.Path)} writes a case back in the same
 * format. The format is documented in {@code docs/case-files.md}.
 */
package org.anxin.guarantees.casefile;
