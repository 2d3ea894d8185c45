package org.anxin.guarantees.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader's YAML parsers, which remember the words they have read, give the same tokens with the
 * same texts and values as Jackson's own (built the same way: {@code new YAMLFactory()} has other
 * defaults), however often and in whatever order words recur.
 */
class YamlFactoryPropertiesTest {

  /** Words of every kind YAML tells apart, several of them quoted or tagged. */
  private static final List<String> WORDS =
      List.of(
          "2020-01-13",
          "2020-1-3",
          "2001-12-14t21:59:43.10-05:00",
          "12:30",
          "1:30:00",
          "3000000.00",
          "1_000.5",
          ".5",
          "1e3",
          ".inf",
          "-.Inf",
          ".NaN",
          "0x1F",
          "0o17",
          "017",
          "0b101",
          "+12",
          "-0",
          "12_345",
          "190:20:30",
          "true",
          "True",
          "TRUE",
          "false",
          "yes",
          "No",
          "on",
          "OFF",
          "y",
          "n",
          "Y",
          "null",
          "Null",
          "~",
          "resale",
          "p12",
          "d7",
          "周女士",
          "'2020-01-13'",
          "\"true\"",
          "!!str 12",
          "!!int 12",
          "!!float 1",
          "!!bool yes",
          "'yes'",
          "x y",
          "<<x",
          "-",
          "+",
          ".");

  @Test
  void recurringWordsReadAsJacksonReadsThem() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              List<String> items = new ArrayList<>();
              for (int i = 0, n = random.nextInt(60); i < n; i++) {
                items.add(WORDS.get(random.nextInt(WORDS.size())));
              }
              String block = "- " + String.join("\n- ", items) + "\n";
              String flow = "[" + String.join(", ", items) + "]";
              for (String text : List.of(block, flow)) {
                assertEquals(
                    tokens(YAMLFactory.builder().build(), text), tokens(yamlFactory(), text), text);
              }
            });
  }

  @Test
  void everyWordTwiceInARowAndFarApart() {
    List<String> farApart = new ArrayList<>(WORDS);
    farApart.addAll(WORDS);
    List<String> doubled = new ArrayList<>();
    WORDS.forEach(
        w -> {
          doubled.add(w);
          doubled.add(w);
        });
    for (List<String> list : List.of(farApart, doubled)) {
      String text = "- " + String.join("\n- ", list) + "\n";
      assertEquals(tokens(YAMLFactory.builder().build(), text), tokens(yamlFactory(), text));
    }
  }

  private static JsonFactory yamlFactory() {
    return new YamlFactory(YAMLFactory.builder());
  }

  /** Each token with its text and, for a number, its exact value, or the failure. */
  private static List<String> tokens(JsonFactory factory, String text) {
    List<String> out = new ArrayList<>();
    try (JsonParser parser = factory.createParser(new StringReader(text))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String value = parser.getText();
        if (token == JsonToken.VALUE_NUMBER_INT) {
          value += " int " + parser.getNumberType() + " " + parser.getBigIntegerValue();
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          try {
            value += " float " + parser.getDecimalValue();
          } catch (IOException | RuntimeException e) {
            value += " float failing " + e.getClass().getSimpleName();
          }
        }
        out.add(token + " " + value);
      }
    } catch (IOException e) {
      out.add("failed: " + e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    return out;
  }
}
