/**
 * Rule packs: a jurisdiction's rules as versioned, effective-dated data (DOMAIN.md section 3), so every
 * clock, threshold and cap comes from a file in {@code rulepacks/} and a 2019 event is judged by the
 * pack in force in 2019. Every value cites its rule id from DOMAIN.md ({@code source}).
 *
 * <p>This first step holds the calendar (time zone, holidays, cut-off), the clocks with their
 * extensions, named amounts (caps, excesses) and named parameters. The remaining typed sections of
 * DOMAIN.md 3 (authentication policy, identity checks, consent, data classes, ...) come next.
 */
package bank.bonafide.platform.rules;
