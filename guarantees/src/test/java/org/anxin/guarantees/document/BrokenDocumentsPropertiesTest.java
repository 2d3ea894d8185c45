package org.anxin.guarantees.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.CaseFormat;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.testing.BrokenInputs;
import org.anxin.guarantees.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a case file or a catalog is broken into, reading it either succeeds or fails with an
 * {@link InvalidInputException} whose message is one line and names nothing of the parser or the
 * JDK; nothing else is ever thrown.
 */
class BrokenDocumentsPropertiesTest {

  private record Sample(String name, byte[] bytes) {
    CaseFormat format() {
      return CaseFormat.of(Path.of(name));
    }
  }

  private static final List<Sample> CASE_FILES =
      List.of(
          example("swap-cancellation.yaml"),
          example("swap-cancellation.json"),
          example("pre-signing-seizure.yaml"),
          example("fee-arrears.yaml"));

  private static final byte[] CATALOG_YAML = catalogYaml();
  private static final byte[] CATALOG_JSON = catalogJson();

  private static Sample example(String name) {
    try {
      return new Sample(name, Files.readAllBytes(TestCases.EXAMPLES.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] catalogYaml() {
    try (InputStream in = Catalog.class.getResourceAsStream(Catalog.BUILT_IN_RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] catalogJson() {
    try {
      return new ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(new YAMLMapper().readTree(CATALOG_YAML));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code read}; only a clean one-line {@link InvalidInputException} may come out. */
  static void assertReadsOrRefusesCleanly(Runnable read, byte[] input) {
    try {
      read.run();
    } catch (InvalidInputException e) {
      String message = e.getMessage();
      assertFalse(
          message.matches("(?s).*[\\n\\r\\u0085\\u2028\\u2029].*"),
          () -> "a line break in: " + message + "\ninput:\n" + text(input));
      assertFalse(
          BrokenInputs.MACHINERY.matcher(message).find(),
          () -> "machinery in: " + message + "\ninput:\n" + text(input));
    } catch (RuntimeException | Error e) {
      fail("threw " + e + " for:\n" + text(input), e);
    }
  }

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  @Test
  void aBrokenCaseFileIsReadOrRefusedInOneCleanLine() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Sample sample = CASE_FILES.get((int) Math.floorMod(seed, (long) CASE_FILES.size()));
              byte[] broken = BrokenInputs.broken(sample.bytes(), seed);
              assertReadsOrRefusesCleanly(
                  () -> CaseFile.read(new ByteArrayInputStream(broken), sample.format()), broken);
            });
  }

  @Test
  void aBrokenCatalogIsReadOrRefusedInOneCleanLine(@TempDir Path dir) {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] yaml = BrokenInputs.broken(CATALOG_YAML, seed);
              assertReadsOrRefusesCleanly(() -> Catalog.read(new ByteArrayInputStream(yaml)), yaml);
              byte[] json = BrokenInputs.broken(CATALOG_JSON, seed);
              Path file = dir.resolve("catalog.json");
              try {
                Files.write(file, json);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertReadsOrRefusesCleanly(() -> Catalog.load(file), json);
            });
  }

  @Test
  void anyBytesAreReadOrRefusedInOneCleanLineInBothSyntaxes() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Sample sample = CASE_FILES.get((int) Math.floorMod(seed, (long) CASE_FILES.size()));
              byte[] broken = BrokenInputs.broken(sample.bytes(), seed);
              for (Syntax syntax : Syntax.values()) {
                assertReadsOrRefusesCleanly(
                    () -> DocumentReader.read(new ByteArrayInputStream(broken), syntax, "doc"),
                    broken);
              }
            });
  }
}
