package org.anxin.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiler checks that every visitor handles every event type only while the {@link
 * DealEvent.Visitor} has one abstract method per type and nothing answers for a kind by default.
 * These checks fail if that is weakened: a default method that would let a new type through
 * unhandled, a type without its method, or a kind's lifecycle inheriting a rule instead of stating
 * it.
 */
class EventDispatchTest {

  private static final Set<Class<?>> EVENT_TYPES = Set.of(DealEvent.class.getPermittedSubclasses());

  @Test
  void theVisitorHasOneAbstractMethodPerEventTypeAndNoDefaults() {
    // Synthetic methods come from coverage tools, not from the source.
    Method[] methods =
        Arrays.stream(DealEvent.Visitor.class.getDeclaredMethods())
            .filter(m -> !m.isSynthetic())
            .toArray(Method[]::new);
    for (Method m : methods) {
      assertTrue(Modifier.isAbstract(m.getModifiers()), m + " must be abstract");
      assertEquals("visit", m.getName(), m.toString());
      assertEquals(1, m.getParameterCount(), m.toString());
    }
    assertEquals(
        EVENT_TYPES,
        Arrays.stream(methods).map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet()));
    assertEquals(EVENT_TYPES.size(), methods.length, "one method per event type");
  }

  @Test
  void everyLifecycleDecidesEveryEventTypeItself() {
    for (Class<?> lifecycle :
        List.of(ResaleLifecycle.class, NewHomeLifecycle.class, RentalLifecycle.class)) {
      for (Class<?> type : EVENT_TYPES) {
        try {
          Method visit = lifecycle.getDeclaredMethod("visit", type);
          assertFalse(visit.isBridge(), visit.toString());
        } catch (NoSuchMethodException e) {
          throw new AssertionError(
              lifecycle.getSimpleName() + " does not state its rule for " + type.getSimpleName(),
              e);
        }
      }
    }
    for (Method m : Lifecycle.class.getDeclaredMethods()) {
      assertFalse(m.getName().equals("visit"), "the shared base must not answer for a kind: " + m);
    }
    for (Method m : PurchaseLifecycle.class.getDeclaredMethods()) {
      assertFalse(m.getName().equals("visit"), "the shared base must not answer for a kind: " + m);
    }
  }
}
