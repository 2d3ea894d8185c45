package org.anxin.sla.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiler makes the complaint fold handle every event type only while {@link
 * ComplaintEvent.Visitor} has one abstract method per type; a default method would let a new type
 * through unhandled.
 */
class ComplaintEventDispatchTest {

  @Test
  void theVisitorHasOneAbstractMethodPerEventTypeAndNoDefaults() {
    // Synthetic methods come from coverage tools, not from the source.
    Method[] methods =
        Arrays.stream(ComplaintEvent.Visitor.class.getDeclaredMethods())
            .filter(m -> !m.isSynthetic())
            .toArray(Method[]::new);
    for (Method m : methods) {
      assertTrue(Modifier.isAbstract(m.getModifiers()), m + " must be abstract");
      assertEquals("visit", m.getName(), m.toString());
      assertEquals(1, m.getParameterCount(), m.toString());
    }
    Set<Class<?>> types = Set.of(ComplaintEvent.class.getPermittedSubclasses());
    assertEquals(
        types,
        Arrays.stream(methods).map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet()));
    assertEquals(types.size(), methods.length, "one method per event type");
  }
}
