/**
 * The {@code anxin} command line (picocli): argument parsing, UTF-8 console output and the mapping
 * of user errors to exit code 2. Each subcommand is a thin shell over the library modules.
 */
package org.anxin.cli;
