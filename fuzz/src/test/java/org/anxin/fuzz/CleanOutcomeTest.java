package org.anxin.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The property the fuzz tests check bites: every kind of unclean message is caught. */
class CleanOutcomeTest {

  private static final byte[] INPUT = "case: x".getBytes(StandardCharsets.UTF_8);

  @Test
  void aResultOrACleanRefusalPasses() throws Exception {
    assertEquals("ok", CleanOutcome.check(INPUT, () -> "ok"));
    assertNull(
        CleanOutcome.check(
            INPUT,
            () -> {
              throw new InvalidInputException("case", "x\ny", "must be an id");
            }));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "two\nlines",
        "a\rreturn",
        "a raw \u001b[31m escape",
        "a NEL \u0085 break",
        "a line separator \u2028",
        "a bidi override \u202e",
        "com.fasterxml.jackson.core.JsonParseException: Unexpected character",
        "x: not valid (got 'org.yaml.snakeyaml.error.MarkedYAMLException')",
        "x: cannot be read: java.nio.charset.MalformedInputException",
        "x: Cannot deserialize value (Source: REDACTED)",
        "x: bad [Source: (String)\"a\"; line: 1, column: 2]",
        "x: DateTimeException",
        "\tat org.anxin.Foo.bar(Foo.java:1)",
      })
  void anUncleanMessageIsCaught(String message) {
    assertNotNull(CleanOutcome.problem(message, "case: x"), message);
  }

  @Test
  void aLongMessageIsCaught() {
    assertNotNull(CleanOutcome.problem("x".repeat(CleanOutcome.MAX_MESSAGE + 1), ""));
  }

  @Test
  void anEscapeDoesNotJoinTheTextAfterItIntoAName() {
    assertNull(
        CleanOutcome.problem(
            "c.csv line 1, column 1: unknown column (got '\\u000com.fasterxmla')",
            "\fom.fasterxmla"));
  }

  @Test
  void aKeyNamedSourceIsTheUsersOwnText() {
    assertNull(
        CleanOutcome.problem(
            "Source: unknown field; expected one of case (got 'Source')", "Source:"));
  }

  @Test
  void anEscapeCountsAsTheOneCharacterItStandsFor() {
    String escaped = "x: bad (got '" + "\\u007f".repeat(1_000) + "')";
    assertNull(CleanOutcome.problem(escaped, ""));
  }

  @Test
  void aNameTheInputHoldsIsTheUsersOwnText() {
    assertNull(
        CleanOutcome.problem(
            "parties[0].name: unknown (got 'NoSuchException')", "name: NoSuchException"));
    assertNull(
        CleanOutcome.problem(
            "case file: must be a mapping (got 'x\\nJsonParseException')",
            "x\nJsonParseException"));
    assertNull(
        CleanOutcome.problem(
            "deals[0].id: must be an id (got 'com.fasterxml')", "id: com.fasterxml"));
  }

  /** A refusal whose message bypasses the escaping of {@link InvalidInputException}. */
  private static final class RawMessage extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final String raw;

    RawMessage(String raw) {
      super("case", "", "");
      this.raw = raw;
    }

    @Override
    public String getMessage() {
      return raw;
    }
  }

  @Test
  void anUncleanRefusalFailsTheInputAndAnyOtherExceptionPropagates() {
    assertThrows(
        AssertionError.class,
        () ->
            CleanOutcome.check(
                INPUT,
                () -> {
                  throw new RawMessage("case: bad\nline");
                }));
    UncheckedIOException other = new UncheckedIOException(new java.io.IOException("disk"));
    assertSame(
        other,
        assertThrows(
            UncheckedIOException.class,
            () ->
                CleanOutcome.check(
                    INPUT,
                    () -> {
                      throw other;
                    })));
  }
}
