package org.anxin.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name is the default output directory, {@code anxin-out/<name>/}: one safe path segment. */
class ScenarioNameTest {

  private static Scenario named(String name) {
    return ScenarioLoader.parse("name: \"" + name + "\"\nbook: {deals: 100}\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"shanghai-default", "my book 2026", "上海-压力", "a.b", "x..y"})
  void acceptsASafeSegment(String name) {
    assertEquals(name, named(name).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", ".", ".hidden", "../up", "a\\\\b", "bell\\a", "rtl\\u202e"})
  void refusesAnythingElse(String name) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> named(name));
    assertEquals("name", e.field());
  }

  @Test
  void refusesAVeryLongName() {
    String name = "n".repeat(Scenario.NAME_MAX + 1);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> named(name));
    assertEquals("name: must be at most 80 characters", e.getMessage().substring(0, 35));
  }

  @Test
  void theBuiltInNamesAreSafe() {
    for (String builtIn : ScenarioLoader.BUILT_IN) {
      assertEquals(builtIn, ScenarioLoader.resolve(builtIn).name());
    }
  }
}
