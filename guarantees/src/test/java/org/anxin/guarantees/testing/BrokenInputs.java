package org.anxin.guarantees.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Broken versions of valid files for property tests: truncated, with bytes replaced, deleted or
 * inserted (YAML's and JSON's special characters, malformed UTF-8, control characters), with lines
 * duplicated (duplicated keys) or swapped; always the same for the same seed.
 */
public final class BrokenInputs {

  /** What a message must never show: the parsers' and the JDK's names and dumps. */
  public static final Pattern MACHINERY =
      Pattern.compile(
          "com\\.fasterxml|org\\.yaml|(?i:snakeyaml|jackson)|JsonParseException"
              + "|MarkedYAMLException|java\\.(?:io|nio|lang|util)|Exception\\b|Source:"
              + "|StreamReadConstraints|JsonReadFeature|DeserializationFeature");

  private static final String[] NASTY = {
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    ",",
    "'",
    "\"",
    "&a ",
    "*a",
    "!",
    "!!python/object ",
    "!x ",
    "|",
    ">",
    "- ",
    "#",
    "%",
    "@",
    "\t",
    "\n",
    "\r",
    " ",
    "\\",
    "\\n",
    "\u0000",
    "\u0001",
    "\u0085",
    "\uFEFF",
    "\u2028",
    "---\n",
    "...\n",
    "<<: ",
    "~",
    "null",
    "1e999999999",
    "0x",
    "-1",
    "é",
    "名",
    "\"\\u0000\"",
    "?",
    "  ",
    "\n  "
  };

  private static final byte[][] RAW = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xE5}};

  private BrokenInputs() {}

  /** {@code valid}, broken one to four times in the ways of {@code seed}. */
  public static byte[] broken(byte[] valid, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = valid;
    int times = 1 + random.nextInt(4);
    for (int i = 0; i < times && bytes.length > 0; i++) {
      bytes = once(bytes, random);
    }
    return bytes;
  }

  private static byte[] once(byte[] bytes, SplittableRandom random) {
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(7)) {
      case 0 -> Arrays.copyOf(bytes, at);
      case 1 -> {
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        yield copy;
      }
      case 2 -> splice(bytes, at, 1 + random.nextInt(10), new byte[0]);
      case 3 -> splice(bytes, at, random.nextInt(2), nasty(random));
      case 4 -> {
        List<String> lines = lines(bytes);
        int line = random.nextInt(lines.size());
        lines.add(line, lines.get(line));
        yield join(lines);
      }
      case 5 -> {
        List<String> lines = lines(bytes);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String kept = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, kept);
        yield join(lines);
      }
      default -> splice(bytes, at, 0, nasty(random));
    };
  }

  private static byte[] nasty(SplittableRandom random) {
    int pick = random.nextInt(NASTY.length + RAW.length);
    return pick < NASTY.length
        ? NASTY[pick].getBytes(StandardCharsets.UTF_8)
        : RAW[pick - NASTY.length].clone();
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    int end = Math.min(bytes.length, at + remove);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
    out.write(bytes, 0, at);
    out.write(insert, 0, insert.length);
    out.write(bytes, end, bytes.length - end);
    return out.toByteArray();
  }

  private static List<String> lines(byte[] bytes) {
    return new ArrayList<>(
        Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
  }

  private static byte[] join(List<String> lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }
}
