/**
 * Complaints and work orders (客诉 / 工单): who complained through which channel, about what, handled
 * by which team, linked to which deal, and the dated events of their handling. A {@link
 * org.anxin.sla.complaint.Complaint} is the full event history; a {@link
 * org.anxin.sla.complaint.ComplaintSummary} keeps only the milestones a compliance report needs,
 * and is what the CSV reader produces.
 */
package org.anxin.sla.complaint;
