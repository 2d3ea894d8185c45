/**
 * JMH benchmarks (not published: JMH is GPL-2.0 with the Classpath Exception). Run them from the
 * shaded jar: {@code java -jar benchmarks/target/benchmarks.jar <pattern>}.
 */
package org.anxin.benchmarks;
