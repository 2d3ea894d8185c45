/** JMH benchmarks (not published: JMH is GPL-2.0 with the Classpath Exception). */
package org.anxin.benchmarks;
