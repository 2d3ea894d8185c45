package org.anxin.simulator.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a binding failure means in a scenario file's terms. Jackson's own messages name Java types
 * ({@code `org.anxin…Dist`}, {@code `int`}) and Jackson features; the user wrote YAML, so the
 * problem is said as what the field must be.
 */
final class BindingErrors {

  private static final ObjectMapper NAMES = new ObjectMapper();
  private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

  private BindingErrors() {}

  static String problem(JsonProcessingException e) {
    if (e instanceof InvalidTypeIdException typeId) {
      Matcher known = KNOWN_IDS.matcher(String.valueOf(typeId.getOriginalMessage()));
      return typeId.getTypeId() == null
          ? "a distribution needs its dist"
          : "unknown dist; expected one of " + (known.find() ? known.group(1) : "the documented");
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field; known fields: " + names(unknown.getKnownPropertyIds());
    }
    String said = String.valueOf(e.getOriginalMessage());
    if (said.startsWith("Missing") || said.startsWith("Null value for creator property")) {
      return "missing field";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String missing = said.contains("`null`") ? ", not missing or null" : "";
      return "must be " + expected(mismatch.getTargetType()) + missing;
    }
    return "not a value this field takes";
  }

  private static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> NAMES.valueToTree(c).asText())
              .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
      return "a mapping of fields";
    }
    return "a value of another kind";
  }

  private static String names(Collection<Object> ids) {
    return ids == null
        ? ""
        : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }
}
