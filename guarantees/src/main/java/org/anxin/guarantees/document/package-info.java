/**
 * The one reader of Anxin's input files: case files, guarantee catalogs and scenarios, in YAML or
 * JSON. {@link org.anxin.guarantees.document.DocumentReader} reads a file, a stream, a string or a
 * built-in resource into a tree of {@link org.anxin.guarantees.document.Node}s, each of which knows
 * its path in the file ({@code deals[1].events[3].amount}), so that the per-format readers that map
 * the tree into values name the field of every mistake.
 *
 * <p>Reading is strict and the same for every kind of file: UTF-8 only, one document per file, no
 * duplicated key, no YAML alias, merge key or tag beyond the standard scalar ones, and the {@link
 * org.anxin.guarantees.document.Limits} on size, nesting, text and numbers. Every mistake is an
 * {@link org.anxin.domain.InvalidInputException} whose message is one line, names the file, the
 * line and the column where that makes sense, and never quotes the parser or the JDK. Jackson (and
 * SnakeYAML beneath it) is an implementation detail of this package: no Jackson type appears in its
 * API.
 */
package org.anxin.guarantees.document;
