/**
 * Sell-to-buy swap chains (换房 / 连环单): the funding graph between deals, how a broken sale breaks the
 * purchases it funds (breadth-first, each deal once, any cycle or length), and the swap loss of an
 * intermediary whose purchase broke that way.
 */
package org.anxin.domain.chain;
