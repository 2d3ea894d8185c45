/**
 * The complaints of one simulated year: those the liability engine's payouts file ({@link
 * org.anxin.staffing.arrivals.IncidentLog}) and the background ones, each with its channel, time,
 * category and every duration of its work drawn at its own coordinates ({@link
 * org.anxin.staffing.arrivals.ArrivalGenerator}), so that every headcount sees the same complaints.
 */
package org.anxin.staffing.arrivals;
