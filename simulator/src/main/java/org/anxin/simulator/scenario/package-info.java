/**
 * Scenario files: the book of deals a simulated year holds and the risks it runs, read from YAML or
 * JSON over the documented defaults and validated before anything is allocated.
 */
package org.anxin.simulator.scenario;
