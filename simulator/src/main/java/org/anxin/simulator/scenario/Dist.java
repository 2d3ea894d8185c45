package org.anxin.simulator.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A distribution as a scenario file writes it, e.g. {@code {dist: lognormal, median: 4500000,
 * sigma: 0.5}}. Pure data: the engine compiles it into a sampler once per run.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "dist")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Dist.Fixed.class, name = "fixed"),
  @JsonSubTypes.Type(value = Dist.Discrete.class, name = "discrete"),
  @JsonSubTypes.Type(value = Dist.Uniform.class, name = "uniform"),
  @JsonSubTypes.Type(value = Dist.LogNormal.class, name = "lognormal"),
  @JsonSubTypes.Type(value = Dist.Exponential.class, name = "exponential"),
  @JsonSubTypes.Type(value = Dist.ShareOf.class, name = "shareOf")
})
public sealed interface Dist {

  /** Checks the parameters; {@code field} is the path used in error messages. */
  void validate(String field, double min, double max);

  /** Always {@code value}. */
  record Fixed(double value) implements Dist {
    @Override
    public void validate(String field, double min, double max) {
      ScenarioChecks.inRange(field + ".value", value, min, max);
    }
  }

  /** One of {@code values}, each with probability proportional to its weight. */
  record Discrete(List<Double> values, List<Double> weights) implements Dist {
    public Discrete {
      values = List.copyOf(values);
      weights = List.copyOf(weights);
    }

    @Override
    public void validate(String field, double min, double max) {
      if (values.isEmpty() || values.size() != weights.size()) {
        throw ScenarioChecks.invalid(
            field + ".weights",
            weights.size() + " weights for " + values.size() + " values",
            "needs one weight per value and at least one value");
      }
      double total = 0;
      for (int i = 0; i < values.size(); i++) {
        ScenarioChecks.inRange(field + ".values[" + i + "]", values.get(i), min, max);
        ScenarioChecks.inRange(field + ".weights[" + i + "]", weights.get(i), 0, Double.MAX_VALUE);
        total += weights.get(i);
      }
      if (!(total > 0) || Double.isInfinite(total)) {
        throw ScenarioChecks.invalid(
            field + ".weights", weights, "must not all be zero and must have a finite sum");
      }
    }
  }

  /** Uniform on [min, max]. */
  record Uniform(double min, double max) implements Dist {
    @Override
    public void validate(String field, double lower, double upper) {
      ScenarioChecks.inRange(field + ".min", min, lower, upper);
      ScenarioChecks.inRange(field + ".max", max, lower, upper);
      if (max < min) {
        throw ScenarioChecks.invalid(field + ".max", max, "must not be below min " + min);
      }
    }
  }

  /**
   * Lognormal with the given median ({@code exp(mu)}) and log-standard-deviation {@code sigma}. The
   * median is what an analyst quotes ("a typical flat costs 4.5 million").
   */
  record LogNormal(double median, double sigma) implements Dist {
    @Override
    public void validate(String field, double min, double max) {
      ScenarioChecks.inRange(field + ".median", median, Math.max(min, Double.MIN_VALUE), max);
      ScenarioChecks.inRange(field + ".sigma", sigma, 0, 5);
    }
  }

  /**
   * Exponential with the given mean: memoryless durations, e.g. the handling times of the queueing
   * models whose Erlang C formula the staffing simulation is checked against.
   */
  record Exponential(double mean) implements Dist {
    @Override
    public void validate(String field, double min, double max) {
      ScenarioChecks.inRange(field + ".mean", mean, Math.max(min, Double.MIN_VALUE), max);
    }
  }

  /**
   * A share of one of the deal's attributes, e.g. unpaid damages of 1–2 % of the price: {@code
   * {dist: shareOf, attribute: price, share: {dist: uniform, min: 0.01, max: 0.02}}}.
   */
  record ShareOf(DealAttribute attribute, Dist share) implements Dist {
    @Override
    public void validate(String field, double min, double max) {
      if (attribute == null) {
        throw ScenarioChecks.invalid(field + ".attribute", null, "is required");
      }
      if (share == null) {
        throw ScenarioChecks.invalid(field + ".share", null, "is required");
      }
      if (share instanceof ShareOf) {
        throw ScenarioChecks.invalid(field + ".share.dist", "shareOf", "cannot be nested");
      }
      share.validate(field + ".share", 0, 100);
    }
  }
}
