/**
 * Reproducible random numbers for the Monte Carlo engine, addressed by logical coordinates.
 *
 * <p>A simulation's results must be a pure function of (scenario, seed), whatever the number of
 * threads. So no generator is shared or passed along in creation order: every number is read from a
 * {@link org.anxin.simulator.random.RandomStream} positioned at an address such as {@code (seed,
 * DEAL, trial, deal)} or {@code (seed, STRIKES, trial, risk)} (see {@link
 * org.anxin.simulator.random.StreamKind}). A worker owns one stream and re-positions it in O(1) for
 * each unit of work.
 *
 * <p>The samplers take the stream as an argument, use {@link java.lang.StrictMath} so that results
 * are bit-identical on every JVM, and allocate nothing per draw: {@link
 * org.anxin.simulator.random.Normal} (Φ, Φ⁻¹, normal by inversion), {@link
 * org.anxin.simulator.random.Ziggurat} (the hot loop's exponentials and normals), {@link
 * org.anxin.simulator.random.OneFactorGaussianCopula}, {@link
 * org.anxin.simulator.random.Lognormal}, {@link org.anxin.simulator.random.AliasTable} (discrete
 * weights), {@link org.anxin.simulator.random.GeometricSkip} (which deals a risk strikes), {@link
 * org.anxin.simulator.random.Binomial} and {@link org.anxin.simulator.random.Poisson} (yearly
 * counts). Parameter objects ({@code Lognormal}, {@code AliasTable}, the copula) are built once per
 * scenario, outside the hot loop.
 */
package org.anxin.simulator.random;
