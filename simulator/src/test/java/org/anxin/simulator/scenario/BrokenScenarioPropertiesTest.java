package org.anxin.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a scenario file is broken into, loading it either succeeds or fails with an {@link
 * InvalidInputException} whose message is one line and names nothing of the parser, the binder or
 * the JDK; nothing else is ever thrown. (The same property as the guarantees module's for case
 * files and catalogs, with its own small generator of broken files.)
 */
class BrokenScenarioPropertiesTest {

  private static final Pattern MACHINERY =
      Pattern.compile(
          "com\\.fasterxml|org\\.yaml|(?i:snakeyaml|jackson)|JsonParseException"
              + "|MarkedYAMLException|java\\.(?:io|nio|lang|util)|Exception\\b|Source:"
              + "|StreamReadConstraints|JsonReadFeature|DeserializationFeature|org\\.anxin");

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
    "!x ",
    "|",
    ">",
    "- ",
    "#",
    "\t",
    "\n",
    "\r",
    " ",
    "\\n",
    "\u0000",
    "\u0085",
    "\uFEFF",
    "---\n",
    "<<: ",
    "~",
    "null",
    "dist: ",
    "1e999999999",
    "-1",
    "1.5",
    "true",
    "\"x\"",
    "[1, 2]",
    "{}",
    "é",
    "\n  ",
    "  "
  };

  private static final List<byte[]> VALID =
      List.of(
          resource("shanghai-default.yaml"),
          resource("shanghai-credit-squeeze.yaml"),
          ("name: small\nbook: {deals: 500, resale: {price: {dist: fixed, value: 3000000}}}\n"
                  + "risks: {leak: {probability: 0.5}}\nstress: {regime: creditSqueeze}\n")
              .getBytes(StandardCharsets.UTF_8));

  private static final byte[] DEFAULT_JSON = json(VALID.get(0));

  private static byte[] resource(String name) {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] json(byte[] yaml) {
    try {
      return new ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(new YAMLMapper().readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aBrokenScenarioIsLoadedOrRefusedInOneCleanLine(@TempDir Path dir) {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] valid = VALID.get((int) Math.floorMod(seed, (long) VALID.size()));
              byte[] yaml = broken(valid, seed);
              Path yamlFile = write(dir.resolve("s.yaml"), yaml);
              assertLoadsOrRefusesCleanly(yamlFile, yaml);
              byte[] json = broken(DEFAULT_JSON, seed);
              assertLoadsOrRefusesCleanly(write(dir.resolve("s.json"), json), json);
            });
  }

  private static void assertLoadsOrRefusesCleanly(Path file, byte[] input) {
    try {
      ScenarioLoader.load(file);
    } catch (InvalidInputException e) {
      String message = e.getMessage();
      assertFalse(
          message.matches("(?s).*[\\n\\r\\u0085\\u2028\\u2029].*"),
          () -> "a line break in: " + message + "\ninput:\n" + text(input));
      assertFalse(
          MACHINERY.matcher(message).find(),
          () -> "machinery in: " + message + "\ninput:\n" + text(input));
    } catch (RuntimeException | Error e) {
      fail("threw " + e + " for:\n" + text(input), e);
    }
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** {@code valid} truncated, with bytes replaced, removed or inserted, or lines repeated. */
  private static byte[] broken(byte[] valid, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = valid;
    for (int times = 1 + random.nextInt(4); times > 0 && bytes.length > 0; times--) {
      int at = random.nextInt(bytes.length);
      byte[] nasty = NASTY[random.nextInt(NASTY.length)].getBytes(StandardCharsets.UTF_8);
      bytes =
          switch (random.nextInt(6)) {
            case 0 -> Arrays.copyOf(bytes, at);
            case 1 -> {
              byte[] copy = bytes.clone();
              copy[at] = (byte) random.nextInt(256);
              yield copy;
            }
            case 2 -> splice(bytes, at, 1 + random.nextInt(10), new byte[0]);
            case 3 -> splice(bytes, at, 1, nasty);
            case 4 -> repeatLine(bytes, random);
            default -> splice(bytes, at, 0, nasty);
          };
    }
    return bytes;
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    int end = Math.min(bytes.length, at + remove);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
    out.write(bytes, 0, at);
    out.write(insert, 0, insert.length);
    out.write(bytes, end, bytes.length - end);
    return out.toByteArray();
  }

  private static byte[] repeatLine(byte[] bytes, SplittableRandom random) {
    List<String> lines =
        new ArrayList<>(
            Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    int line = random.nextInt(lines.size());
    lines.add(line, lines.get(line));
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }
}
