/**
 * Architecture tests over every module's main code, run from the {@code cli} module because its
 * test classpath holds all of them: the module graph ({@code domain ← guarantees ← simulator ←
 * cli}, {@code domain ← sla ← cli}), no package cycles, the engine never on the CLI, and {@code
 * PayoutFormulas} reached only through {@code PayoutRules}. {@link
 * org.anxin.architecture.AnxinArchitecture} states the rules for any root package, so that {@link
 * org.anxin.architecture.ArchitectureRulesCatchViolationsTest} can show each of them failing on the
 * small violating class trees under {@code org.anxin.architecture.fixture} and {@code
 * org.anxin.architecture.cycles}.
 */
package org.anxin.architecture;
