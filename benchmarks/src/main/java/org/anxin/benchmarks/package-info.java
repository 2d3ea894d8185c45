/**
 * JMH benchmarks (not published): business-calendar arithmetic, the random samplers, the Monte
 * Carlo engine's throughput and the per-incident path. Build with {@code ./mvnw -pl benchmarks -am
 * package -DskipTests} and run {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package org.anxin.benchmarks;
