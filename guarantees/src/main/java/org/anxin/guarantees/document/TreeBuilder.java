package org.anxin.guarantees.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxin.domain.InvalidInputException;

/**
 * Builds the value tree of one document from a parser's tokens, refusing on the way what the
 * parsers let through: duplicated keys, a second document, YAML aliases, merge keys and tags, and
 * anything past the {@link Limits}. Recursion is bounded by the depth limit.
 *
 * <p>The tree is what {@link Node} reads: a {@link Mapping} for a mapping, an {@code Object[]} for
 * a list, and the scalars as {@link Node} describes them. It is kept compact, since a large case
 * file is held whole while it is mapped: lists are cut to their length, and keys and short texts
 * that recur are one object each ({@link SharedText}).
 */
final class TreeBuilder {

  /** The tags of YAML's core schema, which only say what the value already is. */
  private static final Set<String> STANDARD_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  private static final Object[] NO_ITEMS = {};

  private final JsonParser parser;
  private final Syntax syntax;
  private final String source;
  private final Limits limits;
  private final SharedText shared = new SharedText();

  TreeBuilder(JsonParser parser, Syntax syntax, String source, Limits limits) {
    this.parser = parser;
    this.syntax = syntax;
    this.source = source;
    this.limits = limits;
  }

  /** The document's value: {@code null} for an empty document. */
  Object document() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    Object root = value(first, 1);
    JsonToken next = parser.nextToken();
    if (next != null) {
      throw syntax == Syntax.YAML
          ? at("a second YAML document; a file holds one", "---")
          : at("more after the end of the JSON value", parser.getText());
    }
    return root;
  }

  private Object value(JsonToken token, int depth) throws IOException {
    if (token == null) {
      throw at("the document ends in the middle of a value", "end of file");
    }
    if (parser instanceof YAMLParser yaml) {
      refuseAliasAndTag(yaml);
    }
    return switch (token) {
      case START_OBJECT -> mapping(depth);
      case START_ARRAY -> list(depth);
      case VALUE_STRING -> text();
      case VALUE_NUMBER_INT -> wholeNumber();
      case VALUE_NUMBER_FLOAT -> decimal();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default ->
          throw at(
              "not a value Anxin reads (text, number, boolean, list or mapping)", "binary data");
    };
  }

  private Mapping mapping(int depth) throws IOException {
    checkDepth(depth);
    String[] keys = new String[4];
    Object[] values = new Object[4];
    int[] lines = new int[4];
    int size = 0;
    // Past a few keys, duplicates are found by hashing: a hostile file may write a million.
    Map<String, Integer> index = null;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      if (token != JsonToken.FIELD_NAME) {
        throw at("expected a key", token == null ? "end of file" : parser.getText());
      }
      String key = parser.currentName();
      JsonLocation where = parser.currentTokenLocation();
      checkLength(key);
      if (syntax == Syntax.YAML && key.equals("<<")) {
        throw at("YAML merge keys are not supported; write the fields out", key);
      }
      if (index == null && size == Mapping.SCAN_LIMIT) {
        index = new HashMap<>();
        for (int i = 0; i < size; i++) {
          index.put(keys[i], i);
        }
      }
      int first = index == null ? scan(keys, size, key) : index.getOrDefault(key, -1);
      if (first >= 0) {
        throw at(where, "duplicate key, already given at line " + lines[first], key);
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
      }
      keys[size] = shared.key(key);
      lines[size] = where.getLineNr();
      if (index != null) {
        index.put(key, size);
      }
      values[size] = value(parser.nextToken(), depth + 1);
      size++;
    }
    return new Mapping(shared.keys(Arrays.copyOf(keys, size)), Arrays.copyOf(values, size), index);
  }

  /** The position of {@code key} among the first {@code size} keys, or -1. */
  private static int scan(String[] keys, int size, String key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private Object[] list(int depth) throws IOException {
    checkDepth(depth);
    List<Object> list = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      list.add(value(token, depth + 1));
    }
    return list.isEmpty() ? NO_ITEMS : list.toArray();
  }

  private String text() throws IOException {
    String text = parser.getText();
    checkLength(text);
    return shared.text(text);
  }

  /** A whole number: a {@link Long} when it fits, so that equal numbers are equal values. */
  private Object wholeNumber() throws IOException {
    checkDigits(parser.getText().length());
    if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return parser.getLongValue();
    }
    BigInteger value = parser.getBigIntegerValue();
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }

  /** A decimal number, exactly as written: {@code 100.50} keeps its two places. */
  private BigDecimal decimal() throws IOException {
    checkDigits(parser.getText().length());
    BigDecimal value = parser.getDecimalValue();
    // 1e999999999 is short to write but a billion digits long to print: count them written out.
    long whole = Math.max((long) value.precision() - value.scale(), 1);
    long fraction = Math.max(value.scale(), 0);
    checkDigits(whole + fraction);
    return value;
  }

  private void refuseAliasAndTag(YAMLParser yaml) throws IOException {
    if (yaml.isCurrentAlias()) {
      throw at(
          "YAML aliases are not supported (the limit is 0); write the value out in full",
          "*" + yaml.getText());
    }
    String tag = yaml.getTypeId();
    if (tag == null) {
      return;
    }
    if (tag.startsWith(YAML_TAG_PREFIX)) {
      String name = tag.substring(YAML_TAG_PREFIX.length());
      if (STANDARD_TAGS.contains(name)) {
        return;
      }
      tag = "!!" + name;
    } else {
      tag = "!" + tag;
    }
    throw at(
        "YAML tags are not supported (only the standard !!str, !!int, !!float, !!bool, !!null);"
            + " write a plain value",
        tag);
  }

  private void checkDepth(int depth) {
    if (depth > limits.maxDepth()) {
      throw at("nested deeper than the limit of " + limits.maxDepth() + " levels", depth);
    }
  }

  private void checkLength(String text) {
    if (text.length() > limits.maxTextLength()) {
      throw at(
          "text longer than the limit of " + limits.maxTextLength() + " characters", text.length());
    }
  }

  private void checkDigits(long digits) {
    if (digits > limits.maxNumberLength()) {
      throw at("number longer than the limit of " + limits.maxNumberLength() + " digits", digits);
    }
  }

  private InvalidInputException at(String problem, Object value) {
    return at(parser.currentTokenLocation(), problem, value);
  }

  private InvalidInputException at(JsonLocation where, String problem, Object value) {
    Object shown =
        value instanceof String text ? Messages.shorten(Messages.escape(text), 100) : value;
    return new InvalidInputException(ParserErrors.where(source, where), shown, problem);
  }
}
