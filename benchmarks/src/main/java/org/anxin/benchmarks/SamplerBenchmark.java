package org.anxin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.anxin.simulator.random.AliasTable;
import org.anxin.simulator.random.Binomial;
import org.anxin.simulator.random.DeterministicMath;
import org.anxin.simulator.random.GeometricSkip;
import org.anxin.simulator.random.Lognormal;
import org.anxin.simulator.random.Normal;
import org.anxin.simulator.random.OneFactorGaussianCopula;
import org.anxin.simulator.random.Poisson;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.simulator.random.Ziggurat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the random building blocks of the engine's hot loop, in nanoseconds per call, on one
 * thread. Run: {@code java -jar benchmarks/target/benchmarks.jar SamplerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SamplerBenchmark {

  /** The size of the default book: one large broker's Shanghai year. */
  private static final long BOOK = 65_000;

  private RandomStream stream;
  private long deal;
  private long trial;
  private double logMissOnePercent;
  private OneFactorGaussianCopula copula;
  private Lognormal lognormal;
  private AliasTable alias;

  @Setup
  public void setUp() {
    stream = RandomStream.at(20_240_601L, StreamKind.DEAL, 0, 0);
    logMissOnePercent = GeometricSkip.logMiss(0.01);
    copula = OneFactorGaussianCopula.of(0.01, 0.2);
    lognormal = Lognormal.ofMedian(20_000.0, 0.8);
    alias = AliasTable.of(0.55, 0.25, 0.12, 0.05, 0.03);
  }

  @Benchmark
  public long nextLong() {
    return stream.nextLong();
  }

  @Benchmark
  public double uniform() {
    return stream.nextUniform();
  }

  /** Re-positioning a worker's stream at a new deal: one Threefry-2x64-20 block. */
  @Benchmark
  public RandomStream reposition() {
    return stream.reset(StreamKind.DEAL, 17, deal++);
  }

  /** What the engine does per struck deal before drawing attributes. */
  @Benchmark
  public double repositionAndUniform() {
    return stream.reset(StreamKind.DEAL, 17, deal++).nextUniform();
  }

  @Benchmark
  public double normalInverseCdf() {
    return Normal.sample(stream);
  }

  /** The engine's normal: a ziggurat draw (lognormals, latent normals). */
  @Benchmark
  public double normalZiggurat() {
    return Ziggurat.normal(stream);
  }

  /** The geometric skips' exponential: a ziggurat draw. */
  @Benchmark
  public double exponentialZiggurat() {
    return Ziggurat.exponential(stream);
  }

  /** What the ziggurat's exponential replaced: −ln U. */
  @Benchmark
  public double exponentialByLog() {
    return -DeterministicMath.log(stream.nextUniform());
  }

  @Benchmark
  public double normalCdf() {
    return Normal.cdf(stream.nextUniform() * 16.0 - 8.0);
  }

  /** p(Z) for one risk in a year: the per-trial, per-risk copula step. */
  @Benchmark
  public double copulaConditionalProbability() {
    return copula.conditionalProbability(Normal.sample(stream));
  }

  /** The samplers' exponential, on a uniform's worth of arguments in [−8, 8). */
  @Benchmark
  public double deterministicExp() {
    return DeterministicMath.exp(stream.nextUniform() * 16.0 - 8.0);
  }

  /** What it replaced: JDK 17 computes StrictMath.exp in Java (fdlibm's port). */
  @Benchmark
  public double strictExp() {
    return StrictMath.exp(stream.nextUniform() * 16.0 - 8.0);
  }

  /** The geometric skip's logarithm, of a uniform. */
  @Benchmark
  public double deterministicLog() {
    return DeterministicMath.log(stream.nextUniform());
  }

  @Benchmark
  public double strictLog() {
    return StrictMath.log(stream.nextUniform());
  }

  @Benchmark
  public double lognormal() {
    return lognormal.sample(stream);
  }

  @Benchmark
  public int aliasTable() {
    return alias.sample(stream);
  }

  @Benchmark
  public long geometricSkip() {
    return GeometricSkip.skip(stream, logMissOnePercent);
  }

  /**
   * Finding every deal a 1 % risk strikes in a 65,000-deal book (about 650 hits): one call is one
   * risk-trial; divide by 65,000 for the cost per deal-trial.
   */
  @Benchmark
  public long thinBookAtOnePercent() {
    stream.reset(StreamKind.STRIKES, trial++, 3);
    long hits = 0;
    for (long d = GeometricSkip.skip(stream, logMissOnePercent);
        d < BOOK;
        d = GeometricSkip.next(stream, logMissOnePercent, d)) {
      hits += d;
    }
    return hits;
  }

  /** Binomial(65,000, 1e-4): mean 6.5, by inversion. */
  @Benchmark
  public long binomialSmallMean() {
    return Binomial.sample(stream, BOOK, 1e-4);
  }

  /** Binomial(65,000, 0.05): mean 3,250, by BTRD. */
  @Benchmark
  public long binomialLargeMean() {
    return Binomial.sample(stream, BOOK, 0.05);
  }

  /** Poisson(400), by PTRS. */
  @Benchmark
  public long poisson() {
    return Poisson.sample(stream, 400.0);
  }
}
