package org.anxin.guarantees.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The node's quick ways to read the commonest values — amounts written as plain numbers, dates
 * written {@code YYYY-MM-DD}, keys of large mappings — give exactly what the general way gives: the
 * same value, or the same message.
 */
class NodeShortcutsPropertiesTest {

  /** The value, or the message of the mistake. */
  private static Object outcome(Supplier<Object> read) {
    try {
      return read.get();
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
  }

  @Test
  void anAmountWrittenAsANumberReadsAsTheSameAmountWrittenAsText() {
    qt().forAll(longs().all(), integers().between(-3, 4))
        .checkAssert(
            (unscaled, scale) -> {
              // Digits of every length, from 0.01 to 10^19 and beyond, both signs.
              BigDecimal number =
                  BigDecimal.valueOf(unscaled >> Math.floorMod(unscaled, 64), scale)
                      .multiply(BigDecimal.valueOf(Math.floorMod(unscaled, 7) == 0 ? 1000 : 1));
              for (Syntax syntax : Syntax.values()) {
                Node asNumber = read(syntax, number.toPlainString(), false);
                Node asText = read(syntax, number.toPlainString(), true);
                assertEquals(Node.Kind.NUMBER, asNumber.kind(), number.toPlainString());
                assertEquals(
                    outcome(asText::money), outcome(asNumber::money), number.toPlainString());
              }
            });
  }

  @Test
  void aDateReadsAsTheJdkReadsIt() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              String text = dateLike(new Random(seed));
              Object expected;
              try {
                expected = LocalDate.parse(text);
              } catch (DateTimeParseException e) {
                expected = "a: must be a date written YYYY-MM-DD (got '" + text + "')";
              }
              for (Syntax syntax : Syntax.values()) {
                assertEquals(expected, outcome(() -> read(syntax, text, true).date()), text);
              }
            });
  }

  /** A real date, or one near it: a day or month out of range, a character changed, added, cut. */
  private static String dateLike(Random random) {
    String alphabet = "0123456789-+ x";
    StringBuilder text =
        new StringBuilder(
            random.nextInt(4) == 0
                ? String.format(
                    "%04d-%02d-%02d",
                    random.nextInt(10_000), random.nextInt(15), random.nextInt(34))
                : LocalDate.ofEpochDay(random.nextInt(3_000_000) - 1_000_000).toString());
    switch (random.nextInt(5)) {
      case 0 ->
          text.setCharAt(
              random.nextInt(text.length()), alphabet.charAt(random.nextInt(alphabet.length())));
      case 1 ->
          text.insert(
              random.nextInt(text.length() + 1),
              alphabet.charAt(random.nextInt(alphabet.length())));
      case 2 -> text.deleteCharAt(random.nextInt(text.length()));
      default -> {
        // as it is
      }
    }
    return text.toString();
  }

  /** A document {@code a: value}, the value written as a number or quoted as text. */
  private static Node read(Syntax syntax, String value, boolean quoted) {
    String written = quoted ? "\"" + value + "\"" : value;
    String text = syntax == Syntax.YAML ? "a: " + written + "\n" : "{\"a\": " + written + "}";
    return DocumentReader.parse(text, syntax, "doc").get("a");
  }

  @Test
  void aLargeMappingFindsEveryKeyAndRefusesADuplicateAnywhere() {
    for (int size : List.of(1, 7, 8, 9, 10, 50, 2000)) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        lines.add("k" + i + ": " + i);
      }
      Node root = DocumentReader.parse(String.join("\n", lines), Syntax.YAML, "doc");
      assertEquals(size, root.keys().size());
      for (int i = 0; i < size; i++) {
        assertEquals("k" + i, root.keys().get(i), "the file's order");
        assertEquals(i, root.get("k" + i).count());
      }
      assertTrue(!root.has("k" + size) && !root.has("K0"));
      for (int duplicate : List.of(0, size / 2, size - 1)) {
        List<String> twice = new ArrayList<>(lines);
        twice.add("k" + duplicate + ": again");
        InvalidInputException e =
            assertThrows(
                InvalidInputException.class,
                () -> DocumentReader.parse(String.join("\n", twice), Syntax.YAML, "doc"));
        assertEquals(
            "doc:"
                + (size + 1)
                + ":1: duplicate key, already given at line "
                + (duplicate + 1)
                + " (got 'k"
                + duplicate
                + "')",
            e.getMessage());
      }
    }
  }

  @Test
  void mappingsWithTheSameKeysStayApart() {
    Node root =
        DocumentReader.parse(
            "[{date: 2020-01-01, type: a}, {date: 2020-01-02, type: b}, {type: c, date: x}]",
            Syntax.YAML,
            "doc");
    List<Node> items = root.items();
    assertEquals("a", items.get(0).get("type").text());
    assertEquals("b", items.get(1).get("type").text());
    assertEquals(List.of("type", "date"), items.get(2).keys());
    assertEquals("[2].date", items.get(2).get("date").path());
  }
}
