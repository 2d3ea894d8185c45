package org.anxin.guarantees.catalog;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.document.DocumentReader;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.guarantees.document.Syntax;

/**
 * A versioned set of guarantees: the built-in "Shanghai, 18" ({@link #builtIn()}) or a city's own
 * file ({@link #load(Path)}). Immutable; the order of {@link #guarantees()} is the file's.
 */
public final class Catalog {

  /** The classpath resource of the built-in catalog. */
  public static final String BUILT_IN_RESOURCE = "shanghai-18.yaml";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private final String id;
  private final String version;
  private final String description;
  private final List<Guarantee> guarantees;
  private final Map<GuaranteeCode, Guarantee> byCode;

  /**
   * @param id a short lowercase id, e.g. {@code shanghai-18}
   * @param version the version of the terms, e.g. {@code 2026.1}
   * @param description what the catalog is, in a sentence (may be empty)
   * @param guarantees at least one guarantee, each code at most once
   * @throws InvalidInputException naming the field when any of these is not so
   */
  public Catalog(String id, String version, String description, List<Guarantee> guarantees) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "id", id, "must be a lowercase id of letters, digits, '.', '_' or '-'");
    }
    if (version == null || version.isBlank()) {
      throw new InvalidInputException("version", version, "must not be empty");
    }
    this.id = id;
    this.version = version.strip();
    this.description = Objects.requireNonNullElse(description, "").strip();
    this.guarantees = List.copyOf(guarantees);
    if (this.guarantees.isEmpty()) {
      throw new InvalidInputException("guarantees", "[]", "must list at least one guarantee");
    }
    EnumMap<GuaranteeCode, Guarantee> map = new EnumMap<>(GuaranteeCode.class);
    for (int i = 0; i < this.guarantees.size(); i++) {
      Guarantee guarantee = this.guarantees.get(i);
      if (map.put(guarantee.code(), guarantee) != null) {
        throw new InvalidInputException(
            "guarantees[" + i + "].code", guarantee.code().name(), "duplicate guarantee code");
      }
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  /** The built-in catalog, "Shanghai, 18" (DESIGN.md §5). */
  public static Catalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /**
   * Reads and validates a catalog file, YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}),
   * with {@link DocumentReader}'s rules and limits.
   *
   * @throws InvalidInputException naming the field and the value for anything wrong in the file,
   *     the file, line and column of a syntax error, or the file when it cannot be read
   */
  public static Catalog load(Path file) {
    return CatalogReader.read(DocumentReader.read(file, "catalog"));
  }

  /**
   * Reads and validates a catalog from a stream of UTF-8 YAML (JSON reads as YAML too); the stream
   * is not closed.
   *
   * @throws InvalidInputException naming the field and the value for anything wrong in it
   */
  public static Catalog read(InputStream in) {
    return CatalogReader.read(DocumentReader.read(in, Syntax.YAML, "catalog"));
  }

  /**
   * Reads and validates a catalog from its text, in the syntax the text names (e.g. a catalog file
   * shipped to the tasks of a cluster).
   *
   * @throws InvalidInputException naming the field and the value for anything wrong in it
   */
  public static Catalog read(DocumentText document) {
    return CatalogReader.read(document.read("catalog"));
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String description() {
    return description;
  }

  /** The guarantees in the file's order. */
  public List<Guarantee> guarantees() {
    return guarantees;
  }

  /** Whether this catalog offers the guarantee. */
  public boolean offers(GuaranteeCode code) {
    return byCode.containsKey(code);
  }

  /** The guarantee with this code, if the catalog offers it. */
  public Optional<Guarantee> find(GuaranteeCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The guarantee with this code.
   *
   * @throws InvalidInputException when the catalog does not offer it
   */
  public Guarantee get(GuaranteeCode code) {
    Guarantee guarantee = byCode.get(code);
    if (guarantee == null) {
      throw new InvalidInputException(
          "guarantee", code.name(), "not offered by catalog " + id + " " + version);
    }
    return guarantee;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Catalog other
        && id.equals(other.id)
        && version.equals(other.version)
        && description.equals(other.description)
        && guarantees.equals(other.guarantees);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, description, guarantees);
  }

  @Override
  public String toString() {
    return "Catalog[" + id + " " + version + ", " + guarantees.size() + " guarantees]";
  }

  /** Loaded on first use; a broken built-in file is a bug, not a user error. */
  private static final class BuiltIn {
    static final Catalog CATALOG = loadBuiltIn();

    private static Catalog loadBuiltIn() {
      return CatalogReader.read(DocumentReader.resource(Catalog.class, BUILT_IN_RESOURCE));
    }
  }
}
