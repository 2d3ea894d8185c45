package org.anxin.domain.chain;

import java.util.Arrays;

/**
 * Which deals of a funding graph lie on a cycle (two owners swapping homes, or a longer ring):
 * Tarjan's strongly connected components, iterative so that a chain of any length fits the stack.
 */
final class FundingCycles {

  private FundingCycles() {}

  /** {@code onCycle[i]}: deal {@code i} can reach itself along funding links. */
  static boolean[] onCycle(FundingGraph graph) {
    int n = graph.size();
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int[] callStack = new int[n];
    int[] nextEdge = new int[n];
    Arrays.fill(index, -1);
    boolean[] onCycle = new boolean[n];
    int counter = 0;
    int top = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callStack[depth++] = root;
      index[root] = low[root] = counter++;
      stack[top++] = root;
      onStack[root] = true;
      nextEdge[root] = graph.outStart(root);
      while (depth > 0) {
        int v = callStack[depth - 1];
        if (nextEdge[v] < graph.outStart(v + 1)) {
          int w = graph.purchase(graph.outLink(nextEdge[v]++));
          if (w == v) {
            onCycle[v] = true;
          }
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = true;
            nextEdge[w] = graph.outStart(w);
            callStack[depth++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int parent = callStack[depth - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          int size = 0;
          int first = top;
          int w;
          do {
            w = stack[--top];
            onStack[w] = false;
            size++;
          } while (w != v);
          if (size > 1) {
            for (int k = top; k < first; k++) {
              onCycle[stack[k]] = true;
            }
          }
        }
      }
    }
    return onCycle;
  }
}
