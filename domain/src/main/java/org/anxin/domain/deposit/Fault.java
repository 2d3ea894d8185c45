package org.anxin.domain.deposit;

/**
 * Who is at fault when a deal is cancelled, seen from the deposit: the payer handed it over (the
 * buyer, the tenant), the receiver took it (the seller, the developer, the landlord).
 */
public enum Fault {
  /** The payer defaulted: forfeits the legal deposit, gets back only the excess. */
  PAYER,
  /** The receiver defaulted: returns twice the legal deposit plus the excess. */
  RECEIVER,
  /** Nobody is at fault: everything is refunded. */
  NOBODY
}
