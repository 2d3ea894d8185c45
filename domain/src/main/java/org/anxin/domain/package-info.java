/**
 * The domain of real-estate deals: money in fen, parties and properties, title reports, deals with
 * event-sourced lifecycles per kind, the Civil Code's deposit law, and swap chains. Pure values and
 * functions: nothing here reads the clock, the environment or global state.
 */
package org.anxin.domain;
