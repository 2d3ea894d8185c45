package org.anxin.guarantees.document;

import com.google.common.util.concurrent.Uninterruptibles;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.anxin.domain.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.tokens.Token;

/**
 * SnakeYAML's scanner, run on a thread of its own: the reading thread's parser takes the tokens it
 * scanned ahead. Scanning is about half of the time it takes to read a large YAML file (a 58 MB
 * case file of 100,000 deals), and a machine has a second core for it.
 *
 * <p>Nothing else changes. The scanner is SnakeYAML's own, asked for its tokens one by one the way
 * SnakeYAML's parser asks for them (each token is looked at, which scans as far as it takes to know
 * it, then taken), so it scans the same way; its tokens, and its failure when it fails, are handed
 * over in their order, the failure as the very object the scanner threw, where the parser would
 * have met it. The one thing the reading thread sees of the input itself is whether the input had
 * refused a byte ({@link Utf8Input#raised()}) by the time the scanner produced the token the parser
 * last looked at; that is what {@link #raised()} says, so that the reader reports what it reported
 * reading on one thread, however far ahead the scanner has read by then.
 *
 * <p>The scanning thread is a daemon and ends at the end of the stream, at the scanner's failure,
 * or when {@link #close()} stops it.
 */
final class ReadAhead implements Runnable, Scanner {

  /** Tokens handed over at a time: enough to make the hand-over cheap. */
  private static final int BATCH = 512;

  /** Batches scanned ahead at most: bounds the memory the tokens hold. */
  private static final int AHEAD = 16;

  /**
   * Tokens in order; {@code raisedFrom} is the first of them produced after the input had raised a
   * problem ({@code count} when none was). The last batch of a scanner that failed carries its
   * failure, thrown after its tokens.
   */
  private static final class Batch {
    final Token[] tokens;
    final int count;
    final int raisedFrom;
    final Throwable failure;
    final boolean failureRaised;

    Batch(Token[] tokens, int count, int raisedFrom, Throwable failure, boolean failureRaised) {
      this.tokens = tokens;
      this.count = count;
      this.raisedFrom = raisedFrom;
      this.failure = failure;
      this.failureRaised = failureRaised;
    }
  }

  private final Scanner source;
  private final Utf8Input input;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread thread;
  private volatile boolean stopped;
  // The scanner's failure, also kept here in case it could not be queued (out of memory).
  private volatile Throwable failure;
  private volatile boolean failureRaised;

  // The parser's side, used by the reading thread only.
  private Batch current;
  private int next;
  private boolean raised;

  ReadAhead(Scanner source, Utf8Input input) {
    this.source = source;
    this.input = input;
    this.thread = new Thread(this, "anxin-yaml-scanner");
    thread.setDaemon(true);
  }

  /** Starts scanning ahead. */
  ReadAhead start() {
    thread.start();
    return this;
  }

  // ---- The scanning thread ----------------------------------------------------------------------

  @Override
  public void run() {
    Token[] tokens = new Token[BATCH];
    int count = 0;
    int raisedFrom = -1;
    try {
      while (!stopped) {
        Token token = source.peekToken(); // scans as far as it takes to know the next token
        source.getToken();
        if (raisedFrom < 0 && input.raised() != null) {
          raisedFrom = count;
        }
        tokens[count++] = token;
        boolean end = token.getTokenId() == Token.ID.StreamEnd;
        if (count == BATCH || end) {
          hand(new Batch(tokens, count, raisedFrom < 0 ? count : raisedFrom, null, false));
          if (end) {
            return;
          }
          tokens = new Token[BATCH];
          raisedFrom = raisedFrom < 0 ? -1 : 0;
          count = 0;
        }
      }
    } catch (Throwable e) { // the scanner's failure, whatever it is, is the reader's to report
      failureRaised = input.raised() != null;
      failure = e;
      hand(new Batch(tokens, count, raisedFrom < 0 ? count : raisedFrom, e, failureRaised));
    }
  }

  private void hand(Batch batch) {
    try {
      while (!stopped && !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        // the parser is busy: wait for room, or to be stopped
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }

  // ---- The parser's side: SnakeYAML's Scanner -------------------------------------------------

  @Override
  public boolean checkToken(Token.ID... choices) {
    Token token = look();
    if (token == null) {
      return false;
    }
    if (choices.length == 0) {
      return true;
    }
    for (Token.ID choice : choices) {
      if (token.getTokenId() == choice) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean checkToken(Token.ID choice) {
    Token token = look();
    return token != null && token.getTokenId() == choice;
  }

  @Override
  public Token peekToken() {
    Token token = look();
    if (token == null) {
      throw new IndexOutOfBoundsException("no token after the end of the stream");
    }
    return token;
  }

  @Override
  public Token getToken() {
    Token token = peekToken();
    next++;
    return token;
  }

  /**
   * Does nothing. The parser calls it at the start of each document, to restart the count of code
   * points the scanner checks against {@code LoaderOptions.getCodePointLimit()}; the scanner, far
   * ahead, could not restart it at that point. It is run ahead only without that limit ({@link
   * #runsAhead}), so the count checks nothing.
   */
  @Override
  public void resetDocumentIndex() {
    // nothing to restart: see above
  }

  /** Whether a scanner with these options may run ahead: one whose code points are not counted. */
  static boolean runsAhead(LoaderOptions options) {
    return options.getCodePointLimit() == Integer.MAX_VALUE;
  }

  /**
   * The next token, not taken; null after the end of the stream.
   *
   * @throws RuntimeException the scanner's failure, where it failed
   * @throws Error the scanner's failure, where it failed
   */
  private Token look() {
    while (current == null || next == current.count) {
      if (current != null && current.failure != null) {
        raised = current.failureRaised;
        throw thrown(current.failure);
      }
      if (current != null && current.tokens[current.count - 1].getTokenId() == Token.ID.StreamEnd) {
        return null;
      }
      current = nextBatch();
      next = 0;
    }
    raised = next >= current.raisedFrom;
    return current.tokens[next];
  }

  private Batch nextBatch() {
    while (true) {
      Batch batch = poll();
      if (batch != null) {
        return batch;
      }
      // A failure the scanner could not queue: once it has ended, nothing else will come.
      Throwable e = failure;
      if (e != null && !thread.isAlive() && queue.isEmpty()) {
        raised = failureRaised;
        throw thrown(e);
      }
    }
  }

  /**
   * A batch, waiting a little for one. Reading on one thread was deaf to interrupts, and so is
   * this: an interrupt is kept for the caller to see afterwards.
   */
  private Batch poll() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return queue.poll(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The scanner's failure, to be thrown as it is. */
  private static RuntimeException thrown(Throwable e) {
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("the YAML scanner failed", e);
  }

  /**
   * What the input had refused by the time the scanner produced the token the parser last looked
   * at, or failed; null when it had refused nothing by then.
   */
  InvalidInputException raised() {
    return raised ? input.raised() : null;
  }

  /** Stops scanning ahead and waits briefly for the scanning thread to end. */
  void close() {
    stopped = true;
    queue.clear();
    if (thread.isAlive() && thread != Thread.currentThread()) {
      thread.interrupt();
      Uninterruptibles.joinUninterruptibly(thread, 1, TimeUnit.SECONDS);
    }
  }
}
