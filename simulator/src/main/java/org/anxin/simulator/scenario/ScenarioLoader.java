package org.anxin.simulator.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.document.DocumentReader;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.guarantees.document.Node;
import org.anxin.guarantees.document.Syntax;

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
  private static final Set<String> FREE_MAPS =
      Set.of(
          "stress.regimes",
          "complaints.fileProbability",
          "complaints.categories",
          "complaints.background.categories");

  /** Binds the merged tree into the records; the document reader has read and checked it. */
  private static final ObjectMapper BINDER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private ScenarioLoader() {}

  /** A built-in scenario by name, or a scenario file by path. */
  public static Scenario resolve(String nameOrPath) {
    return resolveDocument(nameOrPath).scenario();
  }

  /**
   * A built-in scenario by name, or a scenario file by path, with the sections other modules own
   * (the staffing simulation's {@code complaints}).
   */
  public static ScenarioDocument resolveDocument(String nameOrPath) {
    if (BUILT_IN.contains(nameOrPath)) {
      return document(DocumentReader.resource(ScenarioLoader.class, nameOrPath + ".yaml"));
    }
    Path path = Path.of(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(
          "--scenario", nameOrPath, "neither a built-in scenario " + BUILT_IN + " nor a file");
    }
    return document(DocumentReader.read(path, "scenario"));
  }

  /**
   * The text of a built-in scenario by name, or of a scenario file by path: what a run ships to the
   * tasks of a cluster, which read it with {@link #parseDocument(DocumentText)} exactly as {@link
   * #resolveDocument} read it here.
   */
  public static DocumentText text(String nameOrPath) {
    if (BUILT_IN.contains(nameOrPath)) {
      return DocumentText.resource(ScenarioLoader.class, nameOrPath + ".yaml");
    }
    Path path = Path.of(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(
          "--scenario", nameOrPath, "neither a built-in scenario " + BUILT_IN + " nor a file");
    }
    return DocumentText.of(path, "scenario");
  }

  /** A scenario from its text, in the syntax the text names. */
  public static ScenarioDocument parseDocument(DocumentText text) {
    return document(text.read("scenario"));
  }

  /** The built-in scenario {@code name}. */
  public static Scenario builtIn(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new InvalidInputException("scenario", name, "unknown; built-in: " + BUILT_IN);
    }
    return document(DocumentReader.resource(ScenarioLoader.class, name + ".yaml")).scenario();
  }

  /**
   * Reads a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) scenario file, with the
   * document reader's rules and limits ({@link DocumentReader}).
   *
   * @throws InvalidInputException naming the field and value of any mistake, the file, line and
   *     column of a syntax error, or the file when it cannot be read
   */
  public static Scenario load(Path file) {
    return document(DocumentReader.read(file, "scenario")).scenario();
  }

  /** Parses scenario text (YAML, or JSON, which reads as YAML), e.g. for tests and embedding. */
  public static Scenario parse(String text) {
    return parseDocument(text).scenario();
  }

  /** As {@link #parse(String)}, with the sections other modules own. */
  public static ScenarioDocument parseDocument(String text) {
    return document(DocumentReader.parse(text, Syntax.YAML, "scenario"));
  }

  private static ScenarioDocument document(Node user) {
    try {
      // An empty file is a mistake (a truncated copy, the wrong file), not "all defaults": a
      // scenario that wants the defaults says at least its name.
      if (user.kind() == Node.Kind.NULL) {
        throw new InvalidInputException(
            user.where(), "", "is empty; a scenario names at least itself (name: ...)");
      }
      ObjectNode merged = defaults();
      overlay(merged, (ObjectNode) ScenarioTree.json(user.requireMapping()), "");
      // The staffing module binds its own section; the liability records never see it.
      JsonNode section = merged.remove(ScenarioDocument.COMPLAINTS);
      if (!(section instanceof ObjectNode complaints)) {
        throw new InvalidInputException(
            ScenarioDocument.COMPLAINTS,
            String.valueOf(section),
            "must be a mapping of the staffing simulation's settings (docs/staffing.md)");
      }
      Scenario scenario;
      try {
        scenario = BINDER.treeToValue(merged, Scenario.class);
      } catch (JsonMappingException e) {
        throw new InvalidInputException(path(e), valueAt(merged, e), BindingErrors.problem(e));
      } catch (JsonProcessingException e) {
        throw new InvalidInputException(user.where(), "", BindingErrors.problem(e));
      }
      scenario.validate();
      return new ScenarioDocument(scenario, complaints);
    } catch (InvalidInputException e) {
      throw DocumentReader.oneLine(e);
    }
  }

  /**
   * Binds a section another module owns (see {@link ScenarioDocument}) into its records with the
   * scenario's own rules: unknown keys, nulls for numbers, numbers for names and fractions for
   * counts are refused, and a mistake names its field under {@code prefix}.
   */
  public static <T> T bindSection(ObjectNode section, String prefix, Class<T> type) {
    try {
      return BINDER.treeToValue(section, type);
    } catch (JsonMappingException e) {
      String path = path(e);
      throw DocumentReader.oneLine(
          new InvalidInputException(
              "scenario".equals(path) ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path,
              valueAt(section, e),
              BindingErrors.problem(e)));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(prefix, "", BindingErrors.problem(e));
    }
  }

  /** The defaults, {@code shanghai-default}, as a tree to lay a scenario over. */
  private static ObjectNode defaults() {
    return (ObjectNode)
        ScenarioTree.json(DocumentReader.resource(ScenarioLoader.class, DEFAULT + ".yaml"));
  }

  /**
   * Lays {@code user} over {@code base}: objects merge key by key, anything else replaces. An
   * object that names its kind replaces the default one whole, since what else it holds differs by
   * kind: a distribution that names its {@code dist}, a complaint's stage that names its {@code
   * skill} ({@code {skill: none}} has no minutes).
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
          && !userChild.has("dist")
          && !userChild.has("skill")) {
        overlay((ObjectNode) baseChild, (ObjectNode) userChild, childPath);
      } else {
        base.set(key, userChild);
      }
    }
  }

  private static String known(ObjectNode base) {
    StringBuilder names = new StringBuilder("; known fields: ");
    base.fieldNames().forEachRemaining(name -> names.append(name).append(' '));
    return names.toString().strip();
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
}
