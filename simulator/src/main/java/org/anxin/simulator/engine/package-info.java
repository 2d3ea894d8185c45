/**
 * The Monte Carlo engine: a compiled scenario, the fixed layout of the book, the per-worker trial
 * simulation whose cost follows the incidents, and the trial-indexed results.
 */
package org.anxin.simulator.engine;
