package org.anxin.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Map;
import org.anxin.guarantees.document.Node;

/**
 * A checked document tree as the Jackson tree that scenarios are bound from. The bytes are read by
 * the one document reader; Jackson only binds the records. Numbers become what Jackson's own reader
 * made of them (int, long or big integer; double), so binding behaves as it always did.
 */
final class ScenarioTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private ScenarioTree() {}

  static JsonNode json(Node node) {
    return switch (node.kind()) {
      case MAPPING -> {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
          object.set(entry.getKey(), json(entry.getValue()));
        }
        yield object;
      }
      case LIST -> {
        ArrayNode array = NODES.arrayNode();
        node.items().forEach(item -> array.add(json(item)));
        yield array;
      }
      case TEXT -> NODES.textNode(node.scalarText());
      case BOOLEAN -> NODES.booleanNode(node.flag());
      case NULL -> NODES.nullNode();
      case NUMBER -> number(node);
    };
  }

  private static JsonNode number(Node node) {
    if (!node.isWholeNumber()) {
      return NODES.numberNode(Double.parseDouble(node.number().toString()));
    }
    BigInteger value = node.number().toBigIntegerExact();
    if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
      return NODES.numberNode(value.intValue());
    }
    if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      return NODES.numberNode(value.longValue());
    }
    return NODES.numberNode(value);
  }
}
