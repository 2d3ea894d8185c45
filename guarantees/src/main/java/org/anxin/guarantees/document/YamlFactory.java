package org.anxin.guarantees.document;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;

/**
 * Jackson's YAML factory, whose parsers remember what the plain words they have read were.
 *
 * <p>For every plain scalar, Jackson's parser asks SnakeYAML's resolver what the word is — a
 * number, a boolean, null, or text — by matching it against regular expressions; in a case file
 * most of that time goes to dates ({@code 2020-01-13} is tried as a float, an integer and a
 * timestamp), and the same few dates recur on every deal. Each parser keeps the plain words it has
 * already read as text, a boolean or null, and reads them so again at once: the resolver's answer
 * for a word never changes. Everything else, and every word the first time, goes through Jackson
 * unchanged, so the values, tokens and messages are Jackson's own.
 */
final class YamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  YamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader in, IOContext context) throws IOException {
    return new Parser(
        context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, in, null);
  }

  /**
   * A parser of {@code in} as {@link #createParser(Reader)} makes it, whose SnakeYAML scanner runs
   * ahead on a thread of its own ({@link ReadAhead}); closing the parser stops that thread.
   */
  Parser createReadAheadParser(Utf8Input in) throws IOException {
    IOContext context = _createContext(_createContentReference(in), false);
    LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
    if (!ReadAhead.runsAhead(options)) {
      return (Parser) _createParser(in, context);
    }
    // What Jackson's parser makes, new ParserImpl(new StreamReader(in), options), with the
    // scanner that constructor makes moved to the thread.
    ReadAhead ahead = new ReadAhead(new ScannerImpl(new StreamReader(in), options), in);
    return new Parser(
        context,
        _parserFeatures,
        _yamlParserFeatures,
        _objectCodec,
        in,
        new ParserImpl(ahead),
        ahead.start());
  }

  /** A YAML parser that reads a plain word it has read as text before as text again. */
  static final class Parser extends YAMLParser {

    /** Words longer than this seldom recur. */
    private static final int MAX_LENGTH = 32;

    private static final int SLOTS = 1 << 10;

    // The words last read as text, a boolean or null, one per slot of their hash, with the token
    // they were: the ones that recur stay (a case file's few dates), the ones read once (its
    // thousands of ids) pass through. Numbers are not kept: Jackson keeps more state for them.
    private final String[] words = new String[SLOTS];
    private final JsonToken[] tokens = new JsonToken[SLOTS];

    private final ReadAhead ahead;

    Parser(
        IOContext context,
        int parserFeatures,
        int yamlFeatures,
        LoaderOptions loaderOptions,
        ObjectCodec codec,
        Reader in,
        ReadAhead ahead) {
      super(context, parserFeatures, yamlFeatures, loaderOptions, codec, in);
      this.ahead = ahead;
    }

    Parser(
        IOContext context,
        int parserFeatures,
        int yamlFeatures,
        ObjectCodec codec,
        Reader in,
        ParserImpl events,
        ReadAhead ahead) {
      super(context, parserFeatures, yamlFeatures, codec, in, events);
      this.ahead = ahead;
    }

    /** The scanner run ahead, when it is. */
    ReadAhead ahead() {
      return ahead;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (ahead != null) {
          ahead.close();
        }
      }
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      String value = scalar.getValue();
      // Only a plain scalar without a tag is resolved by its text alone.
      boolean plainWord =
          scalar.getTag() == null
              && scalar.getImplicit().canOmitTagInPlainScalar()
              && !value.isEmpty()
              && value.length() <= MAX_LENGTH;
      int slot = value.hashCode() & (SLOTS - 1);
      if (plainWord && value.equals(words[slot])) {
        // Exactly what Jackson left the last time it read this word.
        _textValue = value;
        _cleanedTextValue = null;
        return tokens[slot];
      }
      JsonToken token = super._decodeScalar(scalar);
      boolean word =
          token == JsonToken.VALUE_STRING
              || token == JsonToken.VALUE_TRUE
              || token == JsonToken.VALUE_FALSE
              || token == JsonToken.VALUE_NULL;
      if (plainWord && word && _cleanedTextValue == null && value.equals(_textValue)) {
        words[slot] = value;
        tokens[slot] = token;
      }
      return token;
    }
  }
}
