/**
 * SLA policies: targets of business time per milestone, each on its own calendar, and a portfolio
 * objective; {@link org.anxin.sla.policy.SlaPolicy#preset30124()} is the 30124 promise.
 */
package org.anxin.sla.policy;
