package org.anxin.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

  private static List<Duration> minutes(int n) {
    // n values 1..n minutes, given in reverse to check the sort.
    return java.util.stream.IntStream.rangeClosed(1, n)
        .map(i -> n + 1 - i)
        .mapToObj(Duration::ofMinutes)
        .toList();
  }

  @ParameterizedTest(name = "n={0}, p{1} = x({2})")
  @CsvSource({
    "1, 50, 1",
    "1, 99, 1",
    "2, 50, 1",
    "3, 50, 2",
    "4, 50, 2",
    "10, 90, 9",
    "11, 90, 10",
    "100, 99, 99",
    "101, 99, 100",
    "20, 100, 20",
    "20, 1, 1"
  })
  void nearestRankIsTheCeilingOfNTimesP(int n, int percent, int rank) {
    assertEquals(
        Optional.of(Duration.ofMinutes(rank)), Percentiles.nearestRank(minutes(n), percent));
  }

  @Test
  void emptyAndInvalid() {
    assertEquals(Optional.empty(), Percentiles.nearestRank(List.of(), 50));
    assertThrows(InvalidInputException.class, () -> Percentiles.nearestRank(minutes(3), 0));
    assertThrows(InvalidInputException.class, () -> Percentiles.nearestRank(minutes(3), 101));
  }
}
