package org.anxin.guarantees.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the one reader accepts, what it refuses, and how it says so. */
class DocumentReaderTest {

  private static Node yaml(String text) {
    return DocumentReader.parse(text, Syntax.YAML, "doc");
  }

  private static Node json(String text) {
    return DocumentReader.parse(text, Syntax.JSON, "doc");
  }

  private static InvalidInputException refused(Syntax syntax, String text) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> DocumentReader.parse(text, syntax, "doc"), text);
    assertOneCleanLine(e.getMessage());
    return e;
  }

  /** One line, and nothing of the parser or the JDK in it. */
  static void assertOneCleanLine(String message) {
    assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
    for (String machinery :
        List.of(
            "com.fasterxml",
            "org.yaml",
            "java.",
            "Exception",
            "Source:",
            "`",
            "jackson",
            "Jackson",
            "snakeyaml",
            "StreamReadConstraints")) {
      assertFalse(message.contains(machinery), machinery + " in: " + message);
    }
  }

  // ---- The tree -------------------------------------------------------------------------------

  @Test
  void yamlAndJsonGiveTheSameTreeWithPaths() {
    String yamlText =
        "deals:\n  - id: a\n    price: 3000000.00\n    events: [{n: 3}, {n: 2.50, ok: true}]\n"
            + "note: ~\n";
    String jsonText =
        "{\"deals\": [{\"id\": \"a\", \"price\": 3000000.00,"
            + " \"events\": [{\"n\": 3}, {\"n\": 2.50, \"ok\": true}]}], \"note\": null}";
    for (Node root : List.of(yaml(yamlText), json(jsonText))) {
      Node deal = root.list("deals", false).get(0);
      assertEquals("deals[0]", deal.path());
      assertEquals("a", deal.get("id").text());
      assertEquals(new BigDecimal("3000000.00"), deal.get("price").number(), "exact decimals");
      Node event = deal.list("events", false).get(1);
      assertEquals("deals[0].events[1].n", event.get("n").path());
      assertEquals("2.50", event.get("n").scalarText());
      assertFalse(event.get("n").isWholeNumber());
      assertTrue(deal.list("events", false).get(0).get("n").isWholeNumber());
      assertTrue(event.get("ok").flag());
      assertEquals(List.of("deals", "note"), root.keys(), "the file's order");
      assertEquals(Node.Kind.NULL, root.entries().get("note").kind());
      assertFalse(root.has("note"), "null counts as absent");
      assertEquals("", root.path());
      assertEquals("doc", root.where());
    }
  }

  @Test
  void anEmptyDocumentIsNull() {
    assertEquals(Node.Kind.NULL, yaml("").kind());
    assertEquals(Node.Kind.NULL, yaml("# only a comment\n").kind());
    assertEquals(Node.Kind.NULL, json("").kind());
  }

  @Test
  void aByteOrderMarkIsDropped() {
    assertEquals(List.of("a"), yaml("\uFEFFa: 1\n").keys());
    assertEquals(List.of("a"), json("\uFEFF{\"a\": 1}").keys());
  }

  @Test
  void yamlWordsKeepTheirYamlMeaning() {
    Node root = yaml("a: yes\nb: 2020-01-13\nc: 0x1F\nd: '123'\ne: !!str 5\n");
    assertTrue(root.get("a").flag());
    assertEquals("2020-01-13", root.get("b").text(), "dates stay text");
    assertEquals(31, root.get("c").count());
    assertEquals("123", root.get("d").text());
    assertEquals("5", root.get("e").text(), "the standard tags are allowed");
  }

  @Test
  void aLargeYamlFileReads() {
    // SnakeYAML alone stops at 3 Mi code points; the reader's own byte limit governs instead.
    StringBuilder text = new StringBuilder("items:\n");
    for (int i = 0; i < 400_000; i++) {
      text.append("  - 名字").append(i).append('\n');
    }
    assertTrue(text.length() > 3 * 1024 * 1024);
    assertEquals(400_000, yaml(text.toString()).list("items", false).size());
  }

  // ---- Duplicate keys -------------------------------------------------------------------------

  @Test
  void aDuplicateKeyIsRefusedNamingTheLineAndTheKey() {
    InvalidInputException e = refused(Syntax.YAML, "name: a\nbook: {deals: 1}\nbook: {deals: 2}\n");
    assertEquals("doc:3:1", e.field());
    assertEquals("book", e.value());
    assertEquals("doc:3:1: duplicate key, already given at line 2 (got 'book')", e.getMessage());
  }

  @Test
  void aDuplicateKeyIsRefusedInJsonAndDeepInside() {
    InvalidInputException e = refused(Syntax.JSON, "{\"a\": [{\"b\": 1,\n \"b\": 2}]}");
    assertEquals("doc:2:2", e.field());
    assertEquals("doc:2:2: duplicate key, already given at line 1 (got 'b')", e.getMessage());
    InvalidInputException flow = refused(Syntax.YAML, "terms: {cap: 1, cap: 2}\n");
    assertEquals("doc:1:17", flow.field());
    assertEquals("cap", flow.value());
  }

  @Test
  void theSameKeyInTwoMappingsIsFine() {
    assertEquals(2, yaml("- {a: 1}\n- {a: 2}\n").items().size());
  }

  // ---- Syntax ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a: {b: 1|doc:1:9|expected ',' or '}', but got <stream end> (while parsing a flow mapping)",
        "a: \"x|doc:1:6|found unexpected end of stream (while scanning a quoted scalar)",
        "a: 1\\n b: 2|doc:2:3|mapping values are not allowed here",
        "\\tb: 1|doc:1:1|found character '\\t(TAB)' that cannot start any token. (Do not use"
            + " \\t(TAB) for indentation) (while scanning for the next token)",
        "a: .inf|doc:1:8|Malformed numeric value '.inf'",
        "? [1]\\n: 2|doc:1:4|a key must be plain text, not a list, a mapping or an alias",
      })
  void aYamlSyntaxErrorIsOneLineWithLineAndColumn(String text, String field, String problem) {
    InvalidInputException e = refused(Syntax.YAML, text.replace("\\n", "\n").replace("\\t", "\t"));
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(field + ": not valid YAML (got '" + problem + "')", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": [1,|doc:1:10|Unexpected end-of-input within/between Array entries",
        "{\"a\" 1}|doc:1:6|Unexpected character ('1' (code 49)): was expecting a colon to separate"
            + " field name and value",
        "{\"a\": NaN}|doc:1:10|Non-standard token 'NaN'",
        "{\"a\": 01}|doc:1:8|Invalid numeric value: Leading zeroes not allowed",
        "{'a': 1}|doc:1:2|Unexpected character (''' (code 39)): was expecting double-quote to start"
            + " field name",
      })
  void aJsonSyntaxErrorIsOneLineWithLineAndColumn(String text, String field, String problem) {
    InvalidInputException e = refused(Syntax.JSON, text);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(field + ": not valid JSON (got '" + problem + "')", e.getMessage());
  }

  @Test
  void anUnclosedJsonObjectSaysWhereItOpened() {
    InvalidInputException e = refused(Syntax.JSON, "{\"a\": 1,\n \"b\": {\"c\": 2}");
    assertTrue(e.getMessage().startsWith("doc:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1, column 1"), e.getMessage());
  }

  @Test
  void aFileHoldsOneDocument() {
    InvalidInputException yaml = refused(Syntax.YAML, "a: 1\n---\nb: 2\n");
    assertEquals(
        "doc:3:1: a second YAML document; a file holds one (got '---')", yaml.getMessage());
    InvalidInputException json = refused(Syntax.JSON, "{\"a\": 1}\n{\"b\": 2}");
    assertEquals("doc:2:1", json.field());
    assertTrue(json.getMessage().contains("more after the end of the JSON value"));
  }

  @Test
  void invalidUtf8AndControlCharactersAreRefusedWhereTheyAre() {
    byte[] bytes = "a: 1\nb: x\u00e9y\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xFF; // the second byte of é
    InvalidInputException utf8 =
        assertThrows(
            InvalidInputException.class,
            () -> DocumentReader.read(new ByteArrayInputStream(bytes), Syntax.YAML, "doc"));
    assertEquals("doc:2:5: not valid UTF-8 text (got 'byte 0xC3')", utf8.getMessage());
    InvalidInputException control = refused(Syntax.YAML, "a: 1\nb: x\u0001y\n");
    assertEquals(
        "doc:2:5: control character not allowed in YAML (got 'U+0001')", control.getMessage());
    InvalidInputException jsonControl = refused(Syntax.JSON, "{\"a\":\n \"x\u0000\"}");
    assertEquals(
        "doc:2:4: control character not allowed in JSON (got 'U+0000')", jsonControl.getMessage());
  }

  @Test
  void aSyntaxErrorBeforeABadByteIsReportedFirst() {
    InvalidInputException e = refused(Syntax.YAML, "a: {b: 1]\n" + "c: 1\n".repeat(100) + "\u0001");
    assertTrue(e.getMessage().startsWith("doc:1:"), e.getMessage());
  }

  // ---- YAML features refused ------------------------------------------------------------------

  @Test
  void aliasesMergeKeysAndTagsAreRefused() {
    InvalidInputException alias = refused(Syntax.YAML, "base: &b {x: 1}\ncopy: *b\n");
    assertEquals("doc:2:7", alias.field());
    assertEquals("*b", alias.value());
    assertTrue(alias.getMessage().contains("YAML aliases are not supported"), alias.getMessage());
    InvalidInputException merge = refused(Syntax.YAML, "a:\n  <<: {x: 1}\n");
    assertEquals("doc:2:3", merge.field());
    assertTrue(merge.getMessage().contains("merge keys"), merge.getMessage());
    // The message quotes the tag as written, class name and all: no clean-line check here.
    InvalidInputException java =
        assertThrows(InvalidInputException.class, () -> yaml("a: !!java.io.File /etc/passwd\n"));
    assertEquals("!!java.io.File", java.value());
    assertTrue(java.getMessage().contains("YAML tags are not supported"), java.getMessage());
    assertEquals("!custom", refused(Syntax.YAML, "a: !custom 1\n").value());
    assertEquals("!!binary", refused(Syntax.YAML, "a: !!binary aGVsbG8=\n").value());
    assertEquals("!thing", refused(Syntax.YAML, "a: !thing {b: 1}\n").value());
    assertEquals(1, yaml("a: &anchor {x: 1}\n").get("a").get("x").count(), "an unused anchor");
  }

  // ---- Limits ---------------------------------------------------------------------------------

  @Test
  void nestingDeeperThanTheLimit() {
    int max = Limits.DEFAULT.maxDepth();
    assertEquals(Node.Kind.LIST, json("[".repeat(max) + "]".repeat(max)).kind());
    InvalidInputException e = refused(Syntax.JSON, "[".repeat(max + 1) + "]".repeat(max + 1));
    assertEquals("doc:1:65: nested deeper than the limit of 64 levels (got 65)", e.getMessage());
    InvalidInputException yaml =
        refused(Syntax.YAML, "a: " + "[".repeat(max) + "]".repeat(max) + "\n");
    assertEquals(
        "doc:1:" + (3 + max) + ": nested deeper than the limit of 64 levels (got 65)",
        yaml.getMessage());
  }

  @Test
  void textLongerThanTheLimit() {
    int max = Limits.DEFAULT.maxTextLength();
    assertEquals(max, yaml("a: " + "x".repeat(max) + "\n").get("a").text().length());
    for (Syntax syntax : Syntax.values()) {
      String value = "x".repeat(max + 1);
      String text = syntax == Syntax.YAML ? "a: " + value : "{\"a\": \"" + value + "\"}";
      InvalidInputException e = refused(syntax, text);
      assertTrue(
          e.getMessage().endsWith(": text longer than the limit of 100000 characters (got 100001)"),
          e.getMessage());
      assertTrue(e.field().startsWith("doc:1:"), e.getMessage());
      String key = syntax == Syntax.YAML ? value + ": 1" : "{\"" + value + "\": 1}";
      assertTrue(refused(syntax, key).getMessage().contains("text longer than the limit"));
    }
  }

  /**
   * A YAML line beyond the line limit is refused as its bytes arrive, long before the scanner has
   * built the value: a 50 MB one-line description took over ten minutes to reach the text limit.
   */
  @Test
  void aYamlLineLongerThanTheLimitIsRefusedAsItArrives() {
    int max = Limits.DEFAULT.maxLineLength();
    String line = "a: \"" + "x".repeat(5 * max) + "\"\n";
    InvalidInputException e = refused(Syntax.YAML, "b: 1\n" + line);
    assertEquals(
        "doc:2:"
            + (max + 1)
            + ": line longer than the limit of "
            + max
            + " characters; write long text across lines, or as JSON (got 'line 2')",
        e.getMessage());
    // JSON may be written on one line: its text limit applies as the string is read.
    InvalidInputException json = refused(Syntax.JSON, "{\"a\": \"" + "x".repeat(5 * max) + "\"}");
    assertTrue(json.getMessage().contains("text longer than the limit"), json.getMessage());
  }

  @Test
  void numbersLongerThanTheLimit() {
    String digits = "1".repeat(Limits.DEFAULT.maxNumberLength());
    assertEquals(digits, yaml("a: " + digits).get("a").scalarText());
    assertEquals(digits, json("{\"a\": " + digits + "}").get("a").scalarText());
    for (Syntax syntax : Syntax.values()) {
      String number = digits + "1";
      String text = syntax == Syntax.YAML ? "a: " + number : "{\"a\": " + number + "}";
      InvalidInputException e = refused(syntax, text);
      assertTrue(
          e.getMessage().endsWith(": number longer than the limit of 1000 digits (got 1001)"),
          e.getMessage());
      // Short to write, a billion digits to print.
      String huge = syntax == Syntax.YAML ? "a: 1.0e+999999999" : "{\"a\": 1.0e999999999}";
      assertTrue(
          refused(syntax, huge).getMessage().contains("number longer than the limit of 1000"));
    }
    assertEquals(
        new BigDecimal("1.7e308"), json("{\"a\": 1.7e308}").get("a").number(), "a large double");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(Limits.DEFAULT.maxBytes() + 1); // sparse: no disk is used
    }
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DocumentReader.read(big, "case file"));
    assertEquals(
        "case file: larger than the limit of 128 MiB for a file Anxin reads (got '" + big + "')",
        e.getMessage());
  }

  @Test
  void aStreamLargerThanTheLimitIsStoppedWhileReading() {
    Limits small = new Limits(1000, 64, 100_000, 1_000);
    byte[] text = ("a:\n" + "  - x\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> DocumentReader.read(new ByteArrayInputStream(text), Syntax.YAML, "doc", small));
    assertEquals(
        "doc: larger than the limit of 1000 bytes for a file Anxin reads (got 'more than 1000"
            + " bytes')",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1, 1));
  }

  // ---- Files ----------------------------------------------------------------------------------

  @Test
  void aFileIsReadByItsExtension(@TempDir Path dir) throws IOException {
    Path yamlFile = dir.resolve("a.YML");
    Files.writeString(yamlFile, "a: 1\n", StandardCharsets.UTF_8);
    assertEquals(1, DocumentReader.read(yamlFile, "catalog").get("a").count());
    Path jsonFile = dir.resolve("a.json");
    Files.writeString(jsonFile, "{\"a\": 1}", StandardCharsets.UTF_8);
    assertEquals(1, DocumentReader.read(jsonFile, "catalog").get("a").count());
    assertEquals("catalog", DocumentReader.read(jsonFile, "catalog").where());
    Path syntaxError = dir.resolve("b.json");
    Files.writeString(syntaxError, "{\"a\": 1", StandardCharsets.UTF_8);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DocumentReader.read(syntaxError, "x"));
    assertTrue(e.getMessage().startsWith(syntaxError + ":1:"), e.getMessage());
  }

  @Test
  void theFileItselfIsNamedWhenItCannotBeRead(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("none.yaml");
    assertEquals(
        "scenario: no such file (got '" + missing + "')",
        assertThrows(InvalidInputException.class, () -> DocumentReader.read(missing, "scenario"))
            .getMessage());
    Path inMissingDir = dir.resolve("no-dir").resolve("x.json");
    assertEquals(
        "scenario: no such file (got '" + inMissingDir + "')",
        assertThrows(
                InvalidInputException.class, () -> DocumentReader.read(inMissingDir, "scenario"))
            .getMessage());
    assertEquals(
        "scenario: is a directory, not a file (got '" + dir + "')",
        assertThrows(InvalidInputException.class, () -> DocumentReader.read(dir, "scenario"))
            .getMessage());
    Path txt = dir.resolve("notes.txt");
    Files.writeString(txt, "a: 1\n", StandardCharsets.UTF_8);
    assertEquals(
        "scenario: must end in .yaml, .yml or .json (got '" + txt + "')",
        assertThrows(InvalidInputException.class, () -> DocumentReader.read(txt, "scenario"))
            .getMessage());
  }

  @Test
  void aMissingOrBrokenResourceIsABug() {
    assertThrows(
        IllegalStateException.class, () -> DocumentReader.resource(getClass(), "none.yaml"));
  }

  // ---- Messages of the mapping ----------------------------------------------------------------

  @Test
  void shownValuesAreOneLineAndShort() {
    Node root = yaml("a: \"two\\nlines\"\nb: [1, {c: x}]\nd: " + "y".repeat(300) + "\n");
    assertEquals("two\\nlines", root.get("a").shown());
    assertEquals("[1,{\"c\":\"x\"}]", root.get("b").shown());
    assertEquals(101, root.get("d").shown().length(), "100 characters and an ellipsis");
  }

  @Test
  void oneLineEscapesAValueQuotedByAMappingError() {
    InvalidInputException e =
        DocumentReader.oneLine(new InvalidInputException("kind", "res\nale", "unknown deal kind"));
    // InvalidInputException escapes its message itself: oneLine has nothing left to do.
    assertEquals("kind: unknown deal kind (got 'res\\nale')", e.getMessage());
    InvalidInputException unquoted =
        DocumentReader.oneLine(new InvalidInputException("a\nb", 5, "must be small"));
    assertEquals("a\\nb: must be small (got 5)", unquoted.getMessage());
    InvalidInputException clean = new InvalidInputException("a", "b", "c");
    assertTrue(clean == DocumentReader.oneLine(clean), "a one-line message stays as it is");
  }
}
