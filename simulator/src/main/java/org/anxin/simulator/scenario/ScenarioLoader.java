package org.anxin.simulator.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anxin.domain.InvalidInputException;

/**
 * Reads scenarios. A scenario file states only what differs from the defaults (the built-in {@code
 * shanghai-default}); it is laid over them key by key, every key it names must exist in the
 * defaults, and the result is validated before the engine allocates anything.
 */
public final class ScenarioLoader {

  /** The scenario used when none is named. */
  public static final String DEFAULT = "shanghai-default";

  /** The scenarios shipped with Anxin. */
  public static final List<String> BUILT_IN = List.of(DEFAULT, "shanghai-credit-squeeze");

  /**
   * Objects whose keys the user chooses (regime names, risk names): not checked against defaults.
   */
  private static final Set<String> FREE_MAPS = Set.of("stress.regimes");

  private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));
  private static final ObjectMapper JSON = configure(new ObjectMapper());

  private ScenarioLoader() {}

  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }

  /** A built-in scenario by name, or a scenario file by path. */
  public static Scenario resolve(String nameOrPath) {
    if (BUILT_IN.contains(nameOrPath)) {
      return builtIn(nameOrPath);
    }
    Path path = Path.of(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(
          "--scenario", nameOrPath, "neither a built-in scenario " + BUILT_IN + " nor a file");
    }
    return load(path);
  }

  /** The built-in scenario {@code name}. */
  public static Scenario builtIn(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new InvalidInputException("scenario", name, "unknown; built-in: " + BUILT_IN);
    }
    return fromTree(readResource(name), name + ".yaml");
  }

  /** Reads a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) scenario file. */
  public static Scenario load(Path file) {
    String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper = fileName.endsWith(".json") ? JSON : YAML;
    JsonNode tree;
    try (InputStream in = Files.newInputStream(file)) {
      tree = mapper.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          file.toString(),
          where(e.getLocation()),
          "not valid YAML/JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidInputException("--scenario", file, "cannot be read: " + e.getMessage());
    }
    return fromTree(tree, file.toString());
  }

  /** Parses scenario text (YAML or JSON), e.g. for tests and embedding. */
  public static Scenario parse(String text) {
    try {
      return fromTree(YAML.readTree(text), "scenario");
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "scenario", where(e.getLocation()), "not valid YAML/JSON: " + e.getOriginalMessage());
    }
  }

  private static Scenario fromTree(JsonNode userTree, String source) {
    if (userTree == null || userTree.isMissingNode() || userTree.isNull()) {
      userTree = YAML.createObjectNode();
    }
    if (!userTree.isObject()) {
      throw new InvalidInputException(
          source, userTree.getNodeType(), "must be a mapping of fields");
    }
    ObjectNode merged = readResource(DEFAULT).deepCopy();
    overlay(merged, (ObjectNode) userTree, "");
    Scenario scenario;
    try {
      scenario = YAML.treeToValue(merged, Scenario.class);
    } catch (JsonMappingException e) {
      throw new InvalidInputException(
          path(e), valueAt(merged, e), firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(source, "", e.getOriginalMessage());
    }
    scenario.validate();
    return scenario;
  }

  /**
   * Lays {@code user} over {@code base}: objects merge key by key, anything else replaces. A
   * distribution that names its {@code dist} replaces the default one whole, since its parameters
   * differ by kind.
   */
  private static void overlay(ObjectNode base, ObjectNode user, String path) {
    for (Map.Entry<String, JsonNode> field : user.properties()) {
      String key = field.getKey();
      String childPath = path.isEmpty() ? key : path + "." + key;
      JsonNode baseChild = base.get(key);
      JsonNode userChild = field.getValue();
      boolean free = FREE_MAPS.contains(path) || path.endsWith(".multipliers");
      if (baseChild == null && !free) {
        throw new InvalidInputException(
            childPath, userChild.toString(), "unknown field" + known(base));
      }
      if (baseChild != null
          && baseChild.isObject()
          && userChild.isObject()
          && !userChild.has("dist")) {
        overlay((ObjectNode) baseChild, (ObjectNode) userChild, childPath);
      } else {
        base.set(key, userChild);
      }
    }
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static String known(ObjectNode base) {
    StringBuilder names = new StringBuilder("; known fields: ");
    base.fieldNames().forEachRemaining(name -> names.append(name).append(' '));
    return names.toString().strip();
  }

  private static ObjectNode readResource(String name) {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream(name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("built-in scenario missing from the jar: " + name);
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "scenario" : path.toString();
  }

  private static String valueAt(JsonNode root, JsonMappingException e) {
    JsonNode node = root;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (node == null) {
        break;
      }
      node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
    }
    return node == null ? "(missing)" : node.toString();
  }

  private static String where(JsonLocation location) {
    return location == null
        ? "?"
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
